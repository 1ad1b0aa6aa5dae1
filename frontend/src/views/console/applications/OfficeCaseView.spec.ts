import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { OfficeApplicationView } from '@/api/types'
import { fakeApi } from '@/test/fakeApi'
import { mountWith } from '@/test/mount'
import OfficeCaseView from './OfficeCaseView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())
vi.mock('@/stores/auth', () => ({
  useAuthStore: () => ({
    authenticated: true,
    isAdmin: false,
    isStaff: true,
    department: 'public-security',
    username: 'staff-public-security',
    roles: ['staff'],
  }),
}))

const ID = '00000000-0000-4000-8000-000000000001'

function view(overrides: Partial<OfficeApplicationView> = {}): OfficeApplicationView {
  return {
    id: ID,
    trackingNumber: 'YSQ2026-000001',
    departmentCode: 'public-security',
    state: 'IN_PROGRESS',
    channel: 'ONLINE',
    applicantType: 'NATURAL_PERSON',
    organisationKind: null,
    applicantName: '张三',
    idType: 'RESIDENT_ID',
    idNumberMasked: '2****************X',
    phone: '0429-1234567',
    email: null,
    postalAddress: null,
    title: null,
    documentNumber: null,
    description: '户籍窗口服务规范',
    formWanted: 'ELECTRONIC',
    delivery: 'ONLINE',
    receivedOn: '2026-12-01',
    clock: {
      replyDue: '2099-12-29',
      workingDaysLeft: 19,
      overdue: false,
      dueSoon: false,
      correctionRequestBy: '2099-12-10',
      correctionDue: null,
      pausedWorkingDays: 0,
      extendedWorkingDays: 0,
      yearsWithoutSchedule: [],
    },
    handler: 'staff-public-security',
    outcome: null,
    outcomeReason: null,
    replyText: null,
    repliedOn: null,
    timeline: [
      { kind: 'RECEIVED', on: '2026-12-01', at: '2026-12-01T02:00:00Z', internal: false },
      {
        kind: 'NOTE',
        on: '2026-12-01',
        at: '2026-12-01T03:00:00Z',
        note: '已电话联系申请人',
        internal: true,
      },
    ],
    ...overrides,
  }
}

beforeEach(() => {
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/departments$/, () => ({ body: [] }))
    .on('GET', new RegExp(`^/api/v1/admin/applications/${ID}$`), () => ({
      body: view(),
      headers: { ETag: '"3"' },
    }))
})

async function open() {
  return mountWith(OfficeCaseView, { props: { id: ID }, path: `/console/applications/${ID}` })
}

const button = (wrapper: VueWrapper, text: string) => {
  const found = wrapper.findAll('button').find((b) => b.text() === text)
  if (!found) throw new Error(`no button “${text}”`)
  return found
}

describe('a case in the disclosure office', () => {
  it('shows the applicant with the ID number masked, the clock and the internal notes', async () => {
    const { wrapper } = await open()
    expect(wrapper.get('h1').text()).toBe('申请 YSQ2026-000001')
    expect(wrapper.get('[data-testid="id-number"]').text()).toBe('2****************X')
    expect(wrapper.get('[data-testid="clock"]').text()).toContain('还剩 19 个工作日')
    const note = wrapper.get('[data-kind="NOTE"]')
    expect(note.text()).toContain('已电话联系申请人')
    expect(note.text()).toContain('仅内部可见')
  })

  it('replies 部分公开 with If-Match after a confirmation, without a reason', async () => {
    fakeApi.on('POST', /\/reply$/, () => ({
      body: view({ state: 'REPLIED', outcome: 'PARTLY_DISCLOSED', replyText: '部分公开。' }),
      headers: { ETag: '"4"' },
    }))
    const { wrapper } = await open()
    await wrapper.get('#case-outcome').setValue('PARTLY_DISCLOSED')
    expect(wrapper.find('#case-reason').exists()).toBe(false)
    await wrapper.get('#case-replyText').setValue('部分公开。')
    await button(wrapper, '作出答复').trigger('click')
    await flushPromises()
    expect(fakeApi.last('POST', /\/reply$/)).toBeUndefined()
    await button(wrapper, '确认作出答复“部分公开”').trigger('click')
    await flushPromises()
    const post = fakeApi.last('POST', /\/reply$/)
    expect(post?.headers.get('If-Match')).toBe('"3"')
    expect(post?.body).toEqual({ outcome: 'PARTLY_DISCLOSED', reason: null, text: '部分公开。' })
    expect(wrapper.get('.case-status').text()).toBe('已作出答复，申请办结。')
    expect(wrapper.get('[data-testid="outcome"]').text()).toBe('部分公开')
  })

  it('offers the reasons of the chosen outcome only, labelled as in table 三', async () => {
    const { wrapper } = await open()
    const outcomes = wrapper.findAll('#case-outcome option').map((o) => o.text())
    expect(outcomes).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')
    await wrapper.get('#case-outcome').setValue('UNABLE_TO_PROVIDE')
    expect(wrapper.findAll('#case-reason option').map((o) => o.text())).toEqual([
      '请选择',
      '本机关不掌握相关政府信息',
      '没有现成信息需要另行制作',
      '补正后申请内容仍不明确',
    ])
  })

  it('asks for a correction with its deadline', async () => {
    fakeApi.on('POST', /\/correction-request$/, () => ({
      body: view({ state: 'AWAITING_CORRECTION' }),
      headers: { ETag: '"4"' },
    }))
    const { wrapper } = await open()
    await wrapper.get('#case-correctionNote').setValue('请写明年份。')
    await wrapper.get('#case-correctionDeadline').setValue('2099-12-15')
    await button(wrapper, '发出补正通知').trigger('click')
    await flushPromises()
    expect(fakeApi.last('POST', /\/correction-request$/)?.body).toEqual({
      note: '请写明年份。',
      deadline: '2099-12-15',
    })
    expect(wrapper.text()).toContain('正在等待申请人补正')
  })

  it('explains a conflict (412) and a missing version (428)', async () => {
    let status = 412
    fakeApi.on('POST', /\/notes$/, () => ({
      status,
      body: { status, title: status === 412 ? 'Precondition Failed' : 'Precondition Required' },
    }))
    const { wrapper } = await open()
    await wrapper.get('#case-note').setValue('备注')
    await button(wrapper, '添加备注').trigger('click')
    await flushPromises()
    expect(wrapper.get('.conflict-notice').text()).toContain('这份申请已被他人更新')
    status = 428
    await button(wrapper, '添加备注').trigger('click')
    await flushPromises()
    expect(wrapper.get('.problem').text()).toContain('操作没有带上申请的版本')
  })

  it('tells staff of another department that the case is not theirs', async () => {
    fakeApi.on('GET', new RegExp(`^/api/v1/admin/applications/${ID}$`), () => ({
      status: 403,
      body: { status: 403, title: 'Forbidden' },
    }))
    const { wrapper } = await open()
    expect(wrapper.get('h1').text()).toBe('无权查看此申请')
  })
})
