import { describe, expect, it } from 'vitest'
import type { ServiceGuide } from '@/api/types'
import { must } from '@/test/mount'
import { diffGuides } from './guideDiff'

const v1: ServiceGuide = {
  name: '居民身份证申领',
  type: 'ADMINISTRATIVE_CONFIRMATION',
  audience: 'PERSON',
  themes: ['identity-documents'],
  handling: {
    conditions: ['本市户籍居民', '年满十六周岁'],
    location: '市政务服务中心一楼',
    promisedTimeLimit: { value: 15, unit: 'WORKING_DAYS' },
    channels: ['WINDOW'],
  },
  materials: [
    { name: '户口簿', kind: 'ORIGINAL', copies: 1 },
    { name: '照片', kind: 'ORIGINAL', copies: 2 },
  ],
  fees: { charged: false, items: [] },
}

describe('the diff of two guide versions', () => {
  it('finds nothing between equal guides (empty and missing count the same)', () => {
    expect(diffGuides(v1, structuredClone(v1))).toEqual([])
    expect(diffGuides({ ...v1, remedies: '' }, { ...v1, faq: [] })).toEqual([])
  })

  it('lists field-level changes with old and new values, grouped by section', () => {
    const v2 = structuredClone(v1)
    must(v2.handling).location = '市政务服务中心二楼'
    must(v2.handling).promisedTimeLimit = { value: 10, unit: 'WORKING_DAYS' }
    must(must(v2.materials)[1]).copies = 1
    expect(diffGuides(v1, v2)).toEqual([
      {
        section: 'handling',
        changes: [
          { path: 'handling.promisedTimeLimit.value', before: 15, after: 10 },
          { path: 'handling.location', before: '市政务服务中心一楼', after: '市政务服务中心二楼' },
        ],
      },
      {
        section: 'materials',
        changes: [{ path: 'materials[1].copies', before: 2, after: 1 }],
      },
    ])
  })

  it('shows added and removed list items and fields', () => {
    const v2 = structuredClone(v1)
    must(v2.materials).push({ name: '居住证', kind: 'COPY' })
    must(v2.handling).conditions = ['本市户籍居民']
    v2.remedies = '可依法申请行政复议'
    const sections = diffGuides(v1, v2)
    expect(sections.map((s) => s.section)).toEqual(['handling', 'materials', 'remedies'])
    expect(sections[0]?.changes).toEqual([
      { path: 'handling.conditions[1]', before: '年满十六周岁', after: null },
    ])
    expect(sections[1]?.changes).toEqual([
      { path: 'materials[2].name', before: null, after: '居住证' },
      { path: 'materials[2].kind', before: null, after: 'COPY' },
    ])
    expect(sections[2]?.changes).toEqual([
      { path: 'remedies', before: null, after: '可依法申请行政复议' },
    ])
  })

  it('compares lists of codes as a whole', () => {
    const v2 = { ...structuredClone(v1), themes: ['identity-documents', 'household-registration'] }
    must(v2.handling).channels = ['WINDOW', 'ONLINE']
    const sections = diffGuides(v1, v2)
    expect(sections).toEqual([
      {
        section: 'themes',
        changes: [
          {
            path: 'themes',
            before: ['identity-documents'],
            after: ['identity-documents', 'household-registration'],
          },
        ],
      },
      {
        section: 'handling',
        changes: [{ path: 'handling.channels', before: ['WINDOW'], after: ['WINDOW', 'ONLINE'] }],
      },
    ])
  })

  it('treats a first version as all new', () => {
    const sections = diffGuides(null, v1)
    expect(sections[0]).toEqual({
      section: 'name',
      changes: [{ path: 'name', before: null, after: '居民身份证申领' }],
    })
  })
})
