import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Department, DisclosureSummary, SubmissionReceipt } from '@/api/types'
import { fakeApi } from '@/test/fakeApi'
import { mountWith } from '@/test/mount'
import ApplyView from './ApplyView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())
const roles = vi.hoisted(() => ({ value: ['applicant'] as string[] }))
vi.mock('@/stores/auth', () => ({
  useAuthStore: () => ({
    authenticated: true,
    isAdmin: false,
    isStaff: false,
    department: null,
    username: 'applicant',
    get roles() {
      return roles.value
    },
  }),
}))

const departments: Department[] = [
  { code: 'housing', name: '葫芦岛市住房和城乡建设局' },
  { code: 'public-security', name: '葫芦岛市公安局' },
]
const record: DisclosureSummary = {
  id: '9b2f6c1e-3d4a-4e5b-8c7d-6e5f4a3b2c1d',
  indexNumber: '11211400MB0000001X/2026-00042',
  title: '2025年老旧小区改造项目资金使用情况公告',
  documentNumber: '葫建发〔2026〕3号',
  department: { code: 'housing', name: '葫芦岛市住房和城乡建设局' },
  publishedOn: '2026-03-02',
}
const receipt: SubmissionReceipt = {
  id: '5b0c8f3e-7d2a-4c51-9a7e-2f6f1c9d3b10',
  trackingNumber: 'YSQ2026-000123',
  verificationCode: '7KQ2MX',
  receivedOn: '2026-09-28',
  replyDue: '2026-11-02',
  departmentCode: 'housing',
  count: {
    from: '2026-09-28',
    to: '2026-11-02',
    workingDays: 20,
    holidays: [{ date: '2026-10-01', kind: 'HOLIDAY', name: '国庆节' }],
    makeUpDays: [],
    yearsWithoutSchedule: [],
  },
}

beforeEach(() => {
  roles.value = ['applicant']
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/departments$/, () => ({ body: departments }))
    .on('GET', /^\/api\/v1\/disclosures$/, (request) => ({
      body: { items: request.query.get('q')?.includes('老旧小区') ? [record] : [], total: 1 },
    }))
    .on('GET', /^\/api\/v1\/services$/, () => ({ body: { items: [], total: 0 } }))
})

async function open() {
  return mountWith(ApplyView, { path: '/apply' })
}

async function fill(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('#field-applicantType').setValue(true)
  await wrapper.get('#field-applicantName').setValue('张三')
  await wrapper.get('#field-idType').setValue('RESIDENT_ID')
  await wrapper.get('#field-idNumber').setValue('21140219900101123X')
  await wrapper.get('#field-phone').setValue('0429-1234567')
  await wrapper.get('#field-departmentCode').setValue('housing')
  await wrapper.get('#field-description').setValue('2025年老旧小区改造项目的资金使用情况')
  await wrapper.get('#field-formWanted-ELECTRONIC').setValue(true)
  await wrapper.get('#field-delivery-ONLINE').setValue(true)
}

const submit = async (wrapper: VueWrapper) => {
  await wrapper.get('form.apply-form').trigger('submit')
  await flushPromises()
}

const posts = () => fakeApi.requests.filter((r) => r.method === 'POST')

describe('the application form', () => {
  it('labels every field, groups the choices in fieldsets and describes fields by their hints', async () => {
    const { wrapper } = await open()
    expect(wrapper.get('h1').text()).toBe('申请政府信息公开')
    const legends = wrapper.findAll('legend').map((l) => l.text())
    expect(legends).toEqual(
      expect.arrayContaining([
        '申请人类型（必填）',
        '联系方式',
        '获取信息的载体形式（必填）',
        '获取信息的方式（必填）',
      ]),
    )
    for (const input of wrapper.findAll('input:not([type="radio"]), select, textarea')) {
      const id = input.attributes('id')
      expect(wrapper.find(`label[for="${id}"]`).exists(), `label of #${id}`).toBe(true)
    }
    expect(wrapper.get('#field-idNumber').attributes('aria-describedby')).toBe(
      'field-idNumber-hint',
    )
    // the departments come from the directory
    expect(wrapper.findAll('#field-departmentCode option').map((o) => o.text())).toContain(
      '葫芦岛市公安局',
    )
  })

  it('lists what must change in a summary whose links lead to the fields, and sends nothing', async () => {
    const { wrapper } = await open()
    await submit(wrapper)
    expect(posts()).toHaveLength(0)
    const summary = wrapper.get('.error-summary')
    expect(summary.get('h2').text()).toBe('申请表中有 9 处需要修改')
    expect(document.activeElement).toBe(summary.element)
    const links = summary.findAll('a')
    expect(links[0]?.text()).toBe('申请人类型：此项为必填项。')
    expect(links[0]?.attributes('href')).toBe('#field-applicantType')
    expect(links.map((a) => a.text())).toContain('联系电话：电话、电子邮箱、通信地址至少填写一项。')
    const name = wrapper.get('#field-applicantName')
    expect(name.attributes('aria-invalid')).toBe('true')
    expect(name.attributes('aria-describedby')).toBe(
      'field-applicantName-hint field-applicantName-error',
    )
  })

  it('asks an organisation for its kind', async () => {
    const { wrapper } = await open()
    expect(wrapper.find('#field-organisationKind').exists()).toBe(false)
    await wrapper.get('#field-applicantType-ORGANISATION').setValue(true)
    expect(wrapper.find('#field-organisationKind').exists()).toBe(true)
    await submit(wrapper)
    expect(wrapper.get('.error-summary').text()).toContain('组织类型：此项为必填项。')
  })

  it('sends the application with an Idempotency-Key and shows the receipt with the deadline', async () => {
    fakeApi.on('POST', /^\/api\/v1\/applications$/, () => ({ status: 201, body: receipt }))
    const { wrapper } = await open()
    await fill(wrapper)
    await submit(wrapper)
    const [post] = posts()
    expect(post?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/)
    expect(post?.body).toMatchObject({
      applicantType: 'NATURAL_PERSON',
      applicantName: '张三',
      departmentCode: 'housing',
      formWanted: 'ELECTRONIC',
      delivery: 'ONLINE',
    })
    expect(wrapper.get('h1').text()).toBe('申请已收到')
    expect(document.activeElement).toBe(wrapper.get('h1').element)
    expect(wrapper.get('[data-testid="tracking-number"]').text()).toBe('YSQ2026-000123')
    expect(wrapper.get('[data-testid="verification-code"]').text()).toBe('7KQ2MX')
    expect(wrapper.get('[data-testid="reply-due"]').text()).toBe('2026年11月2日')
    // the count explained: the National Day holiday was skipped
    expect(wrapper.get('.working-day-count').text()).toContain('国庆节')
    expect(wrapper.get('.working-day-count').text()).toContain('2026年11月2日')
  })

  it('sends the chosen files once the application is recorded, and says which could not be sent', async () => {
    const mine = { id: receipt.id, trackingNumber: receipt.trackingNumber }
    fakeApi
      .on('POST', /^\/api\/v1\/applications$/, () => ({ status: 201, body: receipt }))
      .on('GET', /^\/api\/v1\/me\/applications\/[^/]+$/, () => ({
        body: mine,
        headers: { ETag: '"0"' },
      }))
      .on('POST', /^\/api\/v1\/me\/applications\/[^/]+\/attachments$/, (request) =>
        request.query.get('fileName') === 'bad.png'
          ? {
              status: 415,
              body: { status: 415, title: 'Unsupported file type', detail: '不是图片。' },
            }
          : { body: mine, headers: { ETag: '"1"' } },
      )
    const { wrapper } = await open()
    await fill(wrapper)
    const input = wrapper.get('#apply-files')
    const chosen = [
      new File(['%PDF-1.4'], '线索.pdf', { type: 'application/pdf' }),
      new File(['x'], 'bad.png', { type: 'image/png' }),
      new File(['x'], 'notes.txt', { type: 'text/plain' }),
    ]
    Object.defineProperty(input.element, 'files', { value: chosen, configurable: true })
    await input.trigger('change')
    // the text file is refused at once, with its name
    expect(wrapper.get('#apply-files-refused').text()).toContain('notes.txt')
    expect(wrapper.findAll('.application-files__list li')).toHaveLength(2)

    await submit(wrapper)
    await flushPromises()
    const uploads = fakeApi.requests.filter((r) => r.path.endsWith('/attachments'))
    expect(uploads.map((r) => r.query.get('fileName'))).toEqual(['线索.pdf', 'bad.png'])
    expect(uploads[0]?.headers.get('If-Match')).toBe('"0"')
    // the bytes themselves go as they are (jsdom's File is not a body Node's fetch reads; the e2e test sends a real one)
    expect(uploads[0]?.headers.get('Content-Type')).toBe('application/octet-stream')
    expect(uploads[1]?.headers.get('If-Match')).toBe('"1"')
    const status = wrapper.get('.apply-uploads').text()
    expect(status).toContain('附件“线索.pdf”已随申请提交')
    expect(status).toContain('附件“bad.png”未能上传：不是图片。')
  })

  it('retries under the same key after a failure, and a new application gets a new key', async () => {
    let fail = true
    fakeApi.on('POST', /^\/api\/v1\/applications$/, () =>
      fail
        ? { status: 503, body: { status: 503, title: 'Service Unavailable', detail: '稍后重试' } }
        : { status: 201, body: receipt },
    )
    const { wrapper } = await open()
    await fill(wrapper)
    await submit(wrapper)
    expect(wrapper.get('.problem').text()).toContain('申请未能提交')
    expect(wrapper.get('.problem').text()).toContain('同一份申请只会登记一次')
    fail = false
    await submit(wrapper)
    const [first, second] = posts()
    expect(second?.headers.get('Idempotency-Key')).toBe(first?.headers.get('Idempotency-Key'))
    expect(wrapper.get('h1').text()).toBe('申请已收到')

    const another = wrapper.findAll('button').find((b) => b.text() === '再提交一份申请')
    await another?.trigger('click')
    await fill(wrapper)
    await submit(wrapper)
    const third = posts()[2]
    expect(third?.headers.get('Idempotency-Key')).not.toBe(first?.headers.get('Idempotency-Key'))
  })

  it('a double click sends the application once', async () => {
    fakeApi.on('POST', /^\/api\/v1\/applications$/, () => ({ status: 201, body: receipt }))
    const { wrapper } = await open()
    await fill(wrapper)
    const form = wrapper.get('form.apply-form')
    await Promise.all([form.trigger('submit'), form.trigger('submit')])
    await flushPromises()
    expect(posts()).toHaveLength(1)
  })

  it('places the API’s field errors at their fields', async () => {
    fakeApi.on('POST', /^\/api\/v1\/applications$/, () => ({
      status: 400,
      body: {
        status: 400,
        title: 'Bad Request',
        errors: [{ field: 'email', code: 'required', message: 'Delivery by e-mail needs one.' }],
      },
    }))
    const { wrapper } = await open()
    await fill(wrapper)
    await submit(wrapper)
    expect(wrapper.get('#field-email').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('.error-summary').text()).toContain('电子邮箱：此项为必填项。')
  })

  it('shows what may already be public, with the 索引号 and a link, once the typing pauses', async () => {
    const { wrapper } = await open()
    expect(wrapper.get('.may-be-public [role="status"]').text()).toContain(
      '填写所需信息的名称或描述后',
    )
    await wrapper.get('#field-description').setValue('2025年老旧小区改造项目的资金使用情况')
    await wrapper.get('#field-description').setValue('2025年老旧小区改造项目的资金使用情况和验收')
    expect(fakeApi.requests.filter((r) => r.path === '/api/v1/disclosures')).toHaveLength(0)
    await new Promise((resolve) => setTimeout(resolve, 700))
    await flushPromises()
    const lookups = fakeApi.requests.filter((r) => r.path === '/api/v1/disclosures')
    expect(lookups.map((r) => r.query.get('q'))).toEqual(['2025年老旧小区改造项目', '资金使用'])
    const item = wrapper.get(`.may-be-public li[data-record-id="${record.id}"]`)
    expect(item.get('a').attributes('href')).toBe(`/disclosure/records/${record.id}`)
    expect(item.text()).toContain('索引号：11211400MB0000001X/2026-00042')
    expect(item.text()).toContain('文号：葫建发〔2026〕3号')
    expect(wrapper.get('.may-be-public [role="status"]').text()).toBe(
      '找到 1 条可能相关的已公开信息。',
    )
  })

  it('tells a signed-in staff member that applying needs an applicant account', async () => {
    roles.value = ['staff']
    const { wrapper } = await open()
    expect(wrapper.find('form.apply-form').exists()).toBe(false)
    expect(wrapper.get('[role="alert"]').text()).toContain('申请人账号')
  })
})
