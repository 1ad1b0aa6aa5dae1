import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '@/test/fakeApi'
import { departments, ITEM_ID, serviceDetail, themes, versions } from '@/test/fixtures'
import { mountWith } from '@/test/mount'
import ServiceGuideView from './ServiceGuideView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())

function serve(detail = serviceDetail()) {
  fakeApi
    .on('GET', /^\/api\/v1\/departments$/, () => ({ body: departments }))
    .on('GET', /^\/api\/v1\/themes$/, () => ({ body: themes }))
    .on('GET', /^\/api\/v1\/services\/[^/]+$/, () => ({ body: detail }))
    .on('GET', /^\/api\/v1\/services\/[^/]+\/versions$/, () => ({ body: versions }))
}

const jsonLd = () => {
  const script = document.head.querySelector('script[type="application/ld+json"]')
  return script ? (JSON.parse(script.textContent ?? '') as Record<string, unknown>) : null
}

beforeEach(() => fakeApi.reset())

describe('the guide page', () => {
  it('shows the item, the demo notice and the version history', async () => {
    serve()
    const { wrapper } = await mountWith(ServiceGuideView, { props: { id: ITEM_ID } })
    expect(wrapper.get('h1').text()).toBe('建设工程规划许可证核发（新办）')
    expect(wrapper.get('.guide-demo').text()).toContain('演示内容')
    expect(wrapper.get('#guide-history').text()).toContain('办理地点调整至四楼。')
    // always revalidated, so that a new version shows at once
    expect(fakeApi.last('GET', /\/services\/[^/]+$/)?.path).toBe(`/api/v1/services/${ITEM_ID}`)
  })

  it('puts schema.org GovernmentService JSON-LD into the head, and removes it on leaving', async () => {
    serve()
    const { wrapper } = await mountWith(ServiceGuideView, { props: { id: ITEM_ID } })
    expect(jsonLd()).toMatchObject({
      '@type': 'GovernmentService',
      name: '建设工程规划许可证核发（新办）',
      serviceType: '行政许可',
      provider: { '@type': 'GovernmentOrganization', name: '葫芦岛市自然资源局' },
      areaServed: { name: '葫芦岛市' },
    })
    wrapper.unmount()
    expect(jsonLd()).toBeNull()
  })

  it('shows a suspended or cancelled status prominently', async () => {
    serve(serviceDetail({ status: 'SUSPENDED' }))
    const { wrapper } = await mountWith(ServiceGuideView, { props: { id: ITEM_ID } })
    expect(wrapper.get('.guide-status').text()).toBe('本事项暂停办理。')
    fakeApi.reset()
    serve(serviceDetail({ status: 'CANCELLED', scheduledChange: null }))
    const cancelled = await mountWith(ServiceGuideView, { props: { id: ITEM_ID } })
    expect(cancelled.wrapper.get('.guide-status').text()).toBe('本事项已取消，不再受理。')
  })

  it('announces a scheduled status change', async () => {
    serve(
      serviceDetail({
        scheduledChange: {
          status: 'SUSPENDED',
          effectiveOn: '2027-01-01',
          note: '因机构调整暂停办理。',
        },
      }),
    )
    const { wrapper } = await mountWith(ServiceGuideView, { props: { id: ITEM_ID } })
    expect(wrapper.get('.guide-scheduled').text()).toContain('自 2027年1月1日 起：暂停办理。')
    expect(wrapper.get('.guide-scheduled').text()).toContain('因机构调整暂停办理。')
  })

  it('says when an item does not exist', async () => {
    fakeApi.on('GET', /^\/api\/v1\/services\/[^/]+(\/versions)?$/, () => ({
      status: 404,
      body: { status: 404, title: 'Not found', detail: 'No service item with identifier …' },
    }))
    const { wrapper } = await mountWith(ServiceGuideView, { props: { id: ITEM_ID } })
    expect(wrapper.get('h1').text()).toBe('没有找到这个事项')
    expect(jsonLd()).toBeNull()
  })
})
