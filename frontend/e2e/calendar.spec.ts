import { expect, test, type APIRequestContext } from '@playwright/test'
import { API_URL, expectNoAxeViolations, signedInPage } from './support.ts'

/**
 * (6) The working-day calendar: an administrator enters the holiday schedule of a year not
 * entered yet (the first one from 2027 on, so that runs against the same database never
 * collide), a rule the server checks is shown at its row, the year is listed, and the public
 * calendar shows its holiday.
 */

/** The first year from 2027 on without a schedule, through the public API. */
async function yearWithoutSchedule(request: APIRequestContext): Promise<number> {
  const response = await request.get(`${API_URL}/api/v1/calendar`)
  expect(response.ok()).toBe(true)
  const entered = new Set(((await response.json()) as { year: number }[]).map((y) => y.year))
  let year = 2027
  while (entered.has(year)) year += 1
  return year
}

/** A Monday to Friday in the first week of January of `year`. */
function januaryWeekday(year: number): string {
  for (let day = 2; day <= 8; day += 1) {
    const weekday = new Date(Date.UTC(year, 0, day)).getUTCDay()
    if (weekday >= 1 && weekday <= 5) return `${year}-01-0${day}`
  }
  throw new Error('no weekday in the first week')
}

test('an administrator enters a new year’s schedule, and the public calendar shows it', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000)
  const year = await yearWithoutSchedule(request)
  const stamp = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`
  const holidayName = `元旦（测试 ${stamp}）`

  const { context, page } = await signedInPage(browser, 'admin', '/console/calendar')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作日历维护')
  await expect(page.getByRole('main')).toContainText('未列出的年度尚未录入节假日安排')
  await expect(page.locator('.calendar-admin__table tbody tr').first()).toBeVisible()
  await expect(page.locator(`tr[data-year="${year}"]`)).toHaveCount(0)
  await expect(
    page
      .getByRole('navigation', { name: '工作台功能' })
      .getByRole('link', { name: '工作日历维护' }),
  ).toHaveAttribute('aria-current', 'page')
  await expectNoAxeViolations(page, 'calendar years')

  await page.getByRole('link', { name: '录入新年度' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('录入新年度的节假日安排')
  await page.getByLabel('年度', { exact: true }).fill(String(year))
  await page
    .getByLabel('依据（通知名称）', { exact: true })
    .fill(`国务院办公厅关于${year}年部分节假日安排的通知（测试 ${stamp}）`)
  await page.getByRole('button', { name: '添加一天' }).click()
  await page.locator('#field-days-0-date').fill(`${year}-01-01`)
  await page.locator('#field-days-0-name').fill(holidayName)
  // a make-up working day on a weekday: the server refuses it, at its row
  await page.getByRole('button', { name: '添加一天' }).click()
  await page.locator('#field-days-1-date').fill(januaryWeekday(year))
  await page.locator('#field-days-1-kind').selectOption('WORKDAY')
  await page.locator('#field-days-1-name').fill('调休上班（测试）')
  await page.getByRole('button', { name: '录入', exact: true }).click()
  await expect(page.locator('#field-days-1-date-error')).toHaveText('调休上班日必须是周六或周日。')
  await expect(page.locator('#field-days-1-date')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#field-days-1-date')).toBeFocused()
  await expectNoAxeViolations(page, 'new year with a field error')

  await page.getByRole('button', { name: '删除 第 2 项' }).click()
  await page.getByRole('button', { name: '录入', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/console/calendar/${year}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${year} 年节假日安排`)
  await expect(page.locator('#field-days-0-date')).toHaveValue(`${year}-01-01`)
  await expect(page.locator('#field-days-0-name')).toHaveValue(holidayName)
  await expectNoAxeViolations(page, 'year editor')

  await page.getByRole('link', { name: '返回年度列表' }).click()
  const row = page.locator(`tr[data-year="${year}"]`)
  await expect(row.locator('th')).toHaveText(`${year} 年`)
  await expect(row.locator('td').nth(1)).toHaveText('1')
  await expect(row.locator('td').nth(2)).toHaveText('0')
  await context.close()

  // the public calendar, for anyone (a fresh, signed-out browser), reached from the footer
  const visitor = await browser.newContext()
  const calendar = await visitor.newPage()
  await calendar.goto('/')
  await calendar.getByRole('contentinfo').getByRole('link', { name: '工作日历与期限计算' }).click()
  await expect(calendar.getByRole('heading', { level: 1 })).toHaveText('工作日历与期限计算')
  await calendar.getByRole('link', { name: `${year} 年`, exact: true }).click()
  await expect(calendar).toHaveURL(new RegExp(`[?&]year=${year}`))
  await expect(calendar.locator('#calendar-schedule')).toHaveText(`${year} 年节假日安排`)
  const holiday = calendar.locator('.calendar-schedule tbody tr')
  await expect(holiday).toHaveCount(1)
  await expect(holiday).toContainText(holidayName)

  // the calculator explains its count
  await calendar.getByRole('button', { name: '计算截止日期' }).click()
  await expect(calendar.locator('.working-day-count__result')).toBeVisible()
  await expect(calendar.getByRole('status').filter({ hasText: '截止日期：' })).toHaveCount(1)
  await expectNoAxeViolations(calendar, 'public calendar')
  await visitor.close()
})
