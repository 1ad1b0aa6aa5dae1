import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { AuditEntry } from '@/api/types'
import { fakeApi } from '@/test/fakeApi'
import { departments, ITEM_ID } from '@/test/fixtures'
import { mountWith, must } from '@/test/mount'
import AuditLogView from './AuditLogView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())
const auth = vi.hoisted(() => ({ isAdmin: true, department: 'gov-office' as string | null }))
vi.mock('@/stores/auth', () => ({ useAuthStore: () => auth }))

const publish: AuditEntry = {
  id: 41,
  at: '2026-11-30T02:15:00Z',
  actor: 'staff-public-security',
  actorDepartment: 'public-security',
  action: 'service.publish',
  entityType: 'service-item',
  entityId: ITEM_ID,
  departmentCode: 'public-security',
  detail: { version: 3, changeNote: '办理地点调整。', changedSections: ['handling'] },
}

const audit = () => fakeApi.last('GET', /^\/api\/v1\/admin\/audit$/)

beforeEach(() => {
  auth.isAdmin = true
  auth.department = 'gov-office'
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/departments$/, () => ({ body: departments }))
    .on('GET', /^\/api\/v1\/admin\/audit$/, () => ({
      body: { items: [publish], total: 45, page: 1, size: 20 },
    }))
})

describe('the audit log', () => {
  it('lists the entries in a table with a caption and column headers', async () => {
    const { wrapper } = await mountWith(AuditLogView, { path: '/console/audit' })
    const table = wrapper.get('table')
    expect(table.get('caption').text()).toBe('操作记录（最新的在前）')
    expect(table.findAll('thead th').map((th) => th.attributes('scope'))).toEqual(
      Array(6).fill('col'),
    )
    const row = table.get(`tbody tr[data-entity-id="${ITEM_ID}"]`)
    expect(row.get('th').attributes('scope')).toBe('row')
    expect(row.text()).toContain('staff-public-security')
    expect(row.text()).toContain('发布新版本')
    expect(row.text()).toContain('葫芦岛市公安局')
    expect(row.text()).toContain('变更说明：办理地点调整。')
    expect(row.text()).toContain('有变化的部分：办理信息')
    expect(row.get('a').attributes('href')).toBe(`/console/services/${ITEM_ID}`)
    expect(wrapper.get('.audit-count').text()).toBe('共 45 条记录')
    // 45 entries, 20 a page: the pages keep the filters
    expect(wrapper.find('nav a[href*="page=3"]').exists()).toBe(true)
  })

  it('sends the filters of the URL to the API, and an administrator may choose any department', async () => {
    const { wrapper } = await mountWith(AuditLogView, {
      path: `/console/audit?department=public-security&entityId=${ITEM_ID}&actor=staff-public-security&from=2026-11-01&to=2026-11-30&page=2`,
    })
    const query = must(audit()).query
    expect(Object.fromEntries(query)).toEqual({
      department: 'public-security',
      entityId: ITEM_ID,
      actor: 'staff-public-security',
      from: '2026-11-01',
      to: '2026-11-30',
      page: '2',
      size: '20',
    })
    const department = wrapper.get<HTMLSelectElement>('#audit-department')
    expect(department.element.value).toBe('public-security')
    expect(department.findAll('option').map((o) => o.text())[0]).toBe('所有部门')
    expect(wrapper.get<HTMLInputElement>('#audit-from').element.value).toBe('2026-11-01')
    for (const id of ['department', 'entityId', 'actor', 'from', 'to']) {
      expect(wrapper.find(`label[for="audit-${id}"]`).exists(), id).toBe(true)
    }
  })

  it('puts the chosen filters into the URL and starts again at page 1', async () => {
    const { wrapper, router } = await mountWith(AuditLogView, { path: '/console/audit?page=3' })
    await wrapper.get('#audit-department').setValue('natural-resources')
    await wrapper.get('#audit-actor').setValue('  admin ')
    await wrapper.get('#audit-from').setValue('2026-11-02')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() =>
      expect(router.currentRoute.value.query).toEqual({
        department: 'natural-resources',
        actor: 'admin',
        from: '2026-11-02',
      }),
    )
    await vi.waitFor(() => expect(audit()?.query.get('actor')).toBe('admin'))
    expect(audit()?.query.get('page')).toBe('1')

    await wrapper
      .findAll('button')
      .find((b) => b.text() === '清除筛选')
      ?.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({}))
  })

  it('shows staff their own department only, whatever the URL says', async () => {
    auth.isAdmin = false
    auth.department = 'public-security'
    const { wrapper } = await mountWith(AuditLogView, {
      path: '/console/audit?department=natural-resources',
    })
    expect(audit()?.query.get('department')).toBe('public-security')
    const department = wrapper.get<HTMLInputElement>('#audit-department')
    expect(department.element.tagName).toBe('INPUT')
    expect(department.element.readOnly).toBe(true)
    expect(department.element.value).toBe('葫芦岛市公安局')
    expect(wrapper.text()).toContain('您可以查看葫芦岛市公安局的操作记录。')
  })

  it('puts the API’s field errors at their filters', async () => {
    fakeApi.on('GET', /^\/api\/v1\/admin\/audit$/, () => ({
      status: 400,
      body: {
        status: 400,
        title: 'Invalid request',
        errors: [{ field: 'from', code: 'invalid', message: 'not a date' }],
      },
    }))
    const { wrapper } = await mountWith(AuditLogView, { path: '/console/audit?from=2026-13-01' })
    await vi.waitFor(() => expect(wrapper.find('#audit-from-error').exists()).toBe(true))
    expect(wrapper.get('#audit-from').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#audit-from-error').text()).toBe('格式不正确。')
  })
})
