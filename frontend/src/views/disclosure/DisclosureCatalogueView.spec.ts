import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '@/test/fakeApi'
import { departments } from '@/test/fixtures'
import { disclosurePage, disclosureSummary, keyDomains } from '@/test/disclosureFixtures'
import { mountWith, must } from '@/test/mount'
import DisclosureCatalogueView from './DisclosureCatalogueView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())

beforeEach(() => {
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/departments$/, () => ({ body: departments }))
    .on('GET', /^\/api\/v1\/key-domains$/, () => ({ body: keyDomains }))
    .on('GET', /^\/api\/v1\/disclosures$/, () => ({
      body: disclosurePage(
        [disclosureSummary(), disclosureSummary({ id: 'b', validity: 'REPEALED' })],
        42,
      ),
    }))
})

describe('the disclosure catalogue', () => {
  it('sends the filters of the URL and lists each record’s catalogue entry', async () => {
    const { wrapper } = await mountWith(DisclosureCatalogueView, {
      path: '/disclosure/records?department=public-security&domain=powers-responsibilities&subItem=power-list&year=2026',
    })
    const request = must(fakeApi.last('GET', /^\/api\/v1\/disclosures$/))
    expect(Object.fromEntries(request.query)).toEqual({
      department: 'public-security',
      domain: 'powers-responsibilities',
      subItem: 'power-list',
      year: '2026',
      page: '1',
      size: '20',
    })
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual([
      '索引号',
      '标题',
      '文号',
      '发布机构',
      '发布日期',
      '有效性',
    ])
    const cells = wrapper
      .findAll('tbody tr')[0]
      ?.findAll('th, td')
      .map((c) => c.text())
    expect(cells).toEqual([
      '11211400MB0000001X/2026-00007',
      '关于规范户籍窗口服务的通知',
      '葫公发〔2026〕7号',
      '葫芦岛市公安局',
      '2026年3月10日',
      '有效',
    ])
    expect(wrapper.get('tbody tr a').attributes('href')).toBe(
      '/disclosure/records/6f1c2a0e-8a51-4a39-9a3e-6b1d2c3e4f50',
    )
    expect(wrapper.findAll('.validity-badge--repealed')).toHaveLength(1)
    expect(wrapper.get('.disclosure-catalogue__count').text()).toBe('共 42 条，当前显示第 1–2 条')
    // the chosen filters show in their selects; sub-items are those of the chosen domain
    expect((wrapper.get('#records-filter-department').element as HTMLSelectElement).value).toBe(
      'public-security',
    )
    expect(wrapper.findAll('#records-filter-subItem option').map((o) => o.text())).toEqual([
      '全部',
      '权力清单',
      '责任清单',
    ])
    // the department's Atom feed is offered, in the page and in <head>
    expect(wrapper.get('.disclosure-catalogue__feed a').attributes('href')).toBe(
      'http://localhost:8080/api/v1/feeds/departments/public-security.atom',
    )
    expect(document.head.querySelector('link[type="application/atom+xml"]')).not.toBeNull()
  })

  it('puts a changed filter into the URL, back to page 1; a sub-item brings its domain', async () => {
    const { wrapper, router } = await mountWith(DisclosureCatalogueView, {
      path: '/disclosure/records?page=2',
    })
    await wrapper.get('#records-filter-subItem').setValue('department-budgets')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({
      domain: 'fiscal-budgets',
      subItem: 'department-budgets',
    })
    await wrapper.get('#records-filter-domain').setValue('powers-responsibilities')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ domain: 'powers-responsibilities' })
    await wrapper.get('#records-search').setValue('戶籍')
    await wrapper.get('form[role="search"]').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({
      q: '戶籍',
      domain: 'powers-responsibilities',
    })
    expect(fakeApi.last('GET', /^\/api\/v1\/disclosures$/)?.query.get('q')).toBe('戶籍')
  })

  it('says when nothing matches and offers to clear the filters', async () => {
    fakeApi.on('GET', /^\/api\/v1\/disclosures$/, () => ({ body: disclosurePage([]) }))
    const { wrapper, router } = await mountWith(DisclosureCatalogueView, {
      path: '/disclosure/records?validity=EXPIRED',
    })
    expect(wrapper.get('.disclosure-catalogue__empty h3').text()).toBe('没有找到符合条件的政府信息')
    await wrapper.get('.disclosure-catalogue__empty button').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({})
  })
})
