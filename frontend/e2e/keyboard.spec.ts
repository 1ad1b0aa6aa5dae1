import { expect, test, type Page } from '@playwright/test'

/** (4) The search and a guide with the keyboard alone (Tab and Enter), focus always visible. */

async function focusVisible(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return 'nothing focused'
    const style = getComputedStyle(el)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
    const shadow = style.boxShadow !== 'none'
    const visible = el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0
    return (outline || shadow) && visible ? 'visible' : `not visible: ${el.outerHTML.slice(0, 120)}`
  })
}

/** Presses Tab until the focused element matches, checking every stop shows its focus. */
async function tabTo(page: Page, selector: string, maxStops = 60): Promise<void> {
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab')
    expect(await focusVisible(page)).toBe('visible')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

test('search and read a guide with Tab and Enter only', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  // the skip link comes first and leads into the main content
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: '跳到主要内容' })).toBeFocused()
  expect(await focusVisible(page)).toBe('visible')
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()

  await tabTo(page, '#home-search')
  await page.keyboard.type('规划')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/services\?q=/)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await expect(page.locator('.catalogue__count')).toHaveText(/共找到 \d+ 个事项/)

  // past the search box and the filters to the first result
  await tabTo(page, '.catalogue__list a')
  const name = (await page.evaluate(() => document.activeElement?.textContent ?? '')).trim()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/services\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()

  // the table of contents takes focus to a section
  await tabTo(page, 'nav[aria-label="本页目录"] a[href="#guide-materials"]')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: '申请材料' })).toBeFocused()
  await expect(page).toHaveURL(/#guide-materials$/)

  expect(await focusVisible(page)).toBe('visible')

  // reading on with Tab continues after that section (the next link in the guide)
  await page.keyboard.press('Tab')
  expect(await focusVisible(page)).toBe('visible')
  const after = await page.evaluate(() => {
    const heading = document.getElementById('guide-materials-heading')
    const active = document.activeElement
    return Boolean(
      heading &&
      active &&
      heading.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING,
    )
  })
  expect(after).toBe(true)
})

test('the theme tabs on the home page work with the keyboard', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('tab', { name: '个人办事' })).toBeVisible()
  await tabTo(page, '[role="tab"][aria-selected="true"]')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: '法人办事' })).toBeFocused()
  await expect(page.getByRole('tab', { name: '法人办事' })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Tab')
  await expect(page.locator('#theme-panel-LEGAL_ENTITY a').first()).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/services\?theme=/)
})
