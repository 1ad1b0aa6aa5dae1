import { expect, test } from '@playwright/test'
import {
  API_URL,
  expectNoAxeViolations,
  publishedItems,
  signedInPage,
  type Summary,
} from './support.ts'

/**
 * (2) Staff of public security edit and publish one of their items through the console,
 * signed in on the real Keycloak page, and the public guide shows the change and the new
 * version with its note. (3) Staff of market regulation can neither see nor change it.
 * Every run publishes a change with a unique note, so runs (and spec order) never collide.
 */
test.describe.configure({ mode: 'serial' })

let item: Summary
/** The change note of the first test's publication (the audit log shows it). */
let publishedNote = ''

test.beforeAll(async ({ request }) => {
  const items = await publishedItems(request, {
    department: 'public-security',
    status: 'ACTIVE',
    sort: 'name',
    size: '1',
  })
  expect(items.length).toBe(1)
  item = items[0] as Summary
})

test('staff of public security edit a draft, publish it, and the public guide shows it', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const stamp = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`
  const location = `葫芦岛市政务服务中心二楼公安窗口（测试 ${stamp}）`
  const note = `办理地点调整（测试 ${stamp}）`
  publishedNote = note

  const { context, page } = await signedInPage(browser, 'staff-public-security')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作台')
  await expect(page.getByRole('main')).toContainText('您可以维护葫芦岛市公安局的事项')
  await expect(page.locator('.console-table tbody tr').first()).toBeVisible()
  await expectNoAxeViolations(page, 'console list')

  // the item is in "my department's items"
  await page.getByRole('searchbox', { name: '搜索办事事项' }).fill(item.name)
  await page.getByRole('button', { name: '搜索', exact: true }).click()
  const row = page.locator(`.console-table tr[data-item-id="${item.id}"]`)
  await expect(row).toBeVisible()
  await row.getByRole('link', { name: item.name }).click()

  await expect(page).toHaveURL(new RegExp(`/console/services/${item.id}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.name)
  // a draft left by an interrupted earlier run is discarded first (runs stay independent)
  await expect(page.getByRole('button', { name: '保存草稿' })).toBeVisible()
  if (await page.getByRole('button', { name: '放弃草稿' }).isVisible()) {
    await page.getByRole('button', { name: '放弃草稿' }).click()
    await page.getByRole('button', { name: '确定放弃' }).click()
    await expect(page.locator('.editor-actions__status')).toHaveText(/草稿已放弃/)
  }
  const field = page.getByLabel('办理地点', { exact: true })
  const published = await (await page.request.get(`${API_URL}/api/v1/services/${item.id}`)).json()
  const before = (published as { guide: { handling: { location: string } } }).guide.handling
    .location
  await expect(field).toHaveValue(before)
  await expectNoAxeViolations(page, 'editor')

  await field.fill(location)
  await expect(page.locator('.editor-actions__status')).toHaveText('有未保存的修改')
  await page.getByRole('button', { name: '保存草稿' }).click()
  await expect(page.locator('.editor-actions__status')).toHaveText('草稿已保存。')

  await page.getByRole('button', { name: '检查', exact: true }).click()
  await expect(page.locator('.editor-actions__status')).toHaveText('检查通过，可以发布。')

  // the draft against the published version
  await page.getByRole('link', { name: '比较草稿与已发布版本' }).click()
  const draftRow = page.locator('tr[data-path="handling.location"]')
  await expect(draftRow.locator('del')).toHaveText(before)
  await expect(draftRow.locator('ins')).toHaveText(location)
  await expectNoAxeViolations(page, 'draft diff')
  await page.getByRole('link', { name: '返回编辑' }).click()

  await expect(page.getByLabel('办理地点', { exact: true })).toHaveValue(location)
  await page.getByRole('button', { name: '发布', exact: true }).click()
  await page.getByLabel('变更说明', { exact: true }).fill(note)
  await expectNoAxeViolations(page, 'publish panel')
  await page.getByRole('button', { name: '确认发布' }).click()
  await expect(page.locator('.editor-actions__status')).toHaveText(/^已发布第 \d+ 版。$/)
  const version = Number(
    /第 (\d+) 版/.exec((await page.locator('.editor-actions__status').textContent()) ?? '')?.[1],
  )
  expect(version).toBeGreaterThan(1)

  // the console's history has the new version, and its diff shows old → new
  const history = page.locator('.editor-history')
  await expect(history.locator('li').first()).toContainText(note)
  await expect(history.locator('li').first()).toContainText('发布人：staff-public-security')
  await history
    .locator('li')
    .first()
    .getByRole('link', { name: /与上一版比较/ })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `第 ${version - 1} 版与第 ${version} 版的差异`,
  )
  const changed = page.locator('tr[data-path="handling.location"]')
  await expect(changed.locator('del')).toHaveText(before)
  await expect(changed.locator('ins')).toHaveText(location)
  await expect(page.getByRole('main')).toContainText(note)
  await expectNoAxeViolations(page, 'version diff')
  await context.close()

  // the public guide, for anyone (a fresh, signed-out browser)
  const visitor = await browser.newContext()
  const guide = await visitor.newPage()
  await guide.goto(`/services/${item.id}`)
  await expect(guide.getByRole('heading', { level: 1 })).toHaveText(item.name)
  await expect(guide.locator('#guide-place')).toContainText(location)
  const newest = guide.locator('#guide-history li').first()
  await expect(newest).toContainText(`第 ${version} 版`)
  await expect(newest).toContainText('现行版本')
  await expect(newest).toContainText(note)
  await expect(guide.locator('#guide-history li').nth(1)).not.toContainText('现行版本')
  await visitor.close()
})

test('an administrator finds the publication in the audit log, by item and by user', async ({
  browser,
}) => {
  expect(publishedNote, 'the publication of the first test').not.toBe('')
  const { context, page } = await signedInPage(browser, 'admin', '/console/audit')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('审计日志')
  await expect(page.getByRole('main')).toContainText('您是管理员，可以查看所有部门的操作记录')
  await expect(page.getByLabel('部门', { exact: true })).toHaveValue('')

  await page.getByLabel('事项或对象编号').fill(item.id)
  await page.getByRole('button', { name: '筛选', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`entityId=${item.id}`))
  const table = page.getByRole('table', { name: '操作记录（最新的在前）' })
  const publication = table.locator('tbody tr').filter({ hasText: publishedNote })
  await expect(publication).toHaveCount(1)
  await expect(publication).toContainText('发布新版本')
  await expect(publication).toContainText('staff-public-security')
  await expect(publication).toContainText('葫芦岛市公安局')
  await expectNoAxeViolations(page, 'audit log')

  // the user filter joins the item filter, both kept in the URL
  await page.getByLabel('用户名', { exact: true }).fill('admin')
  await page.getByRole('button', { name: '筛选', exact: true }).click()
  await expect(page).toHaveURL(/actor=admin/)
  await expect(page.locator('.audit-count')).toHaveText(/共 \d+ 条记录/)
  await expect(table.locator('tbody tr').filter({ hasText: publishedNote })).toHaveCount(0)
  await context.close()
})

test('staff of market regulation can neither see nor change a public-security item', async ({
  browser,
  request,
}) => {
  const { context, page } = await signedInPage(browser, 'staff-market-regulation')
  await expect(page.getByRole('main')).toContainText('您可以维护葫芦岛市市场监督管理局的事项')

  // not in their list, even when searched for by name
  await page.getByRole('searchbox', { name: '搜索办事事项' }).fill(item.name)
  await page.getByRole('button', { name: '搜索', exact: true }).click()
  await expect(page.locator('.console-items__count')).toHaveText(/共 \d+ 个事项/)
  await expect(page.locator(`tr[data-item-id="${item.id}"]`)).toHaveCount(0)

  // its console address says it is forbidden, because the API refuses it
  const refused = page.waitForResponse(
    (r) =>
      r.url() === `${API_URL}/api/v1/admin/services/${item.id}` && r.request().method() === 'GET',
  )
  await page.goto(`/console/services/${item.id}`)
  const response = await refused
  expect(response.status()).toBe(403)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('无权编辑此事项')
  await expect(page.locator('form.editor-form')).toHaveCount(0)
  await expectNoAxeViolations(page, 'forbidden item')

  // and so does a write with their token, whatever the If-Match
  const authorization = await response.request().headerValue('authorization')
  expect(authorization).toMatch(/^Bearer /)
  const write = await request.put(`${API_URL}/api/v1/admin/services/${item.id}/draft`, {
    headers: { Authorization: authorization ?? '', 'If-Match': '"1"' },
    data: { name: '越权修改', type: 'PUBLIC_SERVICE', audience: 'PERSON' },
  })
  expect(write.status()).toBe(403)
  const publish = await request.post(`${API_URL}/api/v1/admin/services/${item.id}/publication`, {
    headers: { Authorization: authorization ?? '', 'If-Match': '"1"' },
    data: { changeNote: '越权发布' },
  })
  expect(publish.status()).toBe(403)
  await context.close()

  // the public item is unchanged by the refused write
  const detail = await request.get(`${API_URL}/api/v1/services/${item.id}`)
  expect(((await detail.json()) as { guide: { name: string } }).guide.name).toBe(item.name)
})

test('staff schedule a suspension, the public guide announces it, and they withdraw it', async ({
  browser,
  request,
}) => {
  const [own] = await publishedItems(request, {
    department: 'market-regulation',
    status: 'ACTIVE',
    sort: 'name',
    size: '1',
  })
  expect(own).toBeDefined()
  const id = own?.id ?? ''
  const next = new Date(Date.now() + 400 * 24 * 3600 * 1000).toISOString().slice(0, 10)
  const { context, page } = await signedInPage(
    browser,
    'staff-market-regulation',
    `/console/services/${id}`,
  )
  await expect(page.getByRole('heading', { level: 2, name: '暂停、取消或恢复办理' })).toBeVisible()
  await page.getByLabel('新的状态').selectOption('SUSPENDED')
  await page.getByLabel('生效日期').fill(next)
  await page.getByLabel('状态变更说明').fill('因系统升级暂停办理（测试）。')
  await page.getByRole('button', { name: '安排状态变更' }).click()
  await expect(page.locator('.editor-actions__status')).toContainText('已安排')
  await expectNoAxeViolations(page, 'scheduled change')

  const visitor = await browser.newPage()
  await visitor.goto(`/services/${id}`)
  await expect(visitor.locator('.guide-scheduled')).toContainText('暂停办理')
  await expect(visitor.locator('.guide-scheduled')).toContainText('因系统升级暂停办理（测试）。')
  await visitor.close()

  await page.getByRole('button', { name: '撤销此安排' }).click()
  await expect(page.locator('.editor-actions__status')).toHaveText('已撤销状态变更安排。')
  await context.close()
})

test('a signed-in administrator sees every department and the directory editor', async ({
  browser,
}) => {
  const { context, page } = await signedInPage(browser, 'admin')
  await expect(page.getByRole('main')).toContainText('您是管理员，可以维护所有部门的事项')
  await page.getByText('筛选条件').click()
  await page.getByLabel('实施部门').selectOption('market-regulation')
  await expect(page).toHaveURL(/department=market-regulation/)
  await expect(page.locator('.console-table tbody tr').first()).toContainText(
    '葫芦岛市市场监督管理局',
  )
  await expectNoAxeViolations(page, 'admin list')

  await page
    .getByRole('navigation', { name: '工作台功能' })
    .getByRole('link', { name: '部门机构名录维护' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('部门机构名录维护')
  await page.getByRole('link', { name: '葫芦岛市市场监督管理局' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '编辑部门：葫芦岛市市场监督管理局',
  )
  await expect(page.getByLabel('联系电话').first()).not.toHaveValue('')
  await expectNoAxeViolations(page, 'department editor')

  await page
    .getByRole('navigation', { name: '工作台功能' })
    .getByRole('link', { name: '新建事项' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('新建事项')
  await expectNoAxeViolations(page, 'create item')
  await context.close()
})

test('applicants have no console access; reviewers only their review queue', async ({
  browser,
}) => {
  const applicant = await signedInPage(browser, 'applicant')
  await expect(applicant.page.getByRole('main')).toContainText('没有工作台权限')
  await expect(applicant.page.locator('.console-table')).toHaveCount(0)
  await expectNoAxeViolations(applicant.page, 'no access (applicant)')
  await applicant.context.close()

  // the confidentiality reviewer starts at the review queue and sees no catalogue
  const reviewer = await signedInPage(browser, 'reviewer', '/console/review')
  await reviewer.page.goto('/console')
  await expect(reviewer.page).toHaveURL(/\/console\/review$/)
  await expect(reviewer.page.getByRole('heading', { level: 1 })).toHaveText('保密审查')
  await expect(reviewer.page.locator('.console-table')).toHaveCount(0)
  await reviewer.page.goto('/console/audit')
  await expect(reviewer.page.getByRole('main')).toContainText('此功能不属于您的角色')
  await expectNoAxeViolations(reviewer.page, 'not for the reviewer')
  await reviewer.context.close()
})
