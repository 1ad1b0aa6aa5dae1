import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '@/test/fakeApi'
import { mountWith } from '@/test/mount'
import ReportStatusView from './ReportStatusView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())

const STATUS = /^\/api\/v1\/admin\/reports\/2025\/status$/
const RECORD = '9b0e1f2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b'
const statuses = [
  {
    departmentCode: null,
    name: '全市',
    dueOn: '2026-03-31',
    overdue: true,
    written: false,
    recordId: null,
    indexNumber: null,
    draftState: null,
    published: false,
  },
  {
    departmentCode: 'public-security',
    name: '葫芦岛市公安局',
    dueOn: '2026-01-31',
    overdue: false,
    written: true,
    recordId: RECORD,
    indexNumber: '11211400MB0000001X/2026-00012',
    draftState: null,
    published: true,
  },
  {
    departmentCode: 'market-regulation',
    name: '葫芦岛市市场监督管理局',
    dueOn: '2026-01-31',
    overdue: true,
    written: true,
    recordId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    indexNumber: null,
    draftState: 'IN_REVIEW',
    published: false,
  },
  {
    departmentCode: 'natural-resources',
    name: '葫芦岛市自然资源局',
    dueOn: '2026-01-31',
    overdue: true,
    written: true,
    recordId: null,
    indexNumber: null,
    draftState: null,
    published: false,
  },
]

beforeEach(() => {
  fakeApi.reset()
  fakeApi.on('GET', STATUS, () => ({ body: statuses }))
})

const cells = (row: { findAll: (s: string) => { text: () => string }[] }) =>
  row.findAll('th, td').map((c) => c.text())

describe('the progress of a year’s annual reports (console)', () => {
  it('shows every report with its due day, whether late, its state and its record', async () => {
    const { wrapper } = await mountWith(ReportStatusView, {
      path: '/console/report/status?year=2025',
    })
    expect(fakeApi.last('GET', STATUS)).toBeDefined()
    expect(wrapper.get('caption').text()).toBe('2025年度各报告的进度')
    expect(cells(wrapper.get('[data-report="city"]'))).toEqual([
      '全市（各部门合计）',
      '2026年3月31日 已过公布期限。',
      '未撰写',
      '—',
    ])
    expect(cells(wrapper.get('[data-report="public-security"]'))).toEqual([
      '葫芦岛市公安局',
      '2026年1月31日',
      '已发布',
      '11211400MB0000001X/2026-00012',
    ])
    expect(cells(wrapper.get('[data-report="market-regulation"]'))[2]).toBe('保密审查中')
    expect(cells(wrapper.get('[data-report="natural-resources"]'))[2]).toBe('已撰写，未提交')
    expect(wrapper.get('[data-state="late"]').text()).toBe('4 份报告中，3 份已过公布期限仍未发布。')
  })

  it('links each report to the page where it is written, and its record to the record', async () => {
    const { wrapper } = await mountWith(ReportStatusView, {
      path: '/console/report/status?year=2025',
    })
    const city = wrapper.get('[data-report="city"] th a')
    expect(city.attributes('href')).toBe('/console/report?year=2025&department=city')
    expect(city.attributes('aria-label')).toBe('打开全市（各部门合计）的年度报告')
    expect(wrapper.get('[data-report="public-security"] td a').attributes('href')).toBe(
      `/console/disclosures/${RECORD}`,
    )
  })

  it('asks for the year chosen in the URL, and says so when the list cannot be loaded', async () => {
    fakeApi.on('GET', /^\/api\/v1\/admin\/reports\/2019\/status$/, () => ({
      status: 503,
      body: { status: 503, title: 'Service Unavailable' },
    }))
    const { wrapper } = await mountWith(ReportStatusView, {
      path: '/console/report/status?year=2019',
    })
    expect(fakeApi.last('GET', STATUS)).toBeUndefined()
    expect(wrapper.text()).toContain('年度报告进度暂时无法加载')
    expect(wrapper.find('#report-status-department').exists()).toBe(false)
  })
})
