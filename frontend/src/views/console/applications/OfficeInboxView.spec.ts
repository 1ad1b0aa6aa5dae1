import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { OfficeApplicationSummary } from '@/api/types'
import { cityToday } from '@/lib/applicationCase'
import { fakeApi } from '@/test/fakeApi'
import { mountWith } from '@/test/mount'
import OfficeInboxView from './OfficeInboxView.vue'

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

/** A date `days` calendar days from today (city time). */
function fromToday(days: number): string {
  const date = new Date(`${cityToday()}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

const cases: OfficeApplicationSummary[] = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    trackingNumber: 'YSQ2026-000001',
    departmentCode: 'public-security',
    state: 'IN_PROGRESS',
    channel: 'ONLINE',
    applicantType: 'NATURAL_PERSON',
    applicantName: '张三',
    title: '户籍窗口服务规范',
    receivedOn: fromToday(-40),
    replyDue: fromToday(-1),
    handler: 'staff-public-security',
  },
  {
    id: '00000000-0000-4000-8000-000000000002',
    trackingNumber: 'YSQ2026-000002',
    departmentCode: 'public-security',
    state: 'RECEIVED',
    channel: 'LETTER',
    applicantType: 'ORGANISATION',
    applicantName: '某某律师事务所',
    title: null,
    receivedOn: fromToday(-20),
    replyDue: fromToday(3),
    handler: null,
  },
  {
    id: '00000000-0000-4000-8000-000000000003',
    trackingNumber: 'YSQ2026-000003',
    departmentCode: 'public-security',
    state: 'AWAITING_CORRECTION',
    channel: 'ONLINE',
    applicantType: 'NATURAL_PERSON',
    applicantName: '李四',
    title: '交通事故统计',
    receivedOn: fromToday(-2),
    replyDue: null,
    handler: null,
  },
]

const COUNTS = {
  received: 1,
  awaitingCorrection: 1,
  inProgress: 1,
  inConsultation: 0,
  awaitingFee: 0,
  closed: 4,
  extended: 2,
  extensionPending: 1,
  dueSoon: 1,
  overdue: 1,
}

beforeEach(() => {
  Object.assign(user, { isAdmin: false, department: 'public-security', roles: ['staff'] })
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/departments$/, () => ({
      body: [{ code: 'public-security', name: '葫芦岛市公安局' }],
    }))
    .on('GET', /^\/api\/v1\/calendar\/deadline$/, (request) => ({
      body: { from: request.query.get('from'), to: fromToday(7), workingDays: 5 },
    }))
    .on('GET', /^\/api\/v1\/admin\/applications$/, (request) => {
      const state = request.query.get('state') ?? ''
      const bucket = request.query.get('bucket')
      const items =
        bucket === 'OVERDUE' ? cases.slice(0, 1) : cases.filter((c) => !state || c.state === state)
      return { body: { items, total: items.length, page: 1, size: 20 } }
    })
    .on('GET', /^\/api\/v1\/admin\/applications\/counts$/, () => ({ body: COUNTS }))
})

describe('the disclosure office’s inbox', () => {
  it('lists the department’s cases by deadline, with every tab’s count from one request', async () => {
    const { wrapper } = await mountWith(OfficeInboxView, { path: '/console/applications' })
    expect(wrapper.get('h1').text()).toBe('依申请公开办理')
    expect(wrapper.get('.lead').text()).toContain('葫芦岛市公安局')
    const rows = wrapper.findAll('tbody tr')
    expect(rows.map((r) => r.get('th').text())).toEqual([
      'YSQ2026-000001',
      'YSQ2026-000002',
      'YSQ2026-000003',
    ])
    expect(rows[0]?.get('a').attributes('href')).toBe(
      '/console/applications/00000000-0000-4000-8000-000000000001',
    )
    expect(rows[1]?.text()).toContain('（未写名称）')
    expect(rows[1]?.text()).toContain('信函')
    const counts = wrapper.get('nav.inbox-counts')
    expect(counts.findAll('a').map((a) => a.text())).toEqual([
      '全部 7',
      '已收到 1',
      '待补正 1',
      '办理中 1',
      '征求意见中 0',
      '待缴费 0',
      '已延期 2',
      '5 个工作日内到期 1',
      '已超期 1',
    ])
    // one request for all the counts, none per state
    expect(fakeApi.requests.filter((r) => r.path.endsWith('/counts'))).toHaveLength(1)
    expect(fakeApi.requests.filter((r) => r.path === '/api/v1/admin/applications')).toHaveLength(1)
    // staff see their own department: no department is asked for
    const listing = fakeApi.requests.find((r) => r.path === '/api/v1/admin/applications')
    expect(listing?.query.has('department')).toBe(false)
    expect(fakeApi.last('GET', /\/counts$/)?.query.has('department')).toBe(false)
    // approving extensions is the admins' business
    expect(wrapper.find('[data-testid="extensions-pending"]').exists()).toBe(false)
    expect(wrapper.get('a[href="/console/applications/new"]').text()).toBe('登记书面申请')
  })

  it('marks the overdue case and the one due within 5 working days', async () => {
    const { wrapper } = await mountWith(OfficeInboxView, { path: '/console/applications' })
    const rows = wrapper.findAll('tbody tr')
    expect(rows[0]?.classes()).toContain('inbox-table__row--overdue')
    expect(rows[0]?.text()).toContain('已超期')
    expect(rows[1]?.classes()).toContain('inbox-table__row--due-soon')
    expect(rows[1]?.text()).toContain('5 个工作日内到期')
    expect(rows[2]?.text()).toContain('暂停计算')
    expect(wrapper.get('.inbox-count').text()).toContain(
      '本页：1 件已超期，1 件 5 个工作日内到期。',
    )
    const deadline = fakeApi.last('GET', /\/calendar\/deadline$/)
    expect(deadline?.query.get('workingDays')).toBe('5')
    expect(deadline?.query.get('from')).toBe(cityToday())
  })

  it('filters by state through the URL', async () => {
    const { wrapper, router } = await mountWith(OfficeInboxView, {
      path: '/console/applications',
    })
    await wrapper.get('#inbox-filter-state').setValue('AWAITING_CORRECTION')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ state: 'AWAITING_CORRECTION' })
    const listing = fakeApi.last('GET', /^\/api\/v1\/admin\/applications$/)
    expect(listing?.query.get('state')).toBe('AWAITING_CORRECTION')
    expect(wrapper.findAll('tbody tr').map((r) => r.get('th').text())).toEqual(['YSQ2026-000003'])
    expect(wrapper.get('[data-state="AWAITING_CORRECTION"]').attributes('aria-current')).toBe(
      'true',
    )
  })

  it('opens a tab across states (overdue) through the URL’s bucket, not a state', async () => {
    const { wrapper, router } = await mountWith(OfficeInboxView, {
      path: '/console/applications?state=RECEIVED',
    })
    await wrapper.get('[data-state="OVERDUE"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ bucket: 'OVERDUE' })
    const listing = fakeApi.last('GET', /^\/api\/v1\/admin\/applications$/)
    expect(listing?.query.get('bucket')).toBe('OVERDUE')
    expect(listing?.query.has('state')).toBe(false)
    expect(wrapper.findAll('tbody tr').map((r) => r.get('th').text())).toEqual(['YSQ2026-000001'])
    expect(wrapper.get('[data-state="OVERDUE"]').attributes('aria-current')).toBe('true')
    expect(wrapper.get('[data-state="RECEIVED"]').attributes('aria-current')).toBeUndefined()
    // the counts are not asked again for another tab of the same department
    expect(fakeApi.requests.filter((r) => r.path.endsWith('/counts'))).toHaveLength(1)
  })

  it('tells admins how many extensions await a decision, for the department chosen', async () => {
    Object.assign(user, { isAdmin: true, department: 'gov-office', roles: ['admin'] })
    const { wrapper } = await mountWith(OfficeInboxView, {
      path: '/console/applications?department=public-security',
    })
    expect(wrapper.get('[data-testid="extensions-pending"]').text()).toBe(
      '有 1 件延期申请等待审批。',
    )
    expect(fakeApi.last('GET', /\/counts$/)?.query.get('department')).toBe('public-security')
    expect(fakeApi.last('GET', /\/applications$/)?.query.get('department')).toBe('public-security')
  })
})
