import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { AdminDisclosureView } from '@/api/types'
import { fakeApi } from '@/test/fakeApi'
import { mountWith } from '@/test/mount'
import ReviewRecordView from './ReviewRecordView.vue'

const user = { username: 'reviewer' }
vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())
vi.mock('@/stores/auth', () => ({
  useAuthStore: () => ({
    isAdmin: false,
    isStaff: false,
    isReviewer: true,
    department: 'gov-office',
    username: user.username,
    roles: ['reviewer'],
  }),
}))

const ID = '9a7d2c10-1111-4c55-9d2a-1b7f0c3e9a10'
const record: AdminDisclosureView = {
  id: ID,
  indexNumber: 'public-security/2026-00002',
  departmentCode: 'public-security',
  kind: 'NORMATIVE_DOCUMENT',
  status: 'PUBLISHED',
  draftState: 'IN_REVIEW',
  currentVersion: 1,
  submittedBy: 'staff-public-security',
  submittedAt: '2026-11-20T02:00:00Z',
  changeNote: '更正文号',
  current: { title: '关于加强管理的通知', documentNumber: '葫公发〔2026〕1号', validity: 'VALID' },
  draft: {
    title: '关于加强管理的通知',
    documentNumber: '葫公发〔2026〕2号',
    validity: 'VALID',
    body: '<p>正文<script>x()</script></p>',
  },
}

beforeEach(() => {
  user.username = 'reviewer'
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/key-domains$/, () => ({ body: [] }))
    .on('GET', /^\/api\/v1\/departments$/, () => ({ body: [] }))
    .on('GET', new RegExp(`^/api/v1/admin/disclosures/${ID}$`), () => ({
      body: record,
      headers: { ETag: '"7"' },
    }))
})

const open = () => mountWith(ReviewRecordView, { props: { id: ID }, path: `/console/review/${ID}` })

describe('reviewing a record', () => {
  it('shows what changed compared with the current version, field by field', async () => {
    const { wrapper } = await open()
    const row = wrapper.get('tr[data-path="documentNumber"]')
    expect(row.get('del').text()).toBe('葫公发〔2026〕1号')
    expect(row.get('ins').text()).toBe('葫公发〔2026〕2号')
    expect(wrapper.find('tr[data-path="title"]').exists()).toBe(false)
    expect(wrapper.get('.review-body').html()).not.toContain('script')
    expect(wrapper.text()).toContain('变更说明：更正文号')
  })

  it('approves with the ETag it read', async () => {
    fakeApi.on('POST', /\/approve$/, () => ({
      body: { ...record, draftState: null, draft: null, currentVersion: 2 },
      headers: { ETag: '"8"' },
    }))
    const { wrapper } = await open()
    await wrapper
      .findAll('button')
      .find((b) => b.text() === '审查通过并公开')
      ?.trigger('click')
    await flushPromises()
    expect(fakeApi.last('POST', /\/approve$/)?.headers.get('If-Match')).toBe('"7"')
    expect(wrapper.get('.review-status').text()).toBe('已审查通过，作为第 2 版公开。')
  })

  it('returns the draft only with a note', async () => {
    fakeApi.on('POST', /\/return$/, () => ({
      body: { ...record, draftState: 'EDITING', reviewNote: '请删除个人信息' },
      headers: { ETag: '"8"' },
    }))
    const { wrapper } = await open()
    await wrapper.get('form.review-return').trigger('submit')
    await flushPromises()
    expect(fakeApi.last('POST', /\/return$/)).toBeUndefined()
    expect(wrapper.get('#review-note-error').text()).toBe('此项为必填项。')
    await wrapper.get('#review-note').setValue('请删除个人信息')
    await wrapper.get('form.review-return').trigger('submit')
    await flushPromises()
    expect(fakeApi.last('POST', /\/return$/)?.body).toEqual({ note: '请删除个人信息' })
    expect(wrapper.get('.review-status').text()).toBe('已退回起草部门。')
  })

  it('offers no decision on a draft the reviewer wrote', async () => {
    user.username = 'staff-public-security'
    const { wrapper } = await open()
    expect(wrapper.text()).toContain('这是您起草的记录')
    expect(wrapper.findAll('button').some((b) => b.text() === '审查通过并公开')).toBe(false)
  })
})
