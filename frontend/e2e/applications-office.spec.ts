import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { API_URL, expectNoAxeViolations, signedInPage } from './support.ts'

/**
 * The disclosure office's console end to end, signed in on the real Keycloak: an applicant applies
 * to public security with an attachment; the department's staff ask for a correction; the applicant corrects; staff
 * consult a third party and record its opinion, then ask for an extension, which an admin (not
 * the asker) approves; staff add a reply document and reply 部分公开 pointing to a published record
 * by its 索引号, and read the reply letter; the applicant downloads the document and the letter and
 * sees the whole timeline (without whom the office consulted). The office also registers a letter
 * on an applicant's behalf. Unique stamps keep runs apart; axe on every page.
 */
test.describe.configure({ mode: 'serial' })

const stamp = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`
const description = `2026年交通违法处理窗口的办理时限（测试 ${stamp}）`
const applicantName = `王芳（测试 ${stamp}）`
const thirdParty = `葫芦岛某某停车管理有限公司（测试 ${stamp}）`

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

/** A minimal PDF: the API tells a file's type by its content. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
)

test('an application through consultation, extension and a reply with documents', async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000)

  // a published record the reply can point to by its 索引号
  const records = await request.get(`${API_URL}/api/v1/disclosures`, { params: { size: '1' } })
  expect(records.ok()).toBe(true)
  const indexNumber = ((await records.json()) as { items: { indexNumber: string }[] }).items[0]
    ?.indexNumber
  expect(indexNumber).toMatch(/^[0-9A-Za-z-]+\/\d{4}-\d{5}$/)

  // ---- the applicant applies to public security ------------------------------------------------
  const applicant = await signedInPage(browser, 'applicant', '/apply')
  const page = applicant.page
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('申请政府信息公开')
  await page.getByRole('radio', { name: '自然人' }).check()
  await page.getByLabel('姓名或名称', { exact: true }).fill(applicantName)
  await page.getByLabel('身份证明类型', { exact: true }).selectOption('RESIDENT_ID')
  await page.getByLabel('证件号码', { exact: true }).fill('21140219900101123X')
  await page.getByLabel('联系电话', { exact: true }).fill('0429-7654321')
  await page.getByLabel('向哪个部门申请', { exact: true }).selectOption('public-security')
  await page.getByLabel('所需信息的内容描述', { exact: true }).fill(description)
  await page.getByRole('radio', { name: '电子', exact: true }).check()
  await page.getByRole('radio', { name: '网上获取（在本网站下载）' }).check()
  await page
    .getByLabel('选择文件', { exact: true })
    .setInputFiles({ name: '停车收费公示照片.pdf', mimeType: 'application/pdf', buffer: PDF })
  await expectNoAxeViolations(page, 'application form')
  await page.getByRole('button', { name: '提交申请' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('申请已收到')
  const trackingNumber = (await page.getByTestId('tracking-number').innerText()).trim()
  await expect(page.locator('.apply-uploads')).toHaveText(
    '附件“停车收费公示照片.pdf”已随申请提交。',
  )
  await expectNoAxeViolations(page, 'receipt')

  // ---- staff find it in the inbox and ask for a correction ------------------------------------
  const staff = await signedInPage(browser, 'staff-public-security', '/console/applications')
  const office = staff.page
  await expect(office.getByRole('heading', { level: 1 })).toHaveText('依申请公开办理')
  const newTab = office.locator('[data-state="RECEIVED"]')
  await expect(newTab).toHaveText(/^已收到 [1-9]\d*$/)
  await newTab.click()
  await expect(newTab).toHaveAttribute('aria-current', 'true')
  await expect(office).toHaveURL(/state=RECEIVED/)
  await expect(office.getByRole('link', { name: trackingNumber })).toBeVisible()
  await expectNoAxeViolations(office, 'inbox, new applications')
  await office.getByRole('link', { name: trackingNumber }).click()
  await expect(office.getByRole('heading', { level: 1 })).toHaveText(`申请 ${trackingNumber}`)
  const caseId = new URL(office.url()).pathname.split('/').at(-1) ?? ''
  expect(caseId).toMatch(/^[0-9a-f-]{36}$/)
  await expectNoAxeViolations(office, 'case, received')
  // the applicant's attachment is in the case's documents, marked as theirs
  await expect(
    office
      .getByTestId('case-documents')
      .getByRole('listitem')
      .filter({ hasText: '停车收费公示照片.pdf' }),
  ).toContainText('申请人提交的材料')
  // the handler is one of the department's staff, from the identity service's directory
  const handler = office.getByRole('combobox', { name: '经办人', exact: true })
  await expect(handler.locator('option')).toContainText([
    '市公安局工作人员（staff-public-security）',
    '市公安局经办人（clerk-public-security）',
  ])
  await handler.selectOption('clerk-public-security')
  await office.getByRole('button', { name: '指定经办人' }).click()
  await status(office, '已指定经办人 市公安局经办人。')
  await office.getByRole('button', { name: '由我办理' }).click()
  await status(office, '已指定经办人 市公安局工作人员。')
  await office
    .getByLabel('需要补正的内容', { exact: true })
    .fill('请写明所需信息涉及的窗口和月份。')
  await office.getByLabel('补正期限', { exact: true }).fill(cityDate(10))
  await office.getByRole('button', { name: '发出补正通知' }).click()
  await status(office, '已发出补正通知，答复期限暂停计算。')

  // ---- the applicant corrects -------------------------------------------------------------------
  await page.goto('/me/applications')
  await page.getByRole('link', { name: trackingNumber }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`申请 ${trackingNumber}`)
  await page
    .getByLabel('补正后的内容描述', { exact: true })
    .fill(`${description}：龙港区交警大队窗口，2026年1月至6月`)
  await page.getByRole('button', { name: '提交补正' }).click()
  await status(page, '补正已提交，答复期限自今日起重新计算。')

  // ---- staff consult a third party and record its opinion ----------------------------------------
  await office.reload()
  await expect(office.getByRole('heading', { level: 1 })).toHaveText(`申请 ${trackingNumber}`)
  // nothing chosen: the summary names the fields
  await office.getByRole('button', { name: '开始征求意见' }).click()
  const summary = office.locator('.error-summary')
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link')).toHaveText([
    '征求谁的意见：此项为必填项。',
    '第三方或机关名称：此项为必填项。',
  ])
  await expectNoAxeViolations(office, 'case, consultation form with errors')
  await office.getByRole('radio', { name: '第三方（条例第三十二条）' }).check()
  await office.getByLabel('第三方或机关名称', { exact: true }).fill(thirdParty)
  await office.getByLabel('征求意见的事项', { exact: true }).fill('是否同意公开停车场收费标准')
  await office.getByRole('button', { name: '开始征求意见' }).click()
  await status(office, '已开始征求意见，答复期限暂停计算。')
  await expect(office.getByTestId('consultation-running')).toContainText(thirdParty)
  await expect(office.getByText('正在征求意见，记录意见后才能答复。')).toBeVisible()
  await expectNoAxeViolations(office, 'case in consultation')
  await office
    .getByLabel('收到的意见', { exact: true })
    .fill('第三方同意公开，但要求隐去联系人电话。')
  await office.getByRole('button', { name: '记录意见' }).click()
  await status(office, '已记录意见，答复期限恢复计算。')

  // ---- staff ask for the extension; they cannot decide it --------------------------------------
  await office.getByLabel('延长的工作日数', { exact: true }).fill('10')
  await office
    .getByLabel('延长的理由', { exact: true })
    .fill('所需信息涉及多个年度的档案，需要调阅整理。')
  await office.getByRole('button', { name: '提出延期申请' }).click()
  await status(office, '已提出延期申请，等待负责人审批。')
  await expect(office.getByTestId('extension-pending')).toContainText('10 个工作日')
  await expect(office.getByRole('radio', { name: '同意延期', exact: true })).toHaveCount(0)
  await expectNoAxeViolations(office, 'case with an extension pending')

  // ---- an admin approves it ---------------------------------------------------------------------
  const admin = await signedInPage(browser, 'admin', `/console/applications/${caseId}`)
  const head = admin.page
  await expect(head.getByRole('heading', { level: 1 })).toHaveText(`申请 ${trackingNumber}`)
  await expect(head.getByTestId('extension-pending')).toContainText('staff-public-security')
  await expectNoAxeViolations(head, 'case, extension to decide')
  await head.getByRole('radio', { name: '同意延期', exact: true }).check()
  await head.getByRole('button', { name: '提交审批' }).click()
  await status(head, '已同意延期，答复期限已顺延并告知申请人。')
  await expect(head.getByText('答复期限已延长 10 个工作日，不能再次延长。')).toBeVisible()
  await admin.context.close()

  // ---- staff add a reply document and reply 部分公开 with the 索引号 -------------------------------
  await office.reload()
  await expect(office.getByText('答复期限已延长 10 个工作日，不能再次延长。')).toBeVisible()
  await office
    .getByLabel('选择文件', { exact: true })
    .setInputFiles({ name: '答复材料.pdf', mimeType: 'application/pdf', buffer: PDF })
  await office.getByRole('button', { name: '上传文件' }).click()
  await status(office, '已添加文件 答复材料.pdf。')
  await expect(office.getByTestId('case-documents')).toContainText('答复材料.pdf')
  await office.getByLabel('办理结果', { exact: true }).selectOption('PARTLY_DISCLOSED')
  await office
    .getByLabel('答复内容', { exact: true })
    .fill('经征求第三方意见，隐去联系人电话后予以公开，其余部分请在线下载。')
  await office.getByLabel('已公开信息的索引号', { exact: true }).fill(indexNumber ?? '')
  await expectNoAxeViolations(office, 'case, reply form')
  await office.getByRole('button', { name: '作出答复', exact: true }).click()
  await office.getByRole('button', { name: '确认作出答复“部分公开”' }).click()
  await status(office, '已作出答复，申请办结。')
  await expect(office.getByTestId('outcome')).toHaveText('部分公开')
  await expect(office.getByTestId('index-numbers')).toHaveText(indexNumber ?? '')

  // the reply letter, as the office reads and prints it
  await office.getByRole('button', { name: '查看告知书' }).click()
  const letter = office.getByTestId('reply-letter')
  await expect(letter).toBeFocused()
  await expect(letter.getByRole('heading', { level: 3 })).toHaveText('政府信息公开申请答复告知书')
  await expect(letter).toContainText(trackingNumber)
  await expect(letter).toContainText(indexNumber ?? '')
  await expectNoAxeViolations(office, 'replied case with its letter')
  await staff.context.close()

  // ---- the applicant downloads the document and the letter, and sees every step -----------------
  await page.reload()
  await expect(page.getByTestId('outcome')).toHaveText('部分公开')
  await expect(page.locator('.application-timeline li strong')).toHaveText([
    '收到申请',
    '申请人提交材料',
    '要求补正',
    '收到补正',
    '征求第三方意见',
    '征求意见结束',
    '延长答复期限',
    '作出答复',
  ])
  // the applicant sees that a consultation ran, not whom the office asked
  await expect(page.getByRole('main')).not.toContainText(thirdParty)
  await expect(page.locator('[data-kind="NOTE"]')).toHaveCount(0)
  await expectNoAxeViolations(page, 'replied application')
  const [document] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载“答复材料.pdf”' }).click(),
  ])
  expect(document.suggestedFilename()).toBe('答复材料.pdf')
  expect(readFileSync(await document.path(), 'latin1')).toContain('%PDF-1.4')
  const [letterFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载答复告知书（可打印的网页）' }).click(),
  ])
  expect(letterFile.suggestedFilename()).toBe(`${trackingNumber}-reply-letter.html`)
  const letterText = readFileSync(await letterFile.path(), 'utf8')
  expect(letterText).toContain(trackingNumber)
  expect(letterText).toContain('部分公开')
  await applicant.context.close()
})

test('the office registers a letter for the applicant', async ({ browser }) => {
  test.setTimeout(120_000)
  const staff = await signedInPage(browser, 'staff-public-security', '/console/applications')
  const office = staff.page
  await office.getByRole('link', { name: '登记书面申请' }).click()
  await expect(office.getByRole('heading', { level: 1 })).toHaveText(
    '登记信函、当面或传真提交的申请',
  )
  // staff register for their own department only
  await expect(office.getByLabel('向哪个部门申请', { exact: true }).locator('option')).toHaveText([
    '葫芦岛市公安局',
  ])
  await expectNoAxeViolations(office, 'registration form')

  await office.getByRole('button', { name: '登记申请' }).click()
  const summary = office.locator('.error-summary')
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link').first()).toHaveText('收到方式：此项为必填项。')
  await expectNoAxeViolations(office, 'registration form with errors')

  const name = `赵强（信函，测试 ${stamp}）`
  await office.getByRole('radio', { name: '信函' }).check()
  await office.getByLabel('收到申请日期', { exact: true }).fill(cityDate(-1))
  await office.getByRole('radio', { name: '自然人' }).check()
  await office.getByLabel('姓名或名称', { exact: true }).fill(name)
  await office.getByLabel('身份证明类型', { exact: true }).selectOption('RESIDENT_ID')
  await office.getByLabel('证件号码', { exact: true }).fill('21140219850505123X')
  await office.getByLabel('通信地址', { exact: true }).fill('辽宁省葫芦岛市连山区某路2号')
  await office
    .getByLabel('所需信息的内容描述', { exact: true })
    .fill(`2026年机动车登记业务量统计（信函，测试 ${stamp}）`)
  await office.getByRole('radio', { name: '纸质', exact: true }).check()
  await office.getByRole('radio', { name: '邮寄' }).check()
  await office.getByRole('button', { name: '登记申请' }).click()

  await expect(office.getByRole('heading', { level: 1 })).toHaveText('申请已收到')
  await expect(office.getByTestId('received-on')).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/)
  const trackingNumber = (await office.getByTestId('tracking-number').innerText()).trim()
  await expectNoAxeViolations(office, 'registration receipt')
  await office.getByRole('link', { name: '打开这份申请办理' }).click()
  await expect(office.getByRole('heading', { level: 1 })).toHaveText(`申请 ${trackingNumber}`)
  await expect(office.locator('.case-facts').first()).toContainText('信函')
  await expect(office.getByRole('main')).toContainText(name)
  await staff.context.close()
})
