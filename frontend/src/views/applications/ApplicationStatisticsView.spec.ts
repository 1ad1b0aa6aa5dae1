import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '@/test/fakeApi'
import { departments } from '@/test/fixtures'
import { mountWith } from '@/test/mount'
import { applicationStatistics } from '@/test/reportFixtures'
import ApplicationStatisticsView from './ApplicationStatisticsView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())

beforeEach(() => {
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/departments$/, () => ({ body: departments }))
    .on('GET', /^\/api\/v1\/applications\/statistics$/, (request) => ({
      body: applicationStatistics(request.query.get('department')),
    }))
})

const figure = (wrapper: Awaited<ReturnType<typeof mountWith>>['wrapper'], key: string) =>
  wrapper.get(`[data-figure="${key}"] dd`).text()

describe('the public statistics of applications', () => {
  it('shows the city’s year: counts, on-time rate, working days and outcomes', async () => {
    const { wrapper } = await mountWith(ApplicationStatisticsView, {
      path: '/apply/statistics?year=2017',
    })
    const request = fakeApi.last('GET', /statistics/)
    expect(request?.query.get('year')).toBe('2017')
    expect(request?.query.get('department')).toBeNull()
    expect(wrapper.get('#statistics-scope').text()).toBe('全市（各部门合计），2017年')
    expect(figure(wrapper, 'received')).toBe('51')
    expect(figure(wrapper, 'onTimeRate')).toBe('96.1%')
    expect(figure(wrapper, 'median')).toBe('9 个工作日')
    expect(figure(wrapper, 'p90')).toBe('18 个工作日')
    const outcomes = wrapper.findAll('.statistics-outcomes tbody tr').map((r) => r.text())
    expect(outcomes).toEqual(['予以公开40', '不予公开4', '无法提供7'])
    expect(wrapper.get('a[href^="/statistics"]').attributes('href')).toBe('/statistics?year=2017')
  })

  it('shows one department when asked, and no rate or days when nothing was handled', async () => {
    fakeApi.on('GET', /^\/api\/v1\/applications\/statistics$/, () => ({
      body: {
        ...applicationStatistics('public-security'),
        handled: 0,
        onTime: 0,
        onTimeRate: null,
        medianWorkingDays: null,
        p90WorkingDays: null,
        outcomes: [],
      },
    }))
    const { wrapper } = await mountWith(ApplicationStatisticsView, {
      path: '/apply/statistics?year=2017&department=public-security',
    })
    expect(fakeApi.last('GET', /statistics/)?.query.get('department')).toBe('public-security')
    expect(wrapper.get('#statistics-scope').text()).toBe('葫芦岛市公安局，2017年')
    expect(figure(wrapper, 'onTimeRate')).toBe('—')
    expect(figure(wrapper, 'median')).toBe('—')
    expect(wrapper.text()).toContain('本年还没有办结的申请。')
    expect(wrapper.find('.statistics-outcomes').exists()).toBe(false)
  })
})
