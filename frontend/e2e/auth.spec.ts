import { expect, test, type Page } from '@playwright/test'

/**
 * Sign-in through a real Keycloak (realm gongkai, demo users from keycloak/gongkai-realm.json).
 * Needs Keycloak running and the app built with VITE_KEYCLOAK_URL pointing at it, served on
 * a port the gongkai-spa client allows (5173, 4173, 5174): the stack `./gongkai run` or
 * `./gongkai test` starts.
 */

const PASSWORD = process.env.E2E_DEMO_PASSWORD ?? 'demo12345'

async function signInOnKeycloak(page: Page, username: string) {
  await page.waitForURL(/\/realms\/gongkai\/protocol\/openid-connect\/auth/)
  const url = new URL(page.url())
  expect(url.searchParams.get('code_challenge_method')).toBe('S256')
  expect(url.searchParams.get('client_id')).toBe('gongkai-spa')
  await page.locator('#username').fill(username)
  await page.locator('#password').fill(PASSWORD)
  await page.locator('#kc-login').click()
}

test('staff sign in from the console link and see their department', async ({ page }) => {
  await page.goto('/')
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '工作台' })
    .click()
  await signInOnKeycloak(page, 'staff-public-security')

  await page.waitForURL(/\/console/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作台')
  await expect(page.getByRole('main')).toContainText('staff-public-security')
  await expect(page.getByRole('main')).toContainText('public-security')
  await expect(page.getByRole('main')).toContainText('工作人员')
  await expect(page.getByRole('banner')).toContainText('已登录')

  // the session survives a reload (silent check-sso) and public pages still show it
  await page.goto('/services')
  await expect(page.getByRole('button', { name: '退出' })).toBeVisible()

  await page.getByRole('button', { name: '退出' }).click()
  await page.waitForURL((url) => url.pathname === '/')
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible()
})

test('an applicant is signed in but has no console access', async ({ page }) => {
  await page.goto('/console')
  await signInOnKeycloak(page, 'applicant')
  await page.waitForURL(/\/console/)
  await expect(page.getByRole('main')).toContainText('没有工作台权限')
})

test('the sign-in button returns the visitor to the page they were on', async ({ page }) => {
  await page.goto('/departments')
  await page.getByRole('button', { name: '登录' }).click()
  await signInOnKeycloak(page, 'reviewer')
  await page.waitForURL(/\/departments/)
  await expect(page.getByRole('banner')).toContainText('已登录')
})
