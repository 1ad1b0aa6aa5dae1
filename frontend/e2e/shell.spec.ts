import { expect, test } from '@playwright/test'
import { announcer } from './support.ts'

test.beforeEach(async ({ page }) => {
  // every test starts as a first-time visitor
  await page.goto('/')
  await page.evaluate(() => window.localStorage.clear())
  await page.reload()
})

test('the home page has the portal shell in Simplified Chinese', async ({ page }) => {
  await expect(page).toHaveTitle('首页 - 葫芦岛市政务公开 · Gongkai')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')
  await expect(page.getByRole('banner')).toContainText('葫芦岛市政务公开 · Gongkai')
  await expect(page.getByRole('main')).toBeVisible()
  await expect(page.getByRole('contentinfo')).toBeVisible()
  const nav = page.getByRole('navigation', { name: '主导航' })
  await expect(nav.getByRole('link')).toHaveText([
    '首页',
    '办事服务',
    '部门',
    '政府信息公开',
    '依申请公开',
    '年度报告',
    '工作台',
  ])
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('葫芦岛市政务公开')
})

test('public pages load neither Keycloak nor the script converter', async ({ page }) => {
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  await page.goto('/')
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '办事服务' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  expect(requested.filter((url) => /keycloak|:8180|cn2t/.test(url))).toEqual([])
})

test('the skip link is the first stop for the keyboard and moves focus to main', async ({
  page,
}) => {
  const skipLink = page.getByRole('link', { name: '跳到主要内容' })
  await page.keyboard.press('Tab')
  await expect(skipLink).toBeFocused()
  await expect(skipLink).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('main#main-content')).toBeFocused()
  // the next Tab continues inside main, not in the header
  await page.keyboard.press('Tab')
  const inMain = await page.evaluate(
    () => document.activeElement?.closest('main') !== null && document.activeElement !== null,
  )
  expect(inMain).toBe(true)
})

test('navigating moves focus to the new heading and names the page', async ({ page }) => {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '部门' }).click()
  await expect(page).toHaveURL(/\/departments$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await expect(page).toHaveTitle('部门 - 葫芦岛市政务公开 · Gongkai')
  await expect(announcer(page)).toHaveText('已打开页面：部门')
})

test('the chosen language is kept after a reload', async ({ page }) => {
  await page.getByRole('combobox', { name: '语言' }).selectOption('en')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Huludao Open Government')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page).toHaveTitle('Home - Huludao Open Government · Gongkai')
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en')

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-Hant')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('葫蘆島市政務公開')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('葫蘆島市政務公開')
})

test('high contrast can be switched on, is kept after a reload, and off again', async ({
  page,
}) => {
  const toggle = page.getByRole('button', { name: '高对比度' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await expect(page.locator('html')).toHaveClass(/a11y-high-contrast/)
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(background).toBe('rgb(0, 0, 0)')
  // controls stay visible: yellow on black
  await expect(page.getByRole('button', { name: '大字号' })).toHaveCSS('color', 'rgb(255, 255, 0)')
  await page.reload()
  await expect(page.locator('html')).toHaveClass(/a11y-high-contrast/)
  await page.getByRole('button', { name: '高对比度' }).click()
  await expect(page.locator('html')).not.toHaveClass(/a11y-high-contrast/)
})

test('larger text makes the text larger', async ({ page }) => {
  const size = () => page.locator('h1').evaluate((h1) => parseFloat(getComputedStyle(h1).fontSize))
  const before = await size()
  await page.getByRole('button', { name: '大字号' }).click()
  await expect(page.locator('html')).toHaveClass(/a11y-large-text/)
  expect(await size()).toBeGreaterThan(before)
})

test('unknown addresses show the not-found page', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面未找到')
  await expect(page).toHaveTitle(/页面未找到/)
})

test('an unknown item shows a clear message, not an error', async ({ page }) => {
  await page.goto('/services/00000000-0000-0000-0000-000000000000')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个事项')
  await page.goto('/services/demo-item')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个事项')
})
