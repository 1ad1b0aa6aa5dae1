import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, useLanguage } from './support.ts'

/** (1) Search in either script, in Simplified and Traditional interface, and open a guide. */

test('search 规划 from the home page and open a guide', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('searchbox', { name: '搜索办事事项' }).fill('规划')
  await page.getByRole('button', { name: '搜索', exact: true }).click()

  await expect(page).toHaveURL(/\/services\?q=%E8%A7%84%E5%88%92$/)
  const count = page.locator('.catalogue__count')
  await expect(count).toHaveText(/^“规划”共找到 \d+ 个事项/)
  await expect(count).toHaveAttribute('aria-live', 'polite')
  const results = page.locator('.catalogue__list > li')
  await expect(results.first()).toBeVisible()
  // the matched words are highlighted (as text in <mark>, never as markup)
  await expect(results.locator('mark').first()).toHaveText('规划')
  await expectNoAxeViolations(page)

  const first = results.first().getByRole('link').first()
  const name = (await first.textContent())?.trim() ?? ''
  await first.click()
  await expect(page).toHaveURL(/\/services\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await expect(page.getByRole('heading', { level: 2, name: '受理条件' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: '版本记录' })).toBeVisible()
  await expectNoAxeViolations(page)

  // the back button returns to the same search
  await page.goBack()
  await expect(page).toHaveURL(/\/services\?q=%E8%A7%84%E5%88%92$/)
  await expect(page.getByRole('searchbox', { name: '搜索办事事项' })).toHaveValue('规划')
})

test('規劃 (Traditional) finds the same items as 规划', async ({ page }) => {
  const count = async (q: string) => {
    await page.goto(`/services?q=${encodeURIComponent(q)}`)
    const status = page.locator('.catalogue__count')
    await expect(status).toHaveText(/共找到 \d+ 个事项/)
    return Number(/共找到 (\d+) 个事项/.exec((await status.textContent()) ?? '')?.[1])
  }
  const simplified = await count('规划')
  const traditional = await count('規劃')
  expect(simplified).toBeGreaterThan(0)
  expect(traditional).toBe(simplified)
})

test('in the Traditional Chinese interface, content is shown in Traditional script', async ({
  page,
}) => {
  await useLanguage(page, 'zh-Hant')
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant')
  await page.getByRole('searchbox', { name: '搜索辦事事項' }).fill('規劃')
  await page.getByRole('button', { name: '搜索', exact: true }).click()

  await expect(page.locator('.catalogue__count')).toHaveText(/^「規劃」共找到 \d+ 個事項/)
  const results = page.locator('.catalogue__list > li')
  // the content (item names) is converted to Traditional characters too
  await expect(results.locator('mark').first()).toHaveText('規劃')
  await expect(results.first()).not.toContainText('规划')
  await expectNoAxeViolations(page)

  await results.first().getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 2, name: '受理條件' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('規劃')
  await expectNoAxeViolations(page)
})

test('filters and paging live in the URL, and the back button undoes them', async ({ page }) => {
  await page.goto('/services')
  await expect(page.locator('.catalogue__count')).toHaveText(/^共 \d+ 个事项/)
  await page.getByLabel('事项类型').selectOption('ADMINISTRATIVE_LICENSE')
  await expect(page).toHaveURL(/type=ADMINISTRATIVE_LICENSE/)
  await page.getByLabel('服务对象').selectOption('LEGAL_ENTITY')
  await expect(page).toHaveURL(/type=ADMINISTRATIVE_LICENSE&audience=LEGAL_ENTITY/)
  await expect(page.locator('.catalogue__list')).toHaveAttribute('aria-busy', 'false')
  await expect(page.locator('.catalogue__count')).toHaveText(/^共 \d+ 个事项/)
  const filtered = await page.locator('.catalogue__count').textContent()

  await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '下一页' }).click()
  await expect(page).toHaveURL(/page=2/)
  await expect(page.getByRole('heading', { name: '事项列表' })).toBeFocused()

  await page.goBack()
  await expect(page).not.toHaveURL(/page=2/)
  await expect(page.locator('.catalogue__count')).toHaveText(filtered ?? '')
  await page.goBack()
  await expect(page).toHaveURL(/\/services\?type=ADMINISTRATIVE_LICENSE$/)
  await expect(page.getByLabel('服务对象')).toHaveValue('')
})

test('a search without results says so', async ({ page }) => {
  await page.goto('/services?q=%E6%98%9F%E9%99%85%E7%A9%BF%E8%B6%8A%E8%AE%B8%E5%8F%AF')
  await expect(page.getByRole('heading', { name: '没有找到符合条件的事项' })).toBeVisible()
  await expect(page.locator('.catalogue__count')).toHaveText(/共找到 0 个事项/)
  await expectNoAxeViolations(page)
})
