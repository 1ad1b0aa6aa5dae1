import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Department, SubmissionReceipt } from '@/api/types'
import { cityToday } from '@/lib/applicationCase'
import { fakeApi } from '@/test/fakeApi'
import { mountWith } from '@/test/mount'
import OfficeRegisterView from './OfficeRegisterView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())
const user = vi.hoisted(() => ({
  authenticated: true,
  isAdmin: false,
  isStaff: true,
  department: 'public-security' as string | null,
  username: 'staff-public-security',
  roles: ['staff'],
}))
vi.mock('@/stores/auth', () => ({ useAuthStore: () => user }))

const departments: Department[] = [
  { code: 'housing', name: '葫芦岛市住房和城乡建设局' },
  { code: 'public-security', name: '葫芦岛市公安局' },
]
const receipt: SubmissionReceipt = {
  id: '5b0c8f3e-7d2a-4c51-9a7e-2f6f1c9d3b10',
  trackingNumber: 'YSQ2026-000124',
  verificationCode: '8KQ2MX',
  receivedOn: '2026-11-30',
  replyDue: '2026-12-28',
  departmentCode: 'public-security',
}

beforeEach(() => {
  Object.assign(user, { isAdmin: false, department: 'public-security', roles: ['staff'] })
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/departments$/, () => ({ body: departments }))
    .on('GET', /^\/api\/v1\/(disclosures|services)$/, () => ({ body: { items: [], total: 0 } }))
})

async function open() {
  return mountWith(OfficeRegisterView, { path: '/console/applications/new' })
}

async function fill(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('#field-channel').setValue(true)
  await wrapper.get('#field-applicantType').setValue(true)
  await wrapper.get('#field-applicantName').setValue('赵强')
  await wrapper.get('#field-idType').setValue('RESIDENT_ID')
  await wrapper.get('#field-idNumber').setValue('21140219850505123X')
  await wrapper.get('#field-postalAddress').setValue('辽宁省葫芦岛市连山区某路2号')
  await wrapper.get('#field-description').setValue('2026年机动车登记业务量统计')
  await wrapper.get('#field-formWanted').setValue(true)
  await wrapper.get('#field-delivery').setValue(true)
}

const submit = async (wrapper: VueWrapper) => {
  await wrapper.get('form.apply-form').trigger('submit')
  await flushPromises()
}
const summaryLinks = (wrapper: VueWrapper) =>
  wrapper.findAll('.error-summary a').map((a) => a.text())

describe('registering a letter, a visit or a fax', () => {
  it('offers staff their own department only, and the day received starts as today', async () => {
    const { wrapper } = await open()
    expect(wrapper.get('h1').text()).toBe('登记信函、当面或传真提交的申请')
    expect(wrapper.findAll('#field-departmentCode option').map((o) => o.text())).toEqual([
      '葫芦岛市公安局',
    ])
    expect(wrapper.get<HTMLInputElement>('#field-receivedOn').element.value).toBe(cityToday())
    // online applications are the applicant's own
    expect(wrapper.findAll('[name="field-channel"]').map((r) => r.attributes('value'))).toEqual([
      'LETTER',
      'IN_PERSON',
      'FAX',
    ])
  })

  it('names what is missing, the channel first, and refuses a day received after today', async () => {
    const { wrapper } = await open()
    await wrapper.get('#field-receivedOn').setValue('2999-01-01')
    await submit(wrapper)
    expect(fakeApi.last('POST', /\/admin\/applications$/)).toBeUndefined()
    const links = summaryLinks(wrapper)
    expect(links[0]).toBe('收到方式：此项为必填项。')
    expect(links[1]).toBe('收到申请日期：收到申请日期应为今天或过去一年内的日期。')
    expect(links).toContain('申请人类型：此项为必填项。')
  })

  it('registers with an Idempotency-Key kept for a retry, and shows the office’s receipt', async () => {
    let fail = true
    fakeApi.on('POST', /^\/api\/v1\/admin\/applications$/, () =>
      fail
        ? { status: 503, body: { status: 503, title: 'Service Unavailable' } }
        : { status: 201, body: receipt },
    )
    const { wrapper } = await open()
    await fill(wrapper)
    await wrapper.get('#field-receivedOn').setValue('2026-11-30')
    await submit(wrapper)
    const first = fakeApi.last('POST', /\/admin\/applications$/)
    expect(first?.body).toEqual({
      channel: 'LETTER',
      receivedOn: '2026-11-30',
      application: expect.objectContaining({
        applicantType: 'NATURAL_PERSON',
        applicantName: '赵强',
        departmentCode: 'public-security',
        postalAddress: '辽宁省葫芦岛市连山区某路2号',
        formWanted: 'PAPER',
        delivery: 'POST',
      }),
    })
    expect(wrapper.text()).toContain('申请未能登记')

    fail = false
    await submit(wrapper)
    const retry = fakeApi.last('POST', /\/admin\/applications$/)
    const key = first?.headers.get('Idempotency-Key')
    expect(key).toBeTruthy()
    expect(retry?.headers.get('Idempotency-Key')).toBe(key)
    expect(wrapper.get('h1').text()).toBe('申请已收到')
    expect(wrapper.get('[data-testid="tracking-number"]').text()).toBe('YSQ2026-000124')
    const links = wrapper.findAll('.application-receipt__next a').map((a) => a.attributes('href'))
    expect(links).toContain(`/console/applications/${receipt.id}`)
    expect(links).not.toContain(`/me/applications/${receipt.id}`)

    // the next registration is another application, under another key
    const another = wrapper.findAll('button').find((b) => b.text() === '再提交一份申请')
    await another?.trigger('click')
    await fill(wrapper)
    await submit(wrapper)
    expect(fakeApi.last('POST', /\/admin\/applications$/)?.headers.get('Idempotency-Key')).not.toBe(
      key,
    )
  })

  it('shows the API’s errors of the application at their fields', async () => {
    fakeApi.on('POST', /^\/api\/v1\/admin\/applications$/, () => ({
      status: 400,
      body: {
        status: 400,
        title: 'Bad Request',
        errors: [{ field: 'application.description', code: 'too-long', message: 'too long' }],
      },
    }))
    const { wrapper } = await open()
    await fill(wrapper)
    await submit(wrapper)
    expect(summaryLinks(wrapper)).toEqual(['所需信息的内容描述：内容过长。'])
    expect(wrapper.get('#field-description').attributes('aria-invalid')).toBe('true')
  })
})
