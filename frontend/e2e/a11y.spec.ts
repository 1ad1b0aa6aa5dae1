import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, publishedItems, useLanguage } from './support.ts'

/**
 * (5) axe-core (WCAG 2.1 A and AA) on every public page, in all three interface languages,
 * in high-contrast mode with larger text, and on print. The console pages are scanned in
 * console.spec.ts after signing in.
 */

const LANGUAGES = [
  { locale: 'zh-Hans', search: '规划', h2: '受理条件' },
  { locale: 'zh-Hant', search: '規劃', h2: '受理條件' },
  { locale: 'en', search: '规划', h2: 'Conditions' },
] as const

let guidePath = ''

test.beforeAll(async ({ request }) => {
  const [item] = await publishedItems(request, { q: '规划', size: '1' })
  expect(item).toBeDefined()
  guidePath = `/services/${item?.id}`
})

async function scan(page: Page, path: string, ready: () => Promise<void>) {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await ready()
  await expectNoAxeViolations(page, path)
}

for (const { locale, search, h2 } of LANGUAGES) {
  test.describe(`in ${locale}`, () => {
    test.beforeEach(async ({ page }) => {
      await useLanguage(page, locale)
    })

    test('home, catalogue, search results, guide, departments and the other pages', async ({
      page,
    }) => {
      await scan(page, '/', async () => {
        await expect(page.locator('html')).toHaveAttribute('lang', locale)
        await expect(page.locator('.home-popular li').first()).toBeVisible()
        await expect(page.locator('[role="tabpanel"] a').first()).toBeVisible()
      })
      await scan(page, '/services', async () => {
        await expect(page.locator('.catalogue__list > li').first()).toBeVisible()
      })
      await scan(
        page,
        `/services?q=${encodeURIComponent(search)}&audience=LEGAL_ENTITY`,
        async () => {
          await expect(page.locator('.catalogue__list mark').first()).toBeVisible()
        },
      )
      await scan(page, '/services?q=%E6%98%9F%E9%99%85%E7%A9%BF%E8%B6%8A', async () => {
        await expect(page.locator('.catalogue__empty')).toBeVisible()
      })
      await scan(page, guidePath, async () => {
        await expect(page.getByRole('heading', { level: 2, name: h2 })).toBeVisible()
        await expect(page.locator('#guide-history li').first()).toBeVisible()
      })
      await scan(page, '/departments', async () => {
        await expect(page.locator('.department').first()).toBeVisible()
      })
      await scan(page, '/calendar', async () => {
        await expect(page.locator('.calendar-schedule tbody tr').first()).toBeVisible()
      })
      await scan(page, '/accessibility', async () => undefined)
      await scan(page, '/no/such/page', async () => undefined)
    })

    test('the 政府信息公开 section (pages that need no records)', async ({ page }) => {
      // a dozen pages, each scanned by axe: 23-33 s on the two shared cores, over the 30 s default once
      test.setTimeout(90_000)
      const listed = async () => {
        await expect(page.locator('.disclosure-catalogue__count')).not.toBeEmpty()
      }
      await scan(page, '/disclosure', async () => {
        await expect(page.locator('.disclosure-offices tbody tr').first()).toBeVisible()
      })
      await scan(page, '/disclosure/records', listed)
      await scan(page, '/disclosure/records?domain=fiscal-budgets&validity=REPEALED', listed)
      await scan(page, '/disclosure/key-domains', async () => {
        await expect(page.locator('.key-domain')).toHaveCount(12)
      })
      await scan(page, '/disclosure/key-domains/fiscal-budgets', listed)
      await scan(page, '/disclosure/interpretations', listed)
      await scan(page, '/disclosure/budgets', listed)
      await scan(page, '/disclosure/gazette', listed)
      await scan(page, '/disclosure/replies?kind=CPPCC_REPLY', listed)
      await scan(page, '/disclosure/records/00000000-0000-4000-8000-000000000000', async () => {
        await expect(page.locator('.disclosure-record__back')).toBeVisible()
        await expect(page.locator('.disclosure-record .loading-status')).toHaveCount(0)
      })
    })
  })
}

test('in high-contrast mode with larger text', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: '高对比度' }).click()
  await page.getByRole('button', { name: '大字号' }).click()
  await expect(page.locator('.home-popular li').first()).toBeVisible()
  await expectNoAxeViolations(page, 'home, high contrast')
  await page.goto(guidePath)
  await expect(page.locator('#guide-history li').first()).toBeVisible()
  await expectNoAxeViolations(page, 'guide, high contrast')
  await page.goto('/services?q=%E8%A7%84%E5%88%92')
  await expect(page.locator('.catalogue__list mark').first()).toBeVisible()
  await expectNoAxeViolations(page, 'search, high contrast')
})

test('the guide prints cleanly: no navigation or toolbar, and links print their address', async ({
  page,
}) => {
  await page.goto(guidePath)
  await expect(page.locator('#guide-history li').first()).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('header.site-header')).toBeHidden()
  await expect(page.locator('footer.site-footer')).toBeHidden()
  await expect(page.getByRole('navigation', { name: '本页目录' })).toBeHidden()
  await expect(page.getByRole('button', { name: '打印办事指南' })).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: '申请材料' })).toBeVisible()
  const link = page.locator('main a[href^="http"]').first()
  const printed = await link.evaluate((a) => getComputedStyle(a, '::after').content)
  expect(printed).toContain('http')
  const pdf = await page.pdf({ format: 'A4' })
  expect(pdf.byteLength).toBeGreaterThan(10_000)
})

test('the guide carries schema.org GovernmentService JSON-LD', async ({ page }) => {
  await page.goto(guidePath)
  await expect(page.locator('#guide-history li').first()).toBeVisible()
  const json = await page.locator('head script[type="application/ld+json"]').textContent()
  const data = JSON.parse(json ?? '{}') as Record<string, unknown>
  expect(data).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    provider: { '@type': 'GovernmentOrganization' },
    areaServed: { '@type': 'City', name: '葫芦岛市' },
  })
  const channels = data.availableChannel as Record<string, unknown>[]
  expect(channels.length).toBeGreaterThan(0)
  expect(channels[0]?.processingTime).toMatch(/^P(T\d+H|\d+D)$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(data.name))
})
