import { expect, test, type APIRequestContext } from '@playwright/test'
import { API_URL, expectNoAxeViolations, signedInPage, useLanguage } from './support.ts'

/**
 * (10) The annual report of 2017, the seed year, for the whole city: reached from the site
 * navigation, table 三 shows what the API computes (51 applications received and 51 handled in
 * the 总计 column, as the seed report says: 今年全市共收到依申请公开51件，已按照相关规定全部办理),
 * every chart has its table, and axe finds nothing. (9) The public statistics of applications.
 * The admin enters a figure of the register in the console and the public report shows it
 * as entered. Staff write their department's report and submit it, the reviewer clears it, and
 * the public page and the console's progress show it published. Each run enters its own values,
 * so runs against the same database never collide.
 */

interface Table3Row {
  key: string
  label: string
  counts: number[] | null
}
interface Report {
  title: string
  table3: Table3Row[]
  table2Entered: { item: string; value: number | null; entered: boolean }[]
}

async function report(request: APIRequestContext, query = ''): Promise<Report> {
  const response = await request.get(`${API_URL}/api/v1/reports/2017${query}`)
  expect(response.ok()).toBe(true)
  return (await response.json()) as Report
}

test('the 2017 report of the city: table 三 with 51 received and handled, charts with tables, no axe violation', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000)
  const api = await report(request)
  const received = api.table3.find((r) => r.key === 'received')?.counts ?? []
  const handled = api.table3.find((r) => r.key === 'handled')?.counts ?? []
  // the seed: 51 received, all handled (总计 is the last of the seven columns)
  expect(received[6]).toBe(51)
  expect(handled[6]).toBe(51)

  await page.goto('/')
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '年度报告' })
    .click()
  await expect(page).toHaveURL(/\/statistics$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('政府信息公开工作年度报告')
  await page.getByLabel('年度', { exact: true }).selectOption('2017')
  await expect(page.getByLabel('机关', { exact: true })).toHaveValue('')
  await page.getByRole('button', { name: '查看', exact: true }).click()
  await expect(page).toHaveURL(/\/statistics\?year=2017$/)
  await expect(page.locator('#report-title')).toHaveText(api.title)

  const table = page.locator('table.report-table3')
  await expect(table.locator('caption')).toHaveText('三、收到和处理政府信息公开申请情况')
  await expect(table.locator('thead th')).toHaveText([
    '申请人情况',
    '自然人',
    '法人或其他组织',
    '总计',
    '商业企业',
    '科研机构',
    '社会公益组织',
    '法律服务机构',
    '其他',
  ])
  // every row of the form: the API's 30 but 三 (heading （一）–（七）) and the four outcomes' sums
  // (each outcome heading its sub-reasons instead)
  await expect(table.locator('tbody tr')).toHaveCount(25)
  await expect(table.locator('th#t3-r-results')).toHaveAttribute('rowspan', '22')
  await expect(table.locator('th#t3-r-NOT_DISCLOSED')).toHaveAttribute('rowspan', '8')
  for (const row of api.table3)
    await expect(table.locator('tbody th', { hasText: row.label }).first()).toBeVisible()
  await expect(table.locator('tr[data-row="received"] td')).toHaveText(received.map(String))
  await expect(table.locator('tr[data-row="handled"] td')).toHaveText(handled.map(String))
  await expect(table.locator('td[headers="t3-applicant t3-c6 t3-r-received"]')).toHaveText('51')
  await expect(
    table.locator('td[headers="t3-applicant t3-c6 t3-r-results t3-r-handled"]'),
  ).toHaveText('51')
  await expect(page.locator('[data-figure="applicationsReceived"] dd')).toHaveText('51 件')
  await expect(page.locator('[data-figure="applicationsHandled"] dd')).toHaveText('51 件')

  // the chart (ECharts on a canvas) and its table alternative
  const chart = page.locator('figure.trend-chart').first()
  await expect(chart.locator('[role="img"] canvas')).toBeVisible()
  const alternative = chart.locator('table')
  await expect(alternative.locator('caption')).toContainText('（表格）')
  const row2017 = alternative.locator('tbody tr', {
    has: page.locator('th', { hasText: /^2017$/ }),
  })
  await expect(row2017.locator('td')).toHaveText(['51', '51', '0'])
  await expect(page.locator('figure.trend-chart table')).toHaveCount(2)

  const csv = page.getByRole('link', { name: '表二、表三、表四（CSV）' })
  await expect(csv).toHaveAttribute('href', `${API_URL}/api/v1/reports/2017/tables.csv`)
  const xlsx = page.getByRole('link', { name: '表二、表三、表四（Excel 表格）' })
  await expect(xlsx).toHaveAttribute('href', `${API_URL}/api/v1/reports/2017/tables.xlsx`)
  for (const link of [csv, xlsx]) {
    const file = await request.get((await link.getAttribute('href')) ?? '')
    expect(file.ok()).toBe(true)
    expect(file.headers()['content-disposition']).toContain('annual-report-2017')
  }
  await expectNoAxeViolations(page, 'annual report 2017')
})

test('the report in English and in high contrast: the form’s rows stay Chinese, marked so, and axe finds nothing', async ({
  page,
}) => {
  await useLanguage(page, 'en')
  await page.goto('/statistics?year=2017&department=public-security')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Annual report on open government information',
  )
  const table = page.locator('table.report-table3')
  await expect(table.locator('thead th').first()).toHaveText('Applicants')
  await expect(table.locator('tr[data-row="received"] th')).toHaveAttribute('lang', 'zh-Hans')
  await expect(page.locator('figure.trend-chart table')).toHaveCount(2)
  await expectNoAxeViolations(page, 'annual report in English')
  await page.getByRole('button', { name: 'High contrast' }).click()
  await expectNoAxeViolations(page, 'annual report in high contrast')
})

test('the statistics of applications for 2017, linked from following a request', async ({
  page,
  request,
}) => {
  const response = await request.get(`${API_URL}/api/v1/applications/statistics`, {
    params: { year: '2017' },
  })
  expect(response.ok()).toBe(true)
  const stats = (await response.json()) as { received: number; handled: number }

  await page.goto('/apply/track')
  await page.getByRole('link', { name: '依申请公开统计' }).click()
  await expect(page).toHaveURL(/\/apply\/statistics$/)
  await page.getByLabel('年度', { exact: true }).selectOption('2017')
  await page.getByRole('button', { name: '查看', exact: true }).click()
  await expect(page.locator('#statistics-scope')).toHaveText('全市（各部门合计），2017年')
  await expect(page.locator('[data-figure="received"] dd')).toHaveText(String(stats.received))
  await expect(page.locator('[data-figure="handled"] dd')).toHaveText(String(stats.handled))
  await expectNoAxeViolations(page, 'application statistics 2017')
})

test('an administrator enters a figure of the 2017 register, and the public report shows it as entered', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000)
  const value = 1000 + Math.floor(Math.random() * 9000)

  const { context, page } = await signedInPage(browser, 'admin', '/console/report')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('年度报告：部门填报数据')
  await expect(
    page
      .getByRole('navigation', { name: '工作台功能' })
      .getByRole('link', { name: '年度报告填报' }),
  ).toHaveAttribute('aria-current', 'page')
  await page.getByLabel('年度', { exact: true }).selectOption('2017')
  await page.getByLabel('机关', { exact: true }).selectOption('public-security')
  await page.getByRole('button', { name: '查看', exact: true }).click()
  await expect(page).toHaveURL(/\/console\/report\?year=2017&department=public-security$/)
  await expect(page.locator('.register-scope')).toContainText('葫芦岛市公安局')
  await expect(page.locator('[data-due="department"]')).toContainText('2018年1月31日')
  await expect(page.locator('[data-due="city"]')).toContainText('2018年3月31日')
  const state = page.locator('[data-state="entered"]')
  await expect(state).toHaveText(/尚未填报|最近一次由/)
  const neverEntered = (await state.textContent())?.includes('尚未填报') ?? false
  await expect(page.locator('[data-row="received"] td').first()).toBeVisible()
  await expectNoAxeViolations(page, 'report register')

  const licensing = page.getByLabel('行政许可 本年处理决定数量', { exact: true })
  await licensing.fill(String(value))
  await page.getByRole('button', { name: '保存填报' }).click()
  await expect(page.locator('.register-form .form-actions__status')).toHaveText(
    neverEntered ? '已首次填报并保存。' : '已保存。',
  )
  await expect(state).toContainText('最近一次由 admin')
  await expect(licensing).toHaveValue(String(value))

  const api = await report(request, '?department=public-security')
  expect(api.table2Entered.find((r) => r.item === 'LICENSING')).toMatchObject({
    value,
    entered: true,
  })
  await context.close()
})

test('staff write and submit their 2025 report, the reviewer clears it, and it is public', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const stamp = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`
  const overview = `2025年，市公安局坚持以公开为常态、不公开为例外（测试 ${stamp}）。`

  const staff = await signedInPage(browser, 'staff-public-security', '/console/report')
  const page = staff.page
  await page.goto('/console/report?year=2025')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('年度报告：部门填报数据')
  // staff have their own department only: the year is all they choose
  await expect(page.getByLabel('机关', { exact: true })).toHaveCount(0)
  await expect(page.locator('.register-scope')).toHaveText('2025年 · 葫芦岛市公安局')
  await page
    .getByLabel('一、总体情况', { exact: true })
    .fill(`${overview}\n依申请公开工作全部按期办结。`)
  await page.getByLabel('六、其他需要报告的事项', { exact: true }).fill('本年度未收取信息处理费。')
  await page.getByRole('button', { name: '提交保密审查' }).click()
  await expect(page.locator('.report-text .form-actions__status')).toHaveText(
    '报告已生成并提交保密审查。',
  )
  await expect(page.getByRole('link', { name: '报告的公开记录' })).toBeVisible()
  await expectNoAxeViolations(page, 'report written and submitted')

  // the progress of the year's reports: theirs is in review
  await page.getByRole('link', { name: '查看各部门年度报告的进度' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('年度报告进度')
  const row = page.locator('[data-report="public-security"]')
  await expect(row.locator('td').nth(1)).toHaveText(/保密审查中$/)
  await expect(page.locator('[data-report="city"]')).toHaveCount(0)
  await expectNoAxeViolations(page, 'report progress')

  // the reviewer clears it from the queue
  const reviewer = await signedInPage(browser, 'reviewer', '/console/review')
  const title = '葫芦岛市公安局2025年政府信息公开工作年度报告'
  await reviewer.page.getByRole('link', { name: title }).click()
  await expect(reviewer.page.getByRole('heading', { level: 1 })).toHaveText(`审查：${title}`)
  await expect(reviewer.page.locator('main')).toContainText(overview)
  await reviewer.page.getByRole('button', { name: '审查通过并公开' }).click()
  await expect(reviewer.page.locator('.review-status')).toHaveText(
    /^已审查通过，作为第 \d+ 版公开。$/,
  )
  await reviewer.context.close()

  // the whole report, print-ready, for everyone
  const html = await request.get(`${API_URL}/api/v1/reports/2025/report.html`, {
    params: { department: 'public-security' },
  })
  expect(html.ok()).toBe(true)
  const text = await html.text()
  expect(text).toContain(overview)
  expect(text).toContain('本年度未收取信息处理费。')

  // and the progress shows it published, with its 索引号, no longer late
  await page.reload()
  await expect(row.locator('td').nth(1)).toHaveText('已发布')
  await expect(row.locator('td').nth(2)).toHaveText(/^[0-9A-Za-z-]+\/\d{4}-\d{5}$/)
  await expect(row.locator('td').first()).not.toContainText('已过公布期限')
  await staff.context.close()
})
