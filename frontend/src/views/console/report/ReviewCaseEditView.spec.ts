import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '@/test/fakeApi'
import { departments } from '@/test/fixtures'
import { mountWith } from '@/test/mount'
import ReviewCaseEditView from './ReviewCaseEditView.vue'
import ReviewCasesView from './ReviewCasesView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())
vi.mock('@/stores/auth', () => ({
  useAuthStore: () => ({ isAdmin: false, department: 'public-security', roles: ['staff'] }),
}))

const ID = '0b6f4b8e-5d7a-4a43-9a39-3f0f6f1c2a11'
const saved = {
  id: ID,
  departmentCode: 'public-security',
  applicationId: null,
  kind: 'REVIEW',
  filedOn: '2017-03-01',
  result: 'PENDING',
  decidedOn: null,
  note: null,
}

beforeEach(() => {
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/departments$/, () => ({ body: departments }))
    .on('GET', /^\/api\/v1\/admin\/reports\/review-cases\/[^/]+$/, () => ({
      body: saved,
      headers: { ETag: '"0"' },
    }))
})

describe('a review or lawsuit (console)', () => {
  it('registers one for the staff member’s department and opens it', async () => {
    fakeApi.on('POST', /^\/api\/v1\/admin\/reports\/review-cases$/, (request) => ({
      status: 201,
      body: { ...saved, ...(request.body as object) },
      headers: { ETag: '"0"' },
    }))
    const { wrapper, router } = await mountWith(ReviewCaseEditView, {
      path: '/console/report/review-cases/new',
    })
    // staff can only choose their own department, and it is chosen already
    const options = wrapper
      .findAll('#field-departmentCode option')
      .map((o) => o.attributes('value'))
    expect(options).toEqual(['public-security'])
    await wrapper.get('#field-kind').setValue('LAWSUIT_DIRECT')
    await wrapper.get('#field-filedOn').setValue('2017-03-01')
    await wrapper.get('form.case-form').trigger('submit')
    await flushPromises()
    expect(fakeApi.last('POST', /review-cases$/)?.body).toEqual({
      departmentCode: 'public-security',
      applicationId: null,
      kind: 'LAWSUIT_DIRECT',
      filedOn: '2017-03-01',
      result: 'PENDING',
      decidedOn: null,
      note: null,
    })
    expect(router.currentRoute.value.path).toBe(`/console/report/review-cases/${ID}`)
  })

  it('records a result with If-Match, and asks for its day first', async () => {
    fakeApi.on('PUT', /review-cases\/[^/]+$/, (request) => ({
      body: { ...saved, ...(request.body as object) },
      headers: { ETag: '"1"' },
    }))
    const { wrapper } = await mountWith(ReviewCaseEditView, {
      props: { id: ID },
      path: `/console/report/review-cases/${ID}`,
    })
    expect(wrapper.find('#field-kind').exists()).toBe(false)
    expect(wrapper.get('.case-facts').text()).toContain('行政复议')

    await wrapper.get('#field-result').setValue('UPHELD')
    await wrapper.get('form.case-form').trigger('submit')
    await flushPromises()
    expect(fakeApi.last('PUT', /review-cases/)).toBeUndefined()
    expect(wrapper.get('.error-summary').text()).toContain(
      '审结日期：有结果的案件必须填写审结日期。',
    )
    expect(wrapper.get('#field-decidedOn').attributes('aria-invalid')).toBe('true')

    await wrapper.get('#field-decidedOn').setValue('2017-05-20')
    await wrapper.get('form.case-form').trigger('submit')
    await flushPromises()
    const put = fakeApi.last('PUT', /review-cases/)
    expect(put?.headers.get('If-Match')).toBe('"0"')
    expect(put?.body).toEqual({ result: 'UPHELD', decidedOn: '2017-05-20', note: null })
    expect(wrapper.get('.form-actions__status').text()).toBe('已保存。')
  })
})

describe('the register of reviews and lawsuits (console)', () => {
  it('lists the department’s cases, newest filing first, each with a link to record its result', async () => {
    fakeApi.on('GET', /^\/api\/v1\/admin\/reports\/review-cases$/, () => ({
      body: [
        saved,
        {
          ...saved,
          id: 'x2',
          filedOn: '2017-06-02',
          kind: 'LAWSUIT_AFTER_REVIEW',
          result: 'CORRECTED',
          decidedOn: '2017-09-01',
        },
      ],
    }))
    const { wrapper } = await mountWith(ReviewCasesView, { path: '/console/report/review-cases' })
    expect(fakeApi.last('GET', /review-cases$/)?.query.get('department')).toBe('public-security')
    const rows = wrapper.findAll('tbody tr')
    expect(rows.map((r) => r.get('th').text())).toEqual(['2017年6月2日', '2017年3月1日'])
    expect(rows[0]?.text()).toContain('行政诉讼（复议后起诉）')
    expect(rows[0]?.text()).toContain('结果纠正')
    expect(rows[1]?.get('a').attributes('href')).toBe(`/console/report/review-cases/${ID}`)
    expect(rows[1]?.get('a').attributes('aria-label')).toBe('修改 2017年3月1日 立案的案件的结果')
  })
})
