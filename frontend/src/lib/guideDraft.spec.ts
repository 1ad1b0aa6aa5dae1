import { describe, expect, it } from 'vitest'
import type { ServiceGuide } from '@/api/types'
import { cleanGuide, guideFingerprint, moveItem, shapeGuide } from './guideDraft'

const guide: ServiceGuide = {
  name: '居民身份证申领',
  type: 'ADMINISTRATIVE_CONFIRMATION',
  audience: 'PERSON',
  handling: { location: '一楼', conditions: ['本市户籍'] },
  fees: { charged: false, items: [] },
}

describe('the working copy of a draft', () => {
  it('has every group and list the form binds to', () => {
    const shaped = shapeGuide(guide)
    expect(shaped.materials).toEqual([])
    expect(shaped.handling.channels).toEqual([])
    expect(shaped.handling.location).toBe('一楼')
    expect(shaped.authority.legalBasis).toEqual([])
    expect(shaped.fees).toEqual({ charged: false, items: [] })
  })

  it('does not share objects with the guide it was made from', () => {
    const shaped = shapeGuide(guide)
    shaped.handling.conditions.push('x')
    expect(guide.handling?.conditions).toEqual(['本市户籍'])
  })

  it('is cleaned of blank text, empty lists, empty groups and half time limits before saving', () => {
    const shaped = shapeGuide(guide)
    shaped.handling.hours = '   '
    shaped.handling.conditions.push('')
    shaped.handling.legalTimeLimit = { unit: 'WORKING_DAYS', note: '' } as never
    shaped.faq.push({ question: '', answer: '' })
    expect(cleanGuide(shaped)).toEqual({
      name: '居民身份证申领',
      type: 'ADMINISTRATIVE_CONFIRMATION',
      audience: 'PERSON',
      handling: { location: '一楼', conditions: ['本市户籍'] },
      fees: { charged: false },
      faq: [{}],
    })
  })

  it('is unchanged when shaped and cleaned again', () => {
    expect(guideFingerprint(shapeGuide(guide))).toBe(guideFingerprint(guide))
  })

  it('moves list items', () => {
    const list = ['a', 'b', 'c']
    expect(moveItem(list, 0, 1)).toBe(1)
    expect(list).toEqual(['b', 'a', 'c'])
    expect(moveItem(list, 2, 3)).toBe(2)
    expect(list).toEqual(['b', 'a', 'c'])
  })
})
