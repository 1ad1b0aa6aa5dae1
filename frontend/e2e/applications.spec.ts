import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, signedInPage } from './support.ts'

/**
 * On-request disclosure (依申请公开) end to end, signed in on the real Keycloak: an applicant
 * applies to public security with a PDF of their own and sees the receipt with its deadline; the department's staff ask
 * for a correction; the applicant corrects; staff reply 部分公开; the applicant sees the whole
 * timeline and downloads the reply letter; anyone signed out follows the case by its number and code and sees no personal data.
 * The description carries a unique stamp, so runs never collide. axe on every page.
 */
test.describe.configure({ mode: 'serial' })

const stamp = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`
const description = `2026年户籍窗口服务规范的执行情况（测试 ${stamp}）`
const applicantName = `李明（测试 ${stamp}）`

/** A date `days` calendar days after today in the city, as the date input takes it. */
function cityDate(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
  const date = new Date(`${today}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

async function status(page: Page, text: string): Promise<void> {
  await expect(page.locator('.case-status')).toHaveText(text)
}

/** The smallest file a PDF reader (and the server's content check) takes for one. */
const PDF = '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'

test('an application from the form to the reply, followed by its number signed out', async ({
  browser,
}) => {
  test.setTimeout(240_000)

  // ---- the applicant applies --------------------------------------------------------------------
  const applicant = await signedInPage(browser, 'applicant', '/apply')
  const page = applicant.page
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('申请政府信息公开')
  await expectNoAxeViolations(page, 'application form')

  // nothing filled: the summary links to the first field
  await page.getByRole('button', { name: '提交申请' }).click()
  const summary = page.locator('.error-summary')
  await expect(summary).toBeFocused()
  await summary.getByRole('link', { name: '申请人类型：此项为必填项。' }).click()
  await expect(page.getByRole('radio', { name: '自然人' })).toBeFocused()
  await expectNoAxeViolations(page, 'application form with errors')

  await page.getByRole('radio', { name: '自然人' }).check()
  await page.getByLabel('姓名或名称', { exact: true }).fill(applicantName)
  await page.getByLabel('身份证明类型', { exact: true }).selectOption('RESIDENT_ID')
  await page.getByLabel('证件号码', { exact: true }).fill('21140219900101123X')
  await page.getByLabel('联系电话', { exact: true }).fill('0429-1234567')
  await page.getByLabel('向哪个部门申请', { exact: true }).selectOption('public-security')
  await page.getByLabel('所需信息的内容描述', { exact: true }).fill(description)
  // the lookup of what may already be public answers (found or not)
  await expect(page.locator('.may-be-public [role="status"]')).toHaveText(
    /找到 \d+ 条可能相关的已公开信息。|没有找到与描述相符的已公开信息。您可以继续提交申请。/,
  )
  await page.getByRole('radio', { name: '电子', exact: true }).check()
  await page.getByRole('radio', { name: '网上获取（在本网站下载）' }).check()
  // material of the applicant's own, a real PDF; a text file is refused at once
  await page.getByLabel('选择文件', { exact: true }).setInputFiles([
    { name: '线索.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PDF) },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') },
  ])
  await expect(page.locator('#apply-files-refused')).toContainText('“notes.txt”不是 PDF 文件或图片')
  await expect(page.getByRole('list', { name: '已选择的文件' })).toContainText('线索.pdf')
  await expectNoAxeViolations(page, 'filled application form')
  await page.getByRole('button', { name: '提交申请' }).click()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('申请已收到')
  const trackingNumber = (await page.getByTestId('tracking-number').innerText()).trim()
  const verificationCode = (await page.getByTestId('verification-code').innerText()).trim()
  expect(trackingNumber).toMatch(/^\S+$/)
  expect(verificationCode).toMatch(/^\S+$/)
  await expect(page.getByTestId('reply-due')).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/)
  await expect(page.locator('.working-day-count')).toContainText('截止日期')
  await expect(page.locator('.apply-uploads')).toHaveText('附件“线索.pdf”已随申请提交。')
  await expectNoAxeViolations(page, 'receipt')

  // ---- the department's staff ask for a correction --------------------------------------------
  const staff = await signedInPage(browser, 'staff-public-security', '/console/applications')
  const office = staff.page
  await expect(office.getByRole('heading', { level: 1 })).toHaveText('依申请公开办理')
  await expect(office.getByRole('link', { name: trackingNumber })).toBeVisible()
  await expectNoAxeViolations(office, 'inbox')
  await office.getByRole('link', { name: trackingNumber }).click()
  await expect(office.getByRole('heading', { level: 1 })).toHaveText(`申请 ${trackingNumber}`)
  await expect(office.getByTestId('id-number')).not.toContainText('21140219900101123X')
  await expect(office.getByRole('main')).toContainText(applicantName)
  await expectNoAxeViolations(office, 'case')
  await office
    .getByLabel('需要补正的内容', { exact: true })
    .fill('请写明所需信息涉及的窗口和月份。')
  await office.getByLabel('补正期限', { exact: true }).fill(cityDate(10))
  await office.getByRole('button', { name: '发出补正通知' }).click()
  await status(office, '已发出补正通知，答复期限暂停计算。')
  await expect(office.getByTestId('clock')).toContainText('答复期限暂停计算')

  // ---- the applicant corrects -----------------------------------------------------------------
  await page.goto('/me/applications')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的申请')
  await expectNoAxeViolations(page, 'my applications')
  await page.getByRole('link', { name: trackingNumber }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`申请 ${trackingNumber}`)
  await expect(page.getByRole('main')).toContainText('请写明所需信息涉及的窗口和月份。')
  // the material sent with it, theirs to download again
  const [own] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载“线索.pdf”' }).click(),
  ])
  expect(readFileSync(await own.path(), 'latin1')).toBe(PDF)
  await expectNoAxeViolations(page, 'application awaiting correction')
  await page
    .getByLabel('补正后的内容描述', { exact: true })
    .fill(`${description}：龙港区户籍窗口，2026年1月至6月`)
  await page.getByRole('button', { name: '提交补正' }).click()
  await status(page, '补正已提交，答复期限自今日起重新计算。')

  // ---- staff reply 部分公开 --------------------------------------------------------------------
  await office.reload()
  await expect(office.getByRole('heading', { level: 1 })).toHaveText(`申请 ${trackingNumber}`)
  await office.getByLabel('办理结果', { exact: true }).selectOption('PARTLY_DISCLOSED')
  await office
    .getByLabel('答复内容', { exact: true })
    .fill('经审查，所申请信息中涉及个人信息的部分不予公开，其余部分予以公开，请在线下载。')
  await office.getByRole('button', { name: '作出答复', exact: true }).click()
  await office.getByRole('button', { name: '确认作出答复“部分公开”' }).click()
  await status(office, '已作出答复，申请办结。')
  await expect(office.getByTestId('outcome')).toHaveText('部分公开')
  await expectNoAxeViolations(office, 'replied case')
  await staff.context.close()

  // ---- the applicant sees the reply and the whole timeline ------------------------------------
  await page.reload()
  await expect(page.getByTestId('outcome')).toHaveText('部分公开')
  const timeline = page.locator('.application-timeline li')
  await expect(timeline.locator('strong')).toContainText([
    '收到申请',
    '要求补正',
    '收到补正',
    '作出答复',
  ])
  await expect(page.locator('[data-kind="NOTE"]')).toHaveCount(0)
  await expectNoAxeViolations(page, 'replied application')
  // the reply letter (告知书), a printable page, downloaded with the applicant's token
  const [letter] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载答复告知书（可打印的网页）' }).click(),
  ])
  expect(letter.suggestedFilename()).toBe(`${trackingNumber}-reply-letter.html`)
  const letterPath = await letter.path()
  expect(readFileSync(letterPath, 'utf8')).toContain(trackingNumber)
  await applicant.context.close()

  // ---- anyone follows it by number and code, signed out ---------------------------------------
  const visitor = await browser.newContext()
  const publicPage = await visitor.newPage()
  await publicPage.goto('/apply/track')
  await expect(publicPage.getByRole('heading', { level: 1 })).toHaveText('查询申请办理进度')
  await expectNoAxeViolations(publicPage, 'tracking form')
  await publicPage.getByLabel('申请编号', { exact: true }).fill(trackingNumber)
  await publicPage.getByLabel('查询码', { exact: true }).fill('WRONG1')
  await publicPage.getByRole('button', { name: '查询', exact: true }).click()
  await expect(publicPage.locator('.track-status')).toHaveText(
    '没有找到这个申请。请核对申请编号和查询码。',
  )
  await publicPage.getByLabel('查询码', { exact: true }).fill(verificationCode)
  await publicPage.getByRole('button', { name: '查询', exact: true }).click()
  const result = publicPage.locator('.track-result')
  await expect(result.getByRole('heading', { level: 2 })).toHaveText(`申请 ${trackingNumber}`)
  await expect(result).toContainText('已答复')
  await expect(result).toContainText('葫芦岛市公安局')
  await expect(publicPage.getByRole('main')).not.toContainText(applicantName)
  await expectNoAxeViolations(publicPage, 'tracking result')
  await visitor.close()
})
