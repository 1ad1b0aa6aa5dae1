import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '@/test/fakeApi'
import { departments } from '@/test/fixtures'
import { disclosurePage, disclosureSummary, keyDomains } from '@/test/disclosureFixtures'
import { mountWith } from '@/test/mount'
import BudgetsView from './BudgetsView.vue'
import KeyDomainView from './KeyDomainView.vue'
import KeyDomainsView from './KeyDomainsView.vue'
import RepliesView from './RepliesView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())

beforeEach(() => {
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/departments$/, () => ({ body: departments }))
    .on('GET', /^\/api\/v1\/key-domains$/, () => ({ body: keyDomains }))
    .on('GET', /^\/api\/v1\/disclosures$/, () => ({
      body: disclosurePage([disclosureSummary({ kind: 'BUDGET', title: '2026年部门预算' })]),
    }))
})

const kindAsked = () => fakeApi.last('GET', /^\/api\/v1\/disclosures$/)?.query.get('kind')

describe('the pages per type', () => {
  it('budgets: one kind at a time, with a switch to the final accounts', async () => {
    const { wrapper, router } = await mountWith(BudgetsView, { path: '/disclosure/budgets' })
    expect(kindAsked()).toBe('BUDGET')
    const links = wrapper.findAll('.disclosure-catalogue__switch a')
    expect(links.map((a) => [a.text(), a.attributes('aria-current')])).toEqual([
      ['部门预算', 'true'],
      ['部门决算', undefined],
    ])
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual([
      '发布机构',
      '标题',
      '发布日期',
      '有效性',
    ])
    expect(wrapper.findAll('.disclosure-filters select').map((s) => s.attributes('id'))).toEqual([
      'budgets-filter-department',
      'budgets-filter-year',
    ])
    await router.push(links[1]?.attributes('href') ?? '')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ kind: 'FINAL_ACCOUNTS' })
    expect(kindAsked()).toBe('FINAL_ACCOUNTS')
  })

  it('replies: a switch between NPC and CPPCC replies', async () => {
    const { wrapper } = await mountWith(RepliesView, {
      path: '/disclosure/replies?kind=CPPCC_REPLY',
    })
    expect(kindAsked()).toBe('CPPCC_REPLY')
    expect(wrapper.get('[aria-current="true"]').text()).toBe('政协提案答复')
  })

  it('lists the key domains with their sub-items, counted', async () => {
    const { wrapper } = await mountWith(KeyDomainsView, { path: '/disclosure/key-domains' })
    expect(wrapper.get('.lead').text()).toContain('2 个重点领域、5 个子项')
    expect(wrapper.findAll('.key-domain__name').map((h) => h.text())).toEqual([
      '权责清单',
      '财政预决算',
    ])
    expect(wrapper.get('.key-domain__items a').attributes('href')).toBe(
      '/disclosure/key-domains/powers-responsibilities?subItem=power-list',
    )
  })

  it('a key domain: its records, a sub-item filter and its Atom feed', async () => {
    const { wrapper } = await mountWith(KeyDomainView, {
      props: { code: 'fiscal-budgets' },
      path: '/disclosure/key-domains/fiscal-budgets?subItem=department-budgets',
    })
    expect(wrapper.get('h1').text()).toBe('财政预决算')
    const request = fakeApi.last('GET', /^\/api\/v1\/disclosures$/)
    expect(request?.query.get('domain')).toBe('fiscal-budgets')
    expect(request?.query.get('subItem')).toBe('department-budgets')
    expect(wrapper.get('.key-domain-page__items [aria-current="true"]').text()).toBe('部门预决算')
    const feed = 'http://localhost:8080/api/v1/feeds/key-domains/fiscal-budgets.atom'
    expect(wrapper.get('.key-domain-page__feed a').attributes('href')).toBe(feed)
    const link = document.head.querySelector('link[rel="alternate"][type="application/atom+xml"]')
    expect(link?.getAttribute('href')).toBe(feed)
    expect(link?.getAttribute('title')).toBe('财政预决算 · 政务公开重点工作')
  })

  it('an unknown key domain says so', async () => {
    const { wrapper } = await mountWith(KeyDomainView, {
      props: { code: 'no-such-domain' },
      path: '/disclosure/key-domains/no-such-domain',
    })
    expect(wrapper.get('h1').text()).toBe('未找到该重点领域')
    expect(fakeApi.last('GET', /^\/api\/v1\/disclosures$/)).toBeUndefined()
  })
})
