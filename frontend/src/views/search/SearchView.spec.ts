import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { SearchHit, SearchResults } from '@/api/search'
import { fakeApi } from '@/test/fakeApi'
import { departments } from '@/test/fixtures'
import { keyDomains } from '@/test/disclosureFixtures'
import { mountWith, must } from '@/test/mount'
import SearchView from './SearchView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())

const service: SearchHit = {
  id: '11111111-1111-4111-8111-111111111111',
  kind: 'SERVICE_ITEM',
  title: '建设工程规划许可证核发',
  titleHighlights: [{ start: 4, end: 6 }],
  reference: '11211400MB0000001X4000117001000',
  department: { code: 'natural-resources', name: '葫芦岛市自然资源局' },
  publishedOn: '2026-03-02',
  validity: 'VALID',
  inForce: true,
  fragment: { text: '…申请建设工程规划许可证…', highlights: [{ start: 7, end: 9 }] },
}

const record: SearchHit = {
  id: '22222222-2222-4222-8222-222222222222',
  kind: 'NORMATIVE_DOCUMENT',
  title: '葫芦岛市城乡规划管理办法',
  titleHighlights: [{ start: 7, end: 9 }],
  reference: '11211400MB0000001X/2019-00003',
  documentNumber: '葫政发〔2019〕3号',
  department: { code: 'natural-resources', name: '葫芦岛市自然资源局' },
  publishedOn: '2019-05-06',
  validity: 'EXPIRED',
  inForce: false,
}

/** Text with its runs of white space as one space, as a reader sees it. */
function text(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

function results(over: Partial<SearchResults> = {}): SearchResults {
  return {
    items: [service, record],
    total: 2,
    totalExact: true,
    page: 1,
    size: 20,
    facets: [
      {
        name: 'kind',
        values: [
          { value: 'SERVICE_ITEM', count: 1 },
          { value: 'NORMATIVE_DOCUMENT', count: 1 },
        ],
      },
      { name: 'department', values: [{ value: 'natural-resources', count: 2 }] },
      { name: 'domain', values: [] },
      { name: 'subItem', values: [] },
      {
        name: 'year',
        values: [
          { value: '2026', count: 1 },
          { value: '2019', count: 1 },
        ],
      },
      { name: 'category', values: [] },
      {
        name: 'validity',
        values: [
          { value: 'VALID', count: 1 },
          { value: 'EXPIRED', count: 1 },
        ],
      },
    ],
    ...over,
  }
}

beforeEach(() => {
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/departments$/, () => ({ body: departments }))
    .on('GET', /^\/api\/v1\/key-domains$/, () => ({ body: keyDomains }))
    .on('GET', /^\/api\/v1\/search$/, () => ({ body: results() }))
    .on('GET', /^\/api\/v1\/search\/suggest$/, () => ({
      body: { titles: ['建设工程规划许可证核发', '城乡规划管理办法'] },
    }))
})

describe('the site search', () => {
  it('sends the query and facets of the URL and shows hits with their marks and facets', async () => {
    const { wrapper } = await mountWith(SearchView, {
      path: '/search?q=规划&department=natural-resources',
    })
    const request = must(fakeApi.last('GET', /^\/api\/v1\/search$/))
    expect(Object.fromEntries(request.query)).toEqual({
      q: '规划',
      department: 'natural-resources',
      page: '1',
      size: '20',
    })
    expect(wrapper.get('.site-search__count').text()).toBe('共找到 2 条结果')
    const hits = wrapper.findAll('.site-search__hit')
    expect(hits).toHaveLength(2)
    expect(hits[0]?.get('h3 a').attributes('href')).toBe(`/services/${service.id}`)
    expect(hits[1]?.get('h3 a').attributes('href')).toBe(`/disclosure/records/${record.id}`)
    expect(hits[0]?.findAll('mark').map((m) => m.text())).toEqual(['规划', '规划'])
    expect(hits[1]?.get('.site-search__not-in-force').text()).toBe('失效')
    // the chosen department shows as a filter to remove; other facets offer their values
    expect(wrapper.get('.site-search__remove').text()).toBe('取消筛选：葫芦岛市自然资源局')
    expect(wrapper.findAll('.site-search__facet h3').map((h) => h.text())).toEqual([
      '类别',
      '部门',
      '年份',
      '有效性',
    ])
    expect(text(wrapper.get('.site-search__facet li').text())).toBe('办事事项 (1)')
  })

  it('shows estimates as “about” and says which form it searched for', async () => {
    fakeApi.on('GET', /^\/api\/v1\/search$/, () => ({
      body: results({ total: 123456, totalExact: false, didYouMean: '规划' }),
    }))
    const { wrapper } = await mountWith(SearchView, { path: '/search?q=規劃' })
    expect(wrapper.get('.site-search__count').text()).toBe('约 123,456 条结果')
    expect(wrapper.get('.site-search__variant').text()).toBe('已按“规划”搜索。')
    expect(text(wrapper.get('.site-search__facet li').text())).toBe('办事事项 (≈1)')
  })

  it('puts a facet into the URL, back to page 1, and a new search keeps the facets', async () => {
    const { wrapper, router } = await mountWith(SearchView, { path: '/search?q=规划&page=2' })
    await wrapper.findAll('.site-search__facet a')[0]?.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '规划', kind: 'SERVICE_ITEM' })
    await wrapper.get('#site-search').setValue('许可')
    await wrapper.get('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '许可', kind: 'SERVICE_ITEM' })
    expect(fakeApi.last('GET', /^\/api\/v1\/search$/)?.query.get('q')).toBe('许可')
  })

  it('suggests titles once typing pauses, and the keyboard picks one', async () => {
    const { wrapper, router } = await mountWith(SearchView, { path: '/search' })
    const input = wrapper.get('#site-search')
    await input.setValue('规')
    await input.setValue('规划')
    expect(fakeApi.last('GET', /^\/api\/v1\/search\/suggest$/)).toBeUndefined()
    await new Promise((resolve) => setTimeout(resolve, 400))
    await flushPromises()
    // one request, for what was typed last
    expect(fakeApi.last('GET', /^\/api\/v1\/search\/suggest$/)?.query.get('q')).toBe('规划')
    expect(input.attributes('aria-expanded')).toBe('true')
    const options = wrapper.findAll('[role="option"]')
    expect(options.map((o) => o.text())).toEqual(['建设工程规划许可证核发', '城乡规划管理办法'])
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(input.attributes('aria-activedescendant')).toBe('site-search-suggestion-1')
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '城乡规划管理办法' })
    expect(input.attributes('aria-expanded')).toBe('false')
  })

  it('says when nothing matches', async () => {
    fakeApi.on('GET', /^\/api\/v1\/search$/, () => ({
      body: results({ items: [], total: 0, facets: [] }),
    }))
    const { wrapper } = await mountWith(SearchView, { path: '/search?q=汪汪' })
    expect(wrapper.get('.site-search__empty h3').text()).toBe('没有找到结果')
  })
})
