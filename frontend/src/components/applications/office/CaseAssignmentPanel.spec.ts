import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import type { FieldError, OfficeApplicationView } from '@/api/types'
import type { Versioned } from '@/api/versioned'
import { provideCaseDesk } from '@/composables/useCaseDesk'
import { useFieldErrors } from '@/composables/useFieldErrors'
import { emptyCaseForm, type CaseForm } from '@/lib/caseActions'
import { officeCase } from '@/test/applicationFixtures'
import { fakeApi } from '@/test/fakeApi'
import { mountWith } from '@/test/mount'
import CaseAssignmentPanel from './CaseAssignmentPanel.vue'

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

const HANDLERS = /^\/api\/v1\/admin\/applications\/handlers$/
const STAFF = [
  { username: 'clerk-public-security', displayName: '市公安局经办人' },
  { username: 'staff-public-security', displayName: '市公安局工作人员' },
]

/** What the case page would do with an action: its own check first, then the write with the ETag read. */
interface Sent {
  errors: FieldError[]
  done: string
}
let sent: Sent[]

async function open(view: OfficeApplicationView) {
  const form = ref<CaseForm>({ ...emptyCaseForm(), handler: view.handler ?? undefined })
  const Host = defineComponent(() => {
    useFieldErrors({ idOf: (field) => `case-${field}`, fieldOf: (path) => path })
    provideCaseDesk({
      form,
      busy: ref<string | null>(null),
      today: '2026-12-02',
      check: async (_action, errors) => errors.length === 0,
      perform: async (_action, errors, send, done) => {
        sent.push({ errors, done })
        if (errors.length) return false
        const answer: Versioned<OfficeApplicationView> = await send('"3"')
        form.value.handler = answer.data.handler ?? undefined
        return true
      },
    })
    return () => h(CaseAssignmentPanel, { application: view })
  })
  const { wrapper } = await mountWith(Host)
  return { wrapper, form }
}

const select = (wrapper: VueWrapper) => wrapper.get<HTMLSelectElement>('#case-handler')
const optionTexts = (wrapper: VueWrapper) =>
  wrapper.findAll('#case-handler option').map((o) => o.text())
const button = (wrapper: VueWrapper, text: string) => {
  const found = wrapper.findAll('button').find((b) => b.text() === text)
  if (!found) throw new Error(`no button “${text}”`)
  return found
}

beforeEach(() => {
  Object.assign(user, {
    isAdmin: false,
    department: 'public-security',
    username: 'staff-public-security',
    roles: ['staff'],
  })
  sent = []
  fakeApi.reset()
  fakeApi
    .on('GET', HANDLERS, () => ({ body: STAFF }))
    .on('POST', /\/assignment$/, (r) => ({
      body: officeCase({ handler: (r.body as { handler: string }).handler }),
      headers: { ETag: '"4"' },
    }))
})

describe('the handler panel', () => {
  it('offers the department’s staff by name and user name, under a label', async () => {
    const { wrapper } = await open(officeCase())
    expect(fakeApi.last('GET', HANDLERS)?.query.get('department')).toBe('public-security')
    expect(optionTexts(wrapper)).toEqual([
      '请选择',
      '市公安局经办人（clerk-public-security）',
      '市公安局工作人员（staff-public-security）',
    ])
    const label = wrapper.get('label[for="case-handler"]')
    expect(label.text()).toContain('经办人')
    expect(select(wrapper).attributes('aria-describedby')).toBeTruthy()
    expect(wrapper.text()).toContain('尚未指定经办人。')
  })

  it('preselects the current handler and shows their name', async () => {
    const { wrapper } = await open(officeCase({ handler: 'clerk-public-security' }))
    expect(select(wrapper).element.value).toBe('clerk-public-security')
    expect(wrapper.text()).toContain('当前经办人：市公安局经办人')
  })

  it('keeps a handler who left the department visible as such', async () => {
    const { wrapper } = await open(officeCase({ handler: 'moved-away' }))
    expect(select(wrapper).element.value).toBe('moved-away')
    expect(optionTexts(wrapper)[0]).toBe('moved-away（已不在本部门人员名录中）')
  })

  it('assigns the chosen colleague with the ETag read', async () => {
    const { wrapper } = await open(officeCase())
    await select(wrapper).setValue('clerk-public-security')
    await button(wrapper, '指定经办人').trigger('click')
    await flushPromises()
    const post = fakeApi.last('POST', /\/assignment$/)
    expect(post?.headers.get('If-Match')).toBe('"3"')
    expect(post?.body).toEqual({ handler: 'clerk-public-security' })
    expect(sent.at(-1)?.done).toBe('已指定经办人 市公安局经办人。')
  })

  it('asks for a choice before sending anything', async () => {
    const { wrapper } = await open(officeCase())
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(sent.at(-1)?.errors).toEqual([
      { field: 'handler', code: 'required', message: 'required' },
    ])
    expect(fakeApi.last('POST', /\/assignment$/)).toBeUndefined()
  })

  it('lets a member of the staff take the case, but not someone outside the directory', async () => {
    const staff = await open(officeCase())
    await button(staff.wrapper, '由我办理').trigger('click')
    await flushPromises()
    expect(fakeApi.last('POST', /\/assignment$/)?.body).toEqual({
      handler: 'staff-public-security',
    })
    staff.wrapper.unmount()

    Object.assign(user, { isAdmin: true, username: 'admin', department: 'gov-office' })
    const admin = await open(officeCase())
    expect(admin.wrapper.findAll('button').some((b) => b.text() === '由我办理')).toBe(false)
  })

  it('says so when the directory cannot be read, and retries', async () => {
    fakeApi.on('GET', HANDLERS, () => ({
      status: 503,
      body: {
        status: 503,
        title: 'Service unavailable',
        detail: 'The staff directory (the identity service) cannot be read at the moment.',
      },
    }))
    const { wrapper } = await open(officeCase())
    expect(wrapper.get('[role="alert"]').text()).toContain('本部门工作人员名单暂时无法加载')
    expect(wrapper.find('#case-handler').exists()).toBe(false)
    fakeApi.on('GET', HANDLERS, () => ({ body: STAFF }))
    await button(wrapper, '重试').trigger('click')
    await flushPromises()
    expect(optionTexts(wrapper)).toHaveLength(3)
  })
})
