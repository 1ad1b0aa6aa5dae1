import { describe, expect, it } from 'vitest'
import { acceptFiles, MAX_FILE_BYTES, MAX_FILES } from './applicationFiles'

const file = (name: string, type: string, size = 10) =>
  new File([new Uint8Array(size)], name, { type })

describe('acceptFiles', () => {
  it('keeps PDFs and images and refuses other types', () => {
    const { accepted, refusals } = acceptFiles(
      [],
      [
        file('a.pdf', 'application/pdf'),
        file('b.jpg', 'image/jpeg'),
        file('c.docx', 'application/msword'),
      ],
    )
    expect(accepted.map((f) => f.name)).toEqual(['a.pdf', 'b.jpg'])
    expect(refusals).toEqual([{ name: 'c.docx', reason: 'type' }])
  })

  it('judges a file of unknown type by its extension', () => {
    expect(acceptFiles([], [file('scan.PNG', '')]).accepted).toHaveLength(1)
    expect(acceptFiles([], [file('notes.txt', '')]).refusals[0]?.reason).toBe('type')
  })

  it('refuses an empty file, one above the limit, a second copy, and a sixth', () => {
    const five = Array.from({ length: MAX_FILES }, (_, i) => file(`${i}.pdf`, 'application/pdf'))
    expect(acceptFiles([], [file('e.pdf', 'application/pdf', 0)]).refusals[0]?.reason).toBe('empty')
    const big = { name: 'big.pdf', type: 'application/pdf', size: MAX_FILE_BYTES + 1 } as File
    expect(acceptFiles([], [big]).refusals[0]?.reason).toBe('size')
    expect(
      acceptFiles(five.slice(0, 1), [file('0.pdf', 'application/pdf')]).refusals[0]?.reason,
    ).toBe('duplicate')
    const { accepted, refusals } = acceptFiles(five, [file('6.pdf', 'application/pdf')])
    expect(accepted).toHaveLength(MAX_FILES)
    expect(refusals).toEqual([{ name: '6.pdf', reason: 'count' }])
  })
})
