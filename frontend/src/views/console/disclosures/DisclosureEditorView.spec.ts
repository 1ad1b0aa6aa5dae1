import { File as NodeFile } from 'node:buffer'
import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { AdminDisclosureView, KeyDomain } from '@/api/types'
import { fakeApi } from '@/test/fakeApi'
import { mountWith } from '@/test/mount'
import DisclosureEditorView from './DisclosureEditorView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())
vi.mock('@/stores/auth', () => ({
  useAuthStore: () => ({
    isAdmin: false,
    isStaff: true,
    isReviewer: false,
    department: 'public-security',
    username: 'staff-public-security',
    roles: ['staff'],
  }),
}))

const ID = '4f1c2a38-6d1e-4c55-9d2a-1b7f0c3e9a10'
const domains: KeyDomain[] = [
  {
    code: 'fiscal-budgets',
    name: '财政预决算',
    subItems: [{ code: 'department-budgets', name: '部门预决算' }],
  },
]

function view(overrides: Partial<AdminDisclosureView> = {}): AdminDisclosureView {
  return {
    id: ID,
    indexNumber: 'public-security/2026-00001',
    departmentCode: 'public-security',
    kind: 'BUDGET',
    status: 'UNPUBLISHED',
    draftState: 'EDITING',
    draft: { title: '2026年部门预算', budget: { year: 2026 } },
    current: null,
    currentVersion: null,
    deadline: {
      since: '2026-11-02',
      due: '2026-11-30',
      workingDaysLeft: 3,
      overdue: false,
      dueSoon: true,
      yearsWithoutSchedule: [2027],
    },
    ...overrides,
  }
}

beforeEach(() => {
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/key-domains$/, () => ({ body: domains }))
    .on('GET', /^\/api\/v1\/departments$/, () => ({ body: [] }))
    .on('GET', /^\/api\/v1\/admin\/disclosures$/, () => ({ body: { items: [], total: 0 } }))
    .on('GET', new RegExp(`^/api/v1/admin/disclosures/${ID}$`), () => ({
      body: view(),
      headers: { ETag: '"3"' },
    }))
})

async function open() {
  return mountWith(DisclosureEditorView, { props: { id: ID }, path: `/console/disclosures/${ID}` })
}

describe('the disclosure record editor', () => {
  it('shows the budget sections and the Art. 26 deadline with its warning', async () => {
    const { wrapper } = await open()
    expect(wrapper.get('h1').text()).toBe('2026年部门预算')
    expect(wrapper.get('#field-budget-glossary').element.tagName).toBe('TEXTAREA')
    expect(wrapper.find('#field-interprets').exists()).toBe(false)
    expect(wrapper.get('.deadline-notice').text()).toContain('5 个工作日内到期')
    expect(wrapper.get('.deadline-notice__warning').text()).toContain('2027 年')
    // sub-items grouped by their key domain
    expect(wrapper.get('.sub-item-picker__domain legend').text()).toBe('财政预决算')
  })

  it('saves the draft with If-Match and only the sections of its kind', async () => {
    fakeApi.on('PUT', /\/draft$/, (request) => ({
      body: view({ draft: request.body as AdminDisclosureView['draft'] }),
      headers: { ETag: '"4"' },
    }))
    const { wrapper } = await open()
    await wrapper.get('#field-budget-overview').setValue('部门概况')
    await wrapper.get('#field-subItems-fiscal-budgets-department-budgets').setValue(true)
    await wrapper.get('form.editor-form').trigger('submit')
    await flushPromises()
    const put = fakeApi.last('PUT', /\/draft$/)
    expect(put?.headers.get('If-Match')).toBe('"3"')
    expect(put?.body).toMatchObject({
      title: '2026年部门预算',
      subItems: ['department-budgets'],
      budget: { year: 2026, overview: '部门概况', tables: [] },
      attachments: [],
    })
    expect(wrapper.get('.editor-actions__status').text()).toBe('草稿已保存。')
  })

  it('places every rule a submission breaks (422) at its field, with a summary', async () => {
    fakeApi.on('POST', /\/submit$/, () => ({
      status: 422,
      body: {
        status: 422,
        title: 'Unprocessable',
        errors: [
          { field: 'budget.glossary', code: 'required', message: 'missing' },
          { field: 'subItems', code: 'required', message: 'missing' },
          { field: 'writtenOn', code: 'required', message: 'missing' },
        ],
      },
    }))
    const { wrapper } = await open()
    await wrapper.get('#workflow-submitNote').setValue('首次发布')
    const submit = wrapper.findAll('button').find((b) => b.text() === '提交审查')
    await submit?.trigger('click')
    await flushPromises()
    expect(fakeApi.last('POST', /\/submit$/)?.body).toEqual({ note: '首次发布' })
    expect(wrapper.get('#field-budget-glossary').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#field-budget-glossary-error').text()).toBe('此项为必填项。')
    expect(wrapper.get('#field-subItems-error').text()).toBe('此项为必填项。')
    expect(wrapper.get('.error-summary').text()).toContain('部门预决算 › 名词解释')
    expect(document.activeElement?.classList.contains('error-summary')).toBe(true)
  })

  it('keeps the edits and offers to reload when someone else changed the record (412)', async () => {
    fakeApi.on('PUT', /\/draft$/, () => ({
      status: 412,
      body: { status: 412, title: 'Precondition Failed' },
    }))
    const { wrapper } = await open()
    await wrapper.get('#field-title').setValue('改过的标题')
    await wrapper.get('form.editor-form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('.conflict-notice').text()).toContain('此记录已被他人修改')
    expect(wrapper.get<HTMLInputElement>('#field-title').element.value).toBe('改过的标题')
  })

  it('shows the server’s refusal of a file (415) at the file input', async () => {
    fakeApi.on('POST', /\/attachments$/, () => ({
      status: 415,
      body: {
        status: 415,
        title: 'Unsupported Media Type',
        errors: [{ field: 'file', code: 'unsupported-file-type', message: 'not a PDF' }],
      },
    }))
    const { wrapper } = await open()
    const input = wrapper.get<HTMLInputElement>('#field-file')
    Object.defineProperty(input.element, 'files', {
      // a file the fetch of the tests can send (jsdom's own File is not one)
      value: [new NodeFile(['"MZ"'], 'report.pdf', { type: 'application/pdf' })],
    })
    const upload = wrapper.findAll('button').find((b) => b.text() === '上传')
    await upload?.trigger('click')
    await flushPromises()
    const post = fakeApi.last('POST', /\/attachments$/)
    expect(post?.query.get('fileName')).toBe('report.pdf')
    expect(post?.headers.get('If-Match')).toBe('"3"')
    expect(post?.headers.get('Content-Type')).toBe('application/octet-stream')
    expect(wrapper.get('#field-file-error').text()).toContain('只能上传 PDF、图片或 Office 文档')
  })

  it('locks the form while the draft is in review and shows the reviewer’s note once returned', async () => {
    fakeApi.on('GET', new RegExp(`^/api/v1/admin/disclosures/${ID}$`), () => ({
      body: view({ draftState: 'IN_REVIEW', submittedBy: 'staff-public-security' }),
      headers: { ETag: '"5"' },
    }))
    const { wrapper } = await open()
    expect(wrapper.get('fieldset.editor-form__lock').attributes('disabled')).toBeDefined()
    expect(wrapper.text()).toContain('草稿正在保密审查中')

    fakeApi.on('GET', new RegExp(`^/api/v1/admin/disclosures/${ID}$`), () => ({
      body: view({ reviewNote: '第三段含个人信息，请删除' }),
      headers: { ETag: '"6"' },
    }))
    const { wrapper: returned } = await open()
    expect(returned.get('.workflow-panel').text()).toContain('退回意见：第三段含个人信息，请删除')
  })
})
