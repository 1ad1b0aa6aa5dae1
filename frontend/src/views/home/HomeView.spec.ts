import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '@/test/fakeApi'
import { departments, themes } from '@/test/fixtures'
import { mountWith } from '@/test/mount'
import HomeView from './HomeView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())

beforeEach(() => {
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/departments$/, () => ({ body: departments }))
    .on('GET', /^\/api\/v1\/themes$/, () => ({ body: themes }))
    .on('GET', /^\/api\/v1\/services$/, () => ({
      body: {
        items: [{ id: '00000000-0000-0000-0000-000000000001', name: '居民身份证申领' }],
        total: 1,
        page: 1,
        size: 8,
      },
    }))
})

describe('the home page', () => {
  it('shows the most used items (sort=popular, 8 of them)', async () => {
    const { wrapper } = await mountWith(HomeView)
    const query = fakeApi.last('GET', /\/services$/)?.query
    expect(query?.get('sort')).toBe('popular')
    expect(query?.get('size')).toBe('8')
    expect(wrapper.get('.home-popular a').text()).toBe('居民身份证申领')
  })

  it('searches the catalogue from its one search box', async () => {
    const { wrapper, router } = await mountWith(HomeView)
    await wrapper.get('#home-search').setValue('規劃')
    await wrapper.get('form[role="search"]').trigger('submit')
    // the catalogue page is a lazily loaded chunk
    await vi.waitFor(() =>
      expect(router.currentRoute.value.fullPath).toBe('/services?q=%E8%A6%8F%E5%8A%83'),
    )
  })

  it('offers themes for residents and for companies in tabs, with counts', async () => {
    const { wrapper } = await mountWith(HomeView)
    const tabs = wrapper.findAll('[role="tab"]')
    expect(tabs.map((t) => t.text())).toEqual(['个人办事', '法人办事'])
    expect(tabs[0]?.attributes('aria-selected')).toBe('true')
    // themes without items are left out
    expect(wrapper.get('[role="tabpanel"]:not([style*="none"])').text()).toContain('证件办理19 项')
    expect(wrapper.text()).not.toContain('入伍服役')

    await tabs[0]?.trigger('keydown', { key: 'ArrowRight' })
    await flushPromises()
    expect(tabs[1]?.attributes('aria-selected')).toBe('true')
    expect(document.activeElement).toBe(tabs[1]?.element)
    const link = wrapper.get('#theme-panel-LEGAL_ENTITY a')
    expect(link.attributes('href')).toBe('/services?theme=land-planning')
  })

  it('links every department and every item type to the filtered catalogue', async () => {
    const { wrapper } = await mountWith(HomeView)
    expect(wrapper.get('.home-departments a').attributes('href')).toBe(
      '/services?department=natural-resources',
    )
    const types = wrapper.findAll('.home-chips a')
    expect(types).toHaveLength(12)
    expect(types[0]?.text()).toBe('行政许可')
    expect(types[0]?.attributes('href')).toBe('/services?type=ADMINISTRATIVE_LICENSE')
  })
})
