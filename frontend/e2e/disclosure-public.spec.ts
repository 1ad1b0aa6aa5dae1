import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test'
import { API_URL, expectNoAxeViolations, signedInPage } from './support.ts'

/**
 * (8) The public 政府信息公开 section: staff of public security write a normative document and
 * its interpretation, the reviewer clears both (with real tokens, through the API), and a
 * visitor finds the document from the main navigation, the catalogue's department and
 * key-domain filters and the key-domain column, reads its record page and follows the
 * interpretation links both ways. axe runs on every page visited.
 */

const DEPARTMENT = 'public-security'
const ADMIN = `${API_URL}/api/v1/admin/disclosures`
const REVIEW = `${API_URL}/api/v1/review/disclosures`

/**
 * A demo user's bearer token, obtained the way every e2e sign-in works: the real Keycloak
 * login page, then the token the SPA sends with its next API request.
 */
async function bearerToken(browser: Browser, username: string): Promise<string> {
  const { context, page } = await signedInPage(browser, username, '/console')
  const sent = page.waitForRequest((r) => r.url().startsWith(`${API_URL}/api/v1/services`))
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '办事服务' })
    .click()
  const authorization = (await (await sent).headerValue('authorization')) ?? ''
  await context.close()
  expect(authorization).toMatch(/^Bearer /)
  return authorization
}

/** Creates a record as staff, submits it with a note, and has the reviewer approve it; its id. */
async function publish(
  request: APIRequestContext,
  tokens: { staff: string; reviewer: string },
  kind: string,
  content: Record<string, unknown>,
): Promise<string> {
  const created = await request.post(ADMIN, {
    headers: { Authorization: tokens.staff },
    data: { departmentCode: DEPARTMENT, kind, content },
  })
  expect(created.status(), await created.text()).toBe(201)
  const id = ((await created.json()) as { id: string }).id
  const submitted = await request.post(`${ADMIN}/${id}/submit`, {
    headers: { Authorization: tokens.staff, 'If-Match': created.headers().etag ?? '' },
    data: { note: '首次发布' },
  })
  expect(submitted.status(), await submitted.text()).toBe(200)
  const approved = await request.post(`${REVIEW}/${id}/approve`, {
    headers: { Authorization: tokens.reviewer, 'If-Match': submitted.headers().etag ?? '' },
  })
  expect(approved.status(), await approved.text()).toBe(200)
  return id
}

async function heading(page: Page, text: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text)
}

test('a published document is found in the catalogue and the key domains, with its interpretation', async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(150_000)
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`
  const title = `关于规范户籍窗口服务的通知（测试 ${stamp}）`
  const documentNumber = `葫公发〔2026〕${stamp}号`
  const tokens = {
    staff: await bearerToken(browser, 'staff-public-security'),
    reviewer: await bearerToken(browser, 'reviewer'),
  }
  const policyId = await publish(request, tokens, 'NORMATIVE_DOCUMENT', {
    title,
    documentNumber,
    writtenOn: '2026-03-02',
    subItems: ['power-list'],
    keywords: ['户籍', '窗口服务'],
    disclosureMode: 'PROACTIVE',
    category: 'DECISION',
    validity: 'VALID',
    body: '<p>各派出所：</p><p>为规范户籍窗口服务，现通知如下。</p>',
  })
  const interpretationTitle = `《${title}》解读`
  const interpretationId = await publish(request, tokens, 'INTERPRETATION', {
    title: interpretationTitle,
    writtenOn: '2026-03-05',
    subItems: ['power-list'],
    disclosureMode: 'PROACTIVE',
    category: 'DECISION',
    validity: 'VALID',
    body: '<p>一、背景</p>',
    interprets: policyId,
    interpretationForm: 'TEXT',
  })

  // the section, from the main navigation: the guide with each department's disclosure office
  await page.goto('/')
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '政府信息公开' })
    .click()
  await expect(page).toHaveURL(/\/disclosure$/)
  await heading(page, '政府信息公开指南')
  await expect(page.locator(`tr[data-department="${DEPARTMENT}"]`)).toBeVisible()
  await expect(page.getByRole('link', { name: '在线申请政府信息公开' })).toHaveAttribute(
    'href',
    '/apply',
  )
  await expect(page.getByRole('link', { name: '查询办理进度' }).first()).toHaveAttribute(
    'href',
    '/apply/track',
  )
  await expectNoAxeViolations(page, 'disclosure guide')

  // the catalogue, filtered by department and key domain (kept in the URL)
  await page
    .getByRole('navigation', { name: '政府信息公开栏目' })
    .getByRole('link', { name: '公开目录' })
    .click()
  await heading(page, '政府信息公开目录')
  await expect(page.locator('.disclosure-catalogue__count')).not.toBeEmpty()
  await page.getByLabel('发布机构', { exact: true }).selectOption(DEPARTMENT)
  await expect(page).toHaveURL(new RegExp(`[?&]department=${DEPARTMENT}`))
  await page.getByLabel('重点领域', { exact: true }).selectOption('powers-responsibilities')
  await expect(page).toHaveURL(/[?&]domain=powers-responsibilities/)
  const row = page.locator(`tr[data-record-id="${policyId}"]`)
  await expect(row).toBeVisible()
  await expect(row).toContainText(documentNumber)
  await expect(row).toContainText('葫芦岛市公安局')
  await expect(row.locator('.validity-badge')).toHaveText('有效')
  await expect(row.locator('td').first()).toHaveText(/\/\d{4}-\d{5}$/)
  await expect(page.getByRole('link', { name: /订阅葫芦岛市公安局的公开信息/ })).toBeVisible()
  await expectNoAxeViolations(page, 'catalogue filtered by department and key domain')

  // the record page
  await row.getByRole('link', { name: title }).click()
  await expect(page).toHaveURL(new RegExp(`/disclosure/records/${policyId}$`))
  await heading(page, title)
  const metadata = page.locator('.disclosure-metadata')
  await expect(metadata.locator('tr', { hasText: '文号' }).locator('td')).toHaveText(documentNumber)
  await expect(metadata.locator('tr', { hasText: '信息分类' }).locator('td')).toHaveText(
    '权责清单 · 权力清单',
  )
  await expect(page.locator('.disclosure-body')).toContainText('为规范户籍窗口服务')
  await expect(page.locator('.disclosure-history__entry')).toHaveCount(1)
  const json = await page.locator('head script[type="application/ld+json"]').textContent()
  expect(JSON.parse(json ?? '{}')).toMatchObject({
    '@type': 'Legislation',
    legislationIdentifier: documentNumber,
    legislationDate: '2026-03-02',
    legislationLegalForce: 'https://schema.org/InForce',
  })
  await expectNoAxeViolations(page, 'record page')

  // the interpretation, and back to the document it interprets
  const interpretations = page.locator('section', { has: page.locator('#record-interpretations') })
  await interpretations.getByRole('link', { name: interpretationTitle }).click()
  await expect(page).toHaveURL(new RegExp(`/disclosure/records/${interpretationId}$`))
  await heading(page, interpretationTitle)
  await expect(page.locator('#record-interprets')).toHaveText('解读的文件')
  await expectNoAxeViolations(page, 'interpretation page')
  await page
    .locator('section', { has: page.locator('#record-interprets') })
    .getByRole('link', { name: title })
    .click()
  await heading(page, title)

  // the key-domain column leads to the same document, with the domain's feed
  await page
    .getByRole('navigation', { name: '政府信息公开栏目' })
    .getByRole('link', { name: '重点领域' })
    .click()
  await heading(page, '政务公开重点工作')
  await expect(page.locator('.key-domain')).toHaveCount(12)
  await expect(page.locator('.key-domain__items li')).toHaveCount(33)
  await expectNoAxeViolations(page, 'key domains')
  await page.getByRole('link', { name: '权力清单' }).click()
  await heading(page, '权责清单')
  await expect(page).toHaveURL(
    /\/disclosure\/key-domains\/powers-responsibilities\?subItem=power-list$/,
  )
  await expect(page.locator(`tr[data-record-id="${policyId}"]`)).toBeVisible()
  await expect(
    page.locator('head link[rel="alternate"][type="application/atom+xml"]'),
  ).toHaveAttribute('href', `${API_URL}/api/v1/feeds/key-domains/powers-responsibilities.atom`)
  await expectNoAxeViolations(page, 'key domain')

  // the interpretations page lists the interpretation
  await page
    .getByRole('navigation', { name: '政府信息公开栏目' })
    .getByRole('link', { name: '政策解读' })
    .click()
  await heading(page, '政策解读')
  await page.getByLabel('发布机构', { exact: true }).selectOption(DEPARTMENT)
  await expect(page.locator(`tr[data-record-id="${interpretationId}"]`)).toBeVisible()
  await expectNoAxeViolations(page, 'interpretations')
})
