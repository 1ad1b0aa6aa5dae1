import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import type { LocationQuery } from 'vue-router'
import { mountWith } from '@/test/mount'
import {
  EMPTY_QUERY,
  isFiltered,
  parseCatalogueQuery,
  toApiQuery,
  toLocationQuery,
  useCatalogueQuery,
  type UseCatalogueQuery,
} from './useCatalogueQuery'

describe('catalogue query in the URL', () => {
  it('reads search, filters, sort and page', () => {
    expect(
      parseCatalogueQuery({
        q: ' 规划 ',
        department: 'natural-resources',
        type: 'ADMINISTRATIVE_LICENSE',
        audience: 'LEGAL_ENTITY',
        theme: 'land-planning',
        onlineDepth: 'IV',
        sort: 'popular',
        page: '3',
      }),
    ).toEqual({
      q: '规划',
      department: 'natural-resources',
      type: 'ADMINISTRATIVE_LICENSE',
      audience: 'LEGAL_ENTITY',
      theme: 'land-planning',
      onlineDepth: 'IV',
      status: undefined,
      sort: 'popular',
      page: 3,
    })
  })

  it('ignores unknown and malformed values instead of failing', () => {
    expect(
      parseCatalogueQuery({
        type: 'LICENCE',
        department: '../../etc',
        page: '-2',
        sort: 'random',
        onlineDepth: 'V',
      }),
    ).toEqual(EMPTY_QUERY)
    expect(parseCatalogueQuery({ page: '1.5' }).page).toBe(1)
    expect(parseCatalogueQuery({ q: ['规划', '许可'] }).q).toBe('规划')
    expect(parseCatalogueQuery({ q: 'x'.repeat(300) }).q).toHaveLength(100)
  })

  it('writes short, canonical URLs (defaults are left out)', () => {
    expect(toLocationQuery(EMPTY_QUERY)).toEqual({})
    const state = { ...EMPTY_QUERY, q: '規劃', theme: 'land-planning', page: 2 }
    expect(toLocationQuery(state)).toEqual({ q: '規劃', theme: 'land-planning', page: '2' })
    expect(parseCatalogueQuery(toLocationQuery(state) as LocationQuery)).toEqual(state)
  })

  it('becomes the API query with the page size', () => {
    expect(toApiQuery({ ...EMPTY_QUERY, q: '规划', onlineDepth: 'IV' }, 20)).toEqual({
      q: '规划',
      department: undefined,
      type: undefined,
      audience: undefined,
      theme: undefined,
      onlineDepth: 'IV',
      status: undefined,
      sort: undefined,
      page: 1,
      size: 20,
    })
  })

  it('knows whether anything narrows the list', () => {
    expect(isFiltered(EMPTY_QUERY)).toBe(false)
    expect(isFiltered({ ...EMPTY_QUERY, sort: 'name', page: 4 })).toBe(false)
    expect(isFiltered({ ...EMPTY_QUERY, audience: 'PERSON' })).toBe(true)
  })

  it('pushes each change as a history entry, so the back button undoes it', async () => {
    let query!: UseCatalogueQuery
    const Probe = defineComponent(() => {
      query = useCatalogueQuery()
      return () => h('p', JSON.stringify(query.state.value))
    })
    const { router } = await mountWith(Probe, { path: '/services?q=规划&page=3' })
    expect(query.state.value.page).toBe(3)

    await query.update({ type: 'ADMINISTRATIVE_LICENSE' })
    // a new filter starts again at page 1 and keeps the search
    expect(router.currentRoute.value.fullPath).toBe(
      '/services?q=%E8%A7%84%E5%88%92&type=ADMINISTRATIVE_LICENSE',
    )
    expect(query.linkTo({ page: 2 })).toEqual({
      path: '/services',
      query: { q: '规划', type: 'ADMINISTRATIVE_LICENSE', page: '2' },
    })

    router.back()
    await flushPromises()
    await new Promise((r) => setTimeout(r, 0))
    expect(query.state.value).toMatchObject({ q: '规划', type: undefined, page: 3 })

    await query.clear()
    expect(router.currentRoute.value.fullPath).toBe('/services')
  })
})
