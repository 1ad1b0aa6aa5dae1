import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '@/test/fakeApi'
import { departments, themes } from '@/test/fixtures'
import { mountWith } from '@/test/mount'
import ServiceCatalogueView from './ServiceCatalogueView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())

const item = (n: number) => ({
  id: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
  name: `建设工程规划许可证核发（${n}）`,
  department: { code: 'natural-resources', name: '葫芦岛市自然资源局' },
  type: 'ADMINISTRATIVE_LICENSE',
  audience: 'LEGAL_ENTITY',
  onlineDepth: 'IV',
  visits: 0,
  promisedDays: 5,
  status: 'ACTIVE',
})

beforeEach(() => {
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/departments$/, () => ({ body: departments }))
    .on('GET', /^\/api\/v1\/themes$/, () => ({ body: themes }))
})

describe('the service catalogue page', () => {
  it('asks the API with the search, filters, sort and page of the URL', async () => {
    fakeApi.on('GET', /^\/api\/v1\/services$/, () => ({
      body: { items: [item(21)], total: 21, page: 2, size: 20 },
    }))
    await mountWith(ServiceCatalogueView, {
      path: '/services?q=規劃&type=ADMINISTRATIVE_LICENSE&onlineDepth=IV&sort=name&page=2',
    })
    const query = fakeApi.last('GET', /\/services$/)?.query
    expect(Object.fromEntries(query ?? [])).toEqual({
      q: '規劃',
      type: 'ADMINISTRATIVE_LICENSE',
      onlineDepth: 'IV',
      sort: 'name',
      page: '2',
      size: '20',
    })
  })

  it('announces the result count and shows the matched fragment highlighted', async () => {
    fakeApi.on('GET', /^\/api\/v1\/services$/, () => ({
      body: {
        items: [
          {
            ...item(1),
            match: {
              text: '…应当向市自然资源局申请办理建设工程规划许可证…',
              highlights: [{ start: 18, end: 20 }],
            },
          },
        ],
        total: 1,
        page: 1,
        size: 20,
      },
    }))
    const { wrapper } = await mountWith(ServiceCatalogueView, { path: '/services?q=规划' })
    const status = wrapper.get('.catalogue__count')
    expect(status.attributes('role')).toBe('status')
    expect(status.attributes('aria-live')).toBe('polite')
    expect(status.text()).toBe('“规划”共找到 1 个事项')
    expect(wrapper.get('.result__match mark').text()).toBe('规划')
    expect(wrapper.get('.result__title a').attributes('href')).toBe(`/services/${item(1).id}`)
    expect(wrapper.get('.result__facts').text()).toContain('全程网办')
  })

  it('pages through the results with links that keep the filters', async () => {
    fakeApi.on('GET', /^\/api\/v1\/services$/, () => ({
      body: {
        items: Array.from({ length: 20 }, (_, i) => item(i + 1)),
        total: 45,
        page: 1,
        size: 20,
      },
    }))
    const { wrapper } = await mountWith(ServiceCatalogueView, {
      path: '/services?audience=LEGAL_ENTITY',
    })
    expect(wrapper.get('.catalogue__count').text()).toBe('共 45 个事项，第 1–20 个')
    const pages = wrapper.get('nav[aria-label="分页"]')
    expect(pages.get('[aria-current="page"]').text()).toContain('1')
    expect(pages.get('a[rel="next"]').attributes('href')).toBe(
      '/services?audience=LEGAL_ENTITY&page=2',
    )
  })

  it('puts a changed filter into the URL (a new history entry) and fetches again', async () => {
    fakeApi.on('GET', /^\/api\/v1\/services$/, () => ({
      body: { items: [item(1)], total: 1, page: 1, size: 20 },
    }))
    const { wrapper, router } = await mountWith(ServiceCatalogueView, { path: '/services?page=3' })
    await wrapper.get('#filter-department').setValue('natural-resources')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/services?department=natural-resources')
    expect(fakeApi.last('GET', /\/services$/)?.query.get('department')).toBe('natural-resources')
    // every filter has a visible label
    for (const select of wrapper.findAll('select')) {
      expect(wrapper.find(`label[for="${select.attributes('id')}"]`).exists()).toBe(true)
    }
  })

  it('says so when nothing matches, and offers to clear the filters', async () => {
    fakeApi.on('GET', /^\/api\/v1\/services$/, () => ({
      body: { items: [], total: 0, page: 1, size: 20 },
    }))
    const { wrapper, router } = await mountWith(ServiceCatalogueView, { path: '/services?q=火星' })
    expect(wrapper.get('.catalogue__empty h3').text()).toBe('没有找到符合条件的事项')
    await wrapper.get('.catalogue__empty button').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/services')
  })

  it('shows the problem the API reported', async () => {
    fakeApi.on('GET', /^\/api\/v1\/services$/, () => ({
      status: 400,
      body: {
        type: 'https://gongkai.example/problems/invalid-input',
        title: 'Invalid request',
        status: 400,
        detail: "'q' must be at most 100 characters.",
      },
    }))
    const { wrapper } = await mountWith(ServiceCatalogueView, { path: '/services?q=规划' })
    const problem = wrapper.get('[role="alert"]')
    expect(problem.text()).toContain('事项目录暂时无法加载')
    expect(problem.text()).toContain("'q' must be at most 100 characters.")
    expect(problem.text()).toContain('错误代码 400')
  })
})
