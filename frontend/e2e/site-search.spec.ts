import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './support.ts'

/**
 * (9) The site search over services and disclosures, on the demo data: a Traditional query finds
 * what its Simplified form finds and says so, a suggestion is picked with the keyboard, a facet
 * narrows the results and is removed again. axe runs on each state.
 */

test('search 規劃 in Traditional, narrow by type, pick a suggestion with the keyboard', async ({
  page,
}) => {
  await page.goto('/search?q=%E8%A6%8F%E5%8A%83')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索办事事项和政府信息')
  const count = page.locator('.site-search__count')
  await expect(count).toHaveText(/^(共找到|约) [\d,]+ 条结果$/)
  await expect(count).toHaveAttribute('aria-live', 'polite')
  await expect(page.locator('.site-search__variant')).toHaveText('已按“规划”搜索。')
  const hits = page.locator('.site-search__hit')
  await expect(hits.first()).toBeVisible()
  await expect(hits.first().locator('mark').first()).toHaveText('规划')
  await expectNoAxeViolations(page)

  // a facet narrows the search and shows as a filter to remove
  const facets = page.getByRole('navigation', { name: '筛选结果' })
  await facets.getByRole('link', { name: '办事事项', exact: true }).click()
  await expect(page).toHaveURL(/kind=SERVICE_ITEM/)
  await expect(hits.first().locator('.site-search__kind')).toHaveText('办事事项')
  await expect(facets.getByRole('link', { name: '取消筛选：办事事项' })).toBeVisible()
  await expectNoAxeViolations(page)
  await facets.getByRole('link', { name: '取消筛选：办事事项' }).click()
  await expect(page).not.toHaveURL(/kind=/)

  // suggestions while typing; the arrow keys and Enter take one
  const box = page.getByRole('combobox', { name: '搜索内容' })
  await box.fill('营业执照')
  const options = page.getByRole('listbox', { name: '标题建议' }).getByRole('option')
  await expect(options.first()).toBeVisible()
  await expectNoAxeViolations(page)
  const first = ((await options.first().textContent()) ?? '').trim()
  await box.press('ArrowDown')
  await expect(box).toHaveAttribute('aria-activedescendant', 'site-search-suggestion-0')
  await box.press('Enter')
  await expect(box).toHaveValue(first)
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(first)
  await expect(hits.first().getByRole('link')).toContainText(first.slice(0, 4))
})
