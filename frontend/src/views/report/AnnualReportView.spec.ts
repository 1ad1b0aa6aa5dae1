import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ChartSpec } from '@/lib/charts'
import { fakeApi } from '@/test/fakeApi'
import { departments } from '@/test/fixtures'
import { mountWith } from '@/test/mount'
import { annualReport } from '@/test/reportFixtures'
import AnnualReportView from './AnnualReportView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())

// jsdom has no canvas: the charts are drawn by a stand-in that keeps what it was asked to draw
const drawn: ChartSpec[] = []
vi.mock('@/lib/charts', () => ({
  renderChart: (_element: HTMLElement, spec: ChartSpec) => {
    drawn.push(spec)
    return {
      update: (next: ChartSpec) => drawn.push(next),
      resize: () => undefined,
      dispose: () => undefined,
    }
  },
}))

beforeEach(() => {
  drawn.length = 0
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/departments$/, () => ({ body: departments }))
    .on('GET', /^\/api\/v1\/reports\/\d{4}$/, (request) => {
      const year = Number(request.path.split('/').at(-1))
      return { body: annualReport(year, request.query.get('department')) }
    })
})

/** The text of the data cell whose headers are exactly these. */
function cell(root: HTMLElement, headers: string): string | undefined {
  return root.querySelector(`td[headers="${headers}"]`)?.textContent?.trim()
}

describe('the annual report page', () => {
  it('shows table 三 of the city in the 2021 layout, with 51 received and handled in 2017', async () => {
    const { wrapper } = await mountWith(AnnualReportView, { path: '/statistics?year=2017' })
    const request = fakeApi.last('GET', /^\/api\/v1\/reports\/2017$/)
    expect(request?.query.get('department')).toBeNull()
    expect(wrapper.get('#report-title').text()).toBe('葫芦岛市2017年政府信息公开工作年度报告')

    const table = wrapper.get('.report-table3').element as HTMLElement
    const headRows = [...table.querySelectorAll('thead tr')].map((tr) =>
      [...tr.querySelectorAll('th')].map((th) => [
        th.textContent?.trim(),
        th.getAttribute('colspan') ?? '1',
        th.getAttribute('rowspan') ?? '1',
      ]),
    )
    expect(headRows).toEqual([
      [['申请人情况', '7', '1']],
      [
        ['自然人', '1', '2'],
        ['法人或其他组织', '5', '1'],
        ['总计', '1', '2'],
      ],
      [
        ['商业企业', '1', '1'],
        ['科研机构', '1', '1'],
        ['社会公益组织', '1', '1'],
        ['法律服务机构', '1', '1'],
        ['其他', '1', '1'],
      ],
    ])
    // the form's 25 rows: none for 三 nor for an outcome's sum of its sub-reasons (that stays in the API)
    expect(table.querySelectorAll('tbody tr')).toHaveLength(25)
    expect(table.querySelector('tr[data-row="NOT_DISCLOSED"]')).toBeNull()
    const spanOf = (id: string) => {
      const th = table.querySelector(`tbody th[id="${id}"]`)
      return [th?.getAttribute('rowspan') ?? '1', th?.getAttribute('colspan') ?? '1']
    }
    expect(spanOf('t3-r-results')).toEqual(['22', '1'])
    expect(spanOf('t3-r-NOT_DISCLOSED')).toEqual(['8', '1'])
    expect(spanOf('t3-r-UNABLE_TO_PROVIDE')).toEqual(['3', '1'])
    expect(spanOf('t3-r-NOT_PROCESSED')).toEqual(['5', '1'])
    expect(spanOf('t3-r-OTHER')).toEqual(['3', '1'])
    expect(spanOf('t3-r-DISCLOSED')).toEqual(['1', '2'])
    expect(spanOf('t3-r-received')).toEqual(['1', '3'])
    expect(
      table.querySelector('tr[data-row="NOT_DISCLOSED.STATE_SECRET"] th')?.textContent?.trim(),
    ).toBe('（三）不予公开')
    expect(table.querySelector('tr[data-row="NOT_DISCLOSED.STATE_SECRET"] td')?.textContent).toBe(
      '1',
    )
    expect(wrapper.text()).not.toContain('小计')
    const labels = [...table.querySelectorAll('tbody th')].map((th) => th.textContent?.trim())
    expect(labels).toContain('三、本年度办理结果')
    expect(labels).toContain('3.危及“三安全一稳定”')
    expect(labels).toContain(
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    )
    expect(cell(table, 't3-applicant t3-c6 t3-r-received')).toBe('51')
    expect(cell(table, 't3-applicant t3-c6 t3-r-results t3-r-handled')).toBe('51')
    expect(cell(table, 't3-applicant t3-org t3-c1 t3-r-received')).toBe('6')
    expect(
      cell(
        table,
        't3-applicant t3-c0 t3-r-results t3-r-UNABLE_TO_PROVIDE t3-r-UNABLE_TO_PROVIDE-NOT_HELD',
      ),
    ).toBe('6')
    // every headers attribute points at a header of this table
    for (const td of table.querySelectorAll('td[headers]')) {
      for (const id of td.getAttribute('headers')?.split(' ') ?? [])
        expect(table.querySelector(`th[id="${id}"]`), id).not.toBeNull()
    }

    // table 四: the form's one row of 15 numbers under 行政复议 and 行政诉讼 (direct / after review)
    const table4 = wrapper.get('.report-table4').element as HTMLElement
    const cells4 = [...table4.querySelectorAll('tbody td')].map((td) => td.getAttribute('headers'))
    expect(cells4).toHaveLength(15)
    expect(cells4[0]).toBe('t4-review t4-review-upheld')
    expect(cells4[5]).toBe('t4-lawsuit t4-direct t4-direct-upheld')
    expect(cells4[14]).toBe('t4-lawsuit t4-after t4-after-total')
    for (const headers of cells4)
      for (const id of headers?.split(' ') ?? [])
        expect(table4.querySelector(`th[id="${id}"]`), id).not.toBeNull()

    expect(wrapper.get('[data-figure="applicationsReceived"] dd').text()).toBe('51 件')
    expect(wrapper.text()).toContain('本报告应于2018年3月31日前公布。')
    expect(wrapper.get('[data-row="LICENSING"]').text()).toContain('部门填报')
    expect(wrapper.get('[data-row="PUNISHMENT"]').text()).toContain('未填报')
  })

  it('draws the year-over-year charts from the five years’ reports and gives each a table', async () => {
    const { wrapper } = await mountWith(AnnualReportView, { path: '/statistics?year=2017' })
    await flushPromises()
    const years = ['2013', '2014', '2015', '2016', '2017']
    expect(drawn[0]?.categories).toEqual(years)
    expect(drawn[0]?.series[0]).toEqual({
      name: '新收申请',
      kind: 'bar',
      values: [0, 0, 0, 40, 51],
    })

    const figures = wrapper.findAll('figure.trend-chart')
    expect(figures).toHaveLength(2)
    const first = figures[0]
    const canvas = first?.get('[role="img"]')
    const table = first?.get('table')
    expect(canvas?.attributes('aria-describedby')).toBe(table?.attributes('id'))
    expect(canvas?.attributes('aria-label')).toContain('同样的数据见下表')
    const rows = table?.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()))
    expect(rows?.at(-1)).toEqual(['2017', '51', '51', '0'])
    expect(rows?.map((r) => r[0])).toEqual(years)
  })

  it('shows a year that failed to load as missing, not as zero', async () => {
    fakeApi.on('GET', /^\/api\/v1\/reports\/2015$/, () => ({
      status: 503,
      body: { status: 503, title: 'Service Unavailable' },
    }))
    const { wrapper } = await mountWith(AnnualReportView, { path: '/statistics?year=2017' })
    await flushPromises()
    expect(wrapper.text()).toContain('以下年度的数据暂时无法加载：2015')
    expect(drawn[0]?.series[0]?.values).toEqual([0, 0, null, 40, 51])
    const row2015 = wrapper.findAll('figure.trend-chart')[0]?.findAll('tbody tr')[2]
    expect(row2015?.text()).toBe('2015———')
  })

  it('takes a department from the form into the URL, and links its CSV, XLSX, print-ready page and JSON', async () => {
    const { wrapper, router } = await mountWith(AnnualReportView, { path: '/statistics?year=2017' })
    await wrapper.get('#report-department').setValue('public-security')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ year: '2017', department: 'public-security' })
    expect(fakeApi.last('GET', /^\/api\/v1\/reports\/2017$/)?.query.get('department')).toBe(
      'public-security',
    )
    const links = wrapper
      .findAll('.report__downloads a')
      .map((a) => [a.text(), a.attributes('href')])
    expect(links).toEqual([
      [
        '表二、表三、表四（CSV）',
        'http://localhost:8080/api/v1/reports/2017/tables.csv?department=public-security',
      ],
      [
        '表二、表三、表四（Excel 表格）',
        'http://localhost:8080/api/v1/reports/2017/tables.xlsx?department=public-security',
      ],
      [
        '打印版全文',
        'http://localhost:8080/api/v1/reports/2017/report.html?department=public-security',
      ],
      ['全部数据（JSON）', 'http://localhost:8080/api/v1/reports/2017?department=public-security'],
    ])
    expect(wrapper.text()).toContain('本报告应于2018年1月31日前公布。')
  })

  it('says what failed when the report cannot be loaded (problem+json)', async () => {
    fakeApi.on('GET', /^\/api\/v1\/reports\/2017$/, () => ({
      status: 400,
      body: { status: 400, title: 'Bad Request', detail: '没有这个部门：nowhere' },
    }))
    const { wrapper } = await mountWith(AnnualReportView, {
      path: '/statistics?year=2017&department=nowhere',
    })
    const alert = wrapper.get('.problem')
    expect(alert.text()).toContain('年度报告暂时无法加载')
    expect(alert.text()).toContain('没有这个部门：nowhere')
    expect(alert.text()).toContain('错误代码 400')
  })
})
