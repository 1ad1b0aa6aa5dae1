import { expect, test, type Page } from '@playwright/test'
import { API_URL, expectNoAxeViolations, signedInPage } from './support.ts'

/**
 * The disclosure catalogue through the console, signed in on the real Keycloak: staff of public
 * security create a normative document with a PDF attachment and submit it; the reviewer clears
 * it in the review queue and the public record page shows it; staff start its interpretation
 * from the coverage report, the reviewer clears that too, and the report no longer lists the
 * document. Titles carry a unique stamp, so runs never collide. axe on every console page.
 */
test.describe.configure({ mode: 'serial' })

const stamp = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`
const documentTitle = `关于规范户籍窗口服务的通知（测试 ${stamp}）`
const interpretationTitle = `《关于规范户籍窗口服务的通知》解读（测试 ${stamp}）`
let documentId = ''

const RECORD_URL = /\/console\/disclosures\/([0-9a-f-]{36})$/

/** The catalogue entry's fields every record needs before it can be submitted. */
async function fillEntry(page: Page, body: string): Promise<void> {
  await page.getByLabel('成文日期', { exact: true }).fill('2026-11-02')
  await page.getByRole('group', { name: '权责清单' }).getByLabel('权力清单').check()
  await page.getByLabel('公开方式', { exact: true }).selectOption('PROACTIVE')
  await page.getByLabel('五公开类别', { exact: true }).selectOption('EXECUTION')
  await page.getByLabel('有效性', { exact: true }).selectOption('VALID')
  await page.getByRole('textbox', { name: '正文' }).fill(body)
}

async function submitForReview(page: Page, note: string): Promise<void> {
  await page.getByLabel('变更说明', { exact: true }).fill(note)
  await page.getByRole('button', { name: '提交审查' }).click()
  await expect(page.locator('.editor-actions__status')).toHaveText('已提交保密审查。')
  await expect(page.locator('.workflow-panel')).toContainText('等待审核人员审查')
}

/** The reviewer opens the record from the queue and clears it. */
async function approveAsReviewer(page: Page, title: string): Promise<void> {
  await page.goto('/console/review')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('保密审查')
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`审查：${title}`)
  await expectNoAxeViolations(page, `review of ${title}`)
  await page.getByRole('button', { name: '审查通过并公开' }).click()
  await expect(page.locator('.review-status')).toHaveText(/^已审查通过，作为第 \d+ 版公开。$/)
}

test('staff create a normative document with a PDF, the reviewer clears it, the public sees it', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const { context, page } = await signedInPage(
    browser,
    'staff-public-security',
    '/console/disclosures',
  )
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('信息公开目录')
  await expect(page.getByRole('main')).toContainText('您可以维护葫芦岛市公安局的政府信息公开目录')
  await expectNoAxeViolations(page, 'disclosure list')

  await page.getByRole('link', { name: '新建公开信息' }).first().click()
  await expect(page).toHaveURL(/\/console\/disclosures\/new$/)
  await expectNoAxeViolations(page, 'new record')
  await page.getByLabel('信息类别', { exact: true }).selectOption('NORMATIVE_DOCUMENT')
  await page.getByLabel('标题', { exact: true }).fill(documentTitle)
  await page.getByRole('button', { name: '创建草稿' }).click()
  await expect(page).toHaveURL(RECORD_URL)
  documentId = RECORD_URL.exec(new URL(page.url()).pathname)?.[1] ?? ''
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(documentTitle)
  await expect(page.locator('.deadline-notice')).toContainText('应于')

  await page
    .getByLabel('文号', { exact: true })
    .fill(`葫公发〔2026〕${Math.floor(Math.random() * 900) + 100}号`)
  await fillEntry(page, '<p>为进一步规范户籍窗口服务，现通知如下。</p>')
  await page.getByRole('button', { name: '保存草稿' }).click()
  await expect(page.locator('.editor-actions__status')).toHaveText('草稿已保存。')
  await expectNoAxeViolations(page, 'record editor')

  // a small PDF, uploaded to the draft at once
  await page.getByLabel('选择文件', { exact: true }).setInputFiles({
    name: 'notice.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    ),
  })
  await page.getByRole('button', { name: '上传', exact: true }).click()
  await expect(page.locator('.editor-actions__status')).toHaveText('已上传“notice.pdf”。')
  await expect(page.locator('.attachments-panel tbody tr')).toContainText('notice.pdf')

  await submitForReview(page, `首次发布（测试 ${stamp}）`)
  await expectNoAxeViolations(page, 'record in review')

  // the reviewer, in a browser of their own: only the review queue is theirs
  const reviewer = await signedInPage(browser, 'reviewer', '/console/review')
  const nav = reviewer.page.getByRole('navigation', { name: '工作台功能' })
  await expect(nav.getByRole('link')).toHaveText(['保密审查'])
  await expectNoAxeViolations(reviewer.page, 'review queue')
  await approveAsReviewer(reviewer.page, documentTitle)
  await reviewer.context.close()

  // staff see it published, with the link to the public page
  await page.reload()
  await expect(page.getByText('已公开', { exact: true }).first()).toBeVisible()
  await expect(page.getByRole('link', { name: '在公开网站查看' })).toHaveAttribute(
    'href',
    `/disclosure/records/${documentId}`,
  )
  await context.close()

  // the public record page (a fresh, signed-out browser)
  const visitor = await browser.newContext()
  const publicPage = await visitor.newPage()
  await publicPage.goto(`/disclosure/records/${documentId}`)
  await expect(publicPage.getByRole('heading', { level: 1, name: documentTitle })).toBeVisible()
  // and finds it in its department's catalogue, in its key domain and in the domain's feed
  await publicPage.goto('/disclosure/records?department=public-security')
  await expect(publicPage.getByRole('link', { name: documentTitle })).toBeVisible()
  await expectNoAxeViolations(publicPage, 'catalogue of the department')
  await publicPage.goto('/disclosure/key-domains/powers-responsibilities')
  await expect(publicPage.getByRole('link', { name: documentTitle })).toBeVisible()
  await expectNoAxeViolations(publicPage, 'key domain')
  const feed = await publicPage.request.get(`${API_URL}/api/v1/feeds/key-domains/powers-responsibilities.atom`)
  expect(feed.status()).toBe(200)
  expect(await feed.text()).toContain(`/disclosure/records/${documentId}`)
  await visitor.close()
})

test('staff interpret the document from the coverage report; once cleared it is covered', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  expect(documentId, 'the document of the first test').not.toBe('')
  const { context, page } = await signedInPage(
    browser,
    'staff-public-security',
    '/console/disclosures/coverage',
  )
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('政策解读覆盖情况')
  const missing = page.locator(`li[data-record-id="${documentId}"]`)
  await expect(missing).toBeVisible()
  await expectNoAxeViolations(page, 'interpretation coverage')

  await missing.getByRole('link', { name: `为“${documentTitle}”新建解读` }).click()
  await expect(page).toHaveURL(/\/console\/disclosures\/new\?/)
  await expect(page.getByLabel('信息类别', { exact: true })).toHaveValue('INTERPRETATION')
  await expect(page.getByRole('main')).toContainText(`解读的文件：${documentTitle}`)
  await page.getByLabel('标题', { exact: true }).fill(interpretationTitle)
  await page.getByRole('button', { name: '创建草稿' }).click()
  await expect(page).toHaveURL(RECORD_URL)

  await expect(page.getByLabel('解读的文件', { exact: true })).toHaveValue(documentId)
  await page.getByLabel('解读形式', { exact: true }).selectOption('TEXT')
  await fillEntry(page, '<p>一、起草背景。二、主要内容。</p>')
  await expectNoAxeViolations(page, 'interpretation editor')
  await submitForReview(page, `解读首次发布（测试 ${stamp}）`)

  const reviewer = await signedInPage(browser, 'reviewer', '/console/review')
  await approveAsReviewer(reviewer.page, interpretationTitle)
  await reviewer.context.close()

  await page.goto('/console/disclosures/coverage')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('政策解读覆盖情况')
  await expect(page.locator('.coverage-department').first()).toBeVisible()
  await expect(page.locator(`li[data-record-id="${documentId}"]`)).toHaveCount(0)
  await context.close()
})

test('the Art. 26 panel and, for the administrator, the key-domain editor', async ({ browser }) => {
  const { context, page } = await signedInPage(browser, 'admin', '/console/disclosures/due')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('公开时限（《条例》第二十六条）')
  await expect(page.locator('.due-counts')).toHaveText(/^共 \d+ 条：已逾期 \d+ 条/)
  await expectNoAxeViolations(page, 'publication deadlines')

  await page
    .getByRole('navigation', { name: '工作台功能' })
    .getByRole('link', { name: '重点领域维护' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('重点领域维护')
  await expect(page.locator('.key-domain-table tbody tr')).toHaveCount(12)
  await expectNoAxeViolations(page, 'key domains')
  await page.getByRole('link', { name: '财政预决算' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('编辑重点领域：财政预决算')
  // existing sub-items can be moved but not removed
  await expect(page.getByRole('button', { name: /删除新子项/ })).toHaveCount(0)
  await expectNoAxeViolations(page, 'key-domain editor')
  await context.close()
})
