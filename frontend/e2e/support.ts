import { AxeBuilder } from '@axe-core/playwright'
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test'

/** Where the stack under test runs (./gongkai test sets these; defaults: ./gongkai run). */
export const API_URL = (process.env.E2E_API_URL ?? 'http://localhost:8080').replace(/\/+$/, '')
export const KEYCLOAK_URL = (process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180').replace(
  /\/+$/,
  '',
)
const PASSWORD = process.env.E2E_DEMO_PASSWORD ?? 'demo12345'

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** axe-core with the WCAG 2.1 A and AA rules: no violation allowed. */
export async function expectNoAxeViolations(page: Page, context = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary, `axe on ${context}`).toEqual([])
}

/** Starts as a first-time visitor in a given interface language. */
export async function useLanguage(page: Page, locale: 'zh-Hans' | 'zh-Hant' | 'en'): Promise<void> {
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('e2e-language-set')) {
      localStorage.setItem('gongkai.locale', value)
      sessionStorage.setItem('e2e-language-set', '1')
    }
  }, locale)
}

export interface Summary {
  id: string
  name: string
}

/** Published items of a department, through the public API (the same data the SPA shows). */
export async function publishedItems(
  request: APIRequestContext,
  query: Record<string, string>,
): Promise<Summary[]> {
  const response = await request.get(`${API_URL}/api/v1/services`, { params: query })
  expect(response.ok()).toBe(true)
  const body = (await response.json()) as { items: Summary[] }
  return body.items
}

/** Signs in on the real Keycloak login page (PKCE), from where the SPA sent us. */
export async function signInOnKeycloak(page: Page, username: string): Promise<void> {
  await page.waitForURL(/\/realms\/gongkai\/protocol\/openid-connect\/auth/)
  const url = new URL(page.url())
  expect(url.origin).toBe(new URL(KEYCLOAK_URL).origin)
  expect(url.searchParams.get('code_challenge_method')).toBe('S256')
  expect(url.searchParams.get('client_id')).toBe('gongkai-spa')
  await page.locator('#username').fill(username)
  await page.locator('#password').fill(PASSWORD)
  await page.locator('#kc-login').click()
}

/**
 * A fresh browser context signed in as `username` (two Keycloaks on different ports share
 * cookies by host name, so every sign-in gets its own context).
 */
export async function signedInPage(browser: Browser, username: string, path = '/console') {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(path)
  await signInOnKeycloak(page, username)
  await page.waitForURL((u) => u.pathname === path && !u.hash.includes('code='))
  return { context, page }
}

/** The route announcer's polite live region (there may be other status regions). */
export function announcer(page: Page) {
  return page.locator('#app > [role="status"][aria-live="polite"]')
}
