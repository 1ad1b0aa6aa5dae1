import { describe, expect, it } from 'vitest'
import { splitHighlights } from './highlight'

const marked = (text: string, spans: { start: number; end: number }[]) =>
  splitHighlights(text, spans)
    .map((s) => (s.marked ? `[${s.text}]` : s.text))
    .join('')

describe('search highlights', () => {
  it('marks the matched spans of the fragment', () => {
    expect(marked('建设工程规划许可证核发', [{ start: 4, end: 6 }])).toBe(
      '建设工程[规划]许可证核发',
    )
  })

  it('marks several spans in order, whatever order they come in', () => {
    expect(
      marked('应当向市自然资源局申请办理规划许可', [
        { start: 13, end: 15 },
        { start: 3, end: 9 },
      ]),
    ).toBe('应当向[市自然资源局]申请办理[规划]许可')
  })

  it('merges overlapping and touching spans', () => {
    expect(
      marked('规划许可证', [
        { start: 0, end: 2 },
        { start: 1, end: 3 },
        { start: 3, end: 4 },
      ]),
    ).toBe('[规划许可]证')
  })

  it('clamps spans to the text and drops empty or inverted ones', () => {
    expect(
      marked('规划', [
        { start: -3, end: 1 },
        { start: 5, end: 2 },
        { start: 1, end: 99 },
      ]),
    ).toBe('[规划]')
    expect(marked('规划', [{ start: 1, end: 1 }])).toBe('规划')
  })

  it('counts in UTF-16 units and never splits a surrogate pair', () => {
    const text = '𠀋规划' // 𠀋 is two UTF-16 units
    expect(marked(text, [{ start: 2, end: 4 }])).toBe('𠀋[规划]')
    expect(marked(text, [{ start: 1, end: 3 }])).toBe('[𠀋规]划')
  })

  it('returns the plain text when there is nothing to mark', () => {
    expect(splitHighlights('规划', undefined)).toEqual([{ text: '规划', marked: false }])
    expect(splitHighlights('', [{ start: 0, end: 1 }])).toEqual([])
  })
})
