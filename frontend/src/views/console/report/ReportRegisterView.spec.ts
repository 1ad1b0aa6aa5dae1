import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '@/test/fakeApi'
import { departments } from '@/test/fixtures'
import { mountWith } from '@/test/mount'
import { annualReport } from '@/test/reportFixtures'
import ReportRegisterView from './ReportRegisterView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())
const auth = vi.hoisted(() => ({ isAdmin: true, department: 'gov-office', roles: ['admin'] }))
vi.mock('@/stores/auth', () => ({ useAuthStore: () => auth }))

const REGISTER = /^\/api\/v1\/admin\/reports\/2017\/register\/public-security$/
const never = {
  year: 2017,
  departmentCode: 'public-security',
  licensing: null,
  punishment: null,
  coercion: null,
  fees: null,
  enteredBy: null,
  enteredAt: null,
}

beforeEach(() => {
  auth.isAdmin = true
  auth.department = 'gov-office'
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/departments$/, () => ({ body: departments }))
    .on('GET', /^\/api\/v1\/reports\/2017$/, (request) => ({
      body: annualReport(2017, request.query.get('department')),
    }))
    .on('GET', REGISTER, () => ({ body: never, headers: { ETag: '"-1"' } }))
})

const PATH = '/console/report?year=2017&department=public-security'

describe('the register of the annual report (console)', () => {
  it('enters figures never entered with If-Match "-1", then saves with the new version', async () => {
    let version = -1
    fakeApi.on('PUT', REGISTER, (request) => {
      version += 1
      return {
        body: {
          ...never,
          ...(request.body as object),
          enteredBy: 'admin',
          enteredAt: '2018-01-10T02:00:00Z',
        },
        headers: { ETag: `"${version}"` },
      }
    })
    const { wrapper } = await mountWith(ReportRegisterView, { path: PATH })
    expect(wrapper.get('[data-state="entered"]').text()).toBe('尚未填报：保存即首次填报。')
    expect(wrapper.get('[data-due="department"]').text()).toContain('2018年1月31日')
    expect(wrapper.get('[data-due="city"]').text()).toContain('2018年3月31日')

    await wrapper.get('#field-licensing').setValue('1520')
    await wrapper.get('#field-fees').setValue('356.2')
    await wrapper.get('.register-form').trigger('submit')
    await flushPromises()
    const first = fakeApi.last('PUT', REGISTER)
    expect(first?.headers.get('If-Match')).toBe('"-1"')
    expect(first?.body).toEqual({ licensing: 1520, punishment: null, coercion: null, fees: 356.2 })
    expect(wrapper.get('.register-form .form-actions__status').text()).toBe('已首次填报并保存。')
    expect(wrapper.get('[data-state="entered"]').text()).toContain('最近一次由 admin 于')
    expect((wrapper.get('#field-fees').element as HTMLInputElement).value).toBe('356.20')

    await wrapper.get('#field-coercion').setValue('12')
    await wrapper.get('.register-form').trigger('submit')
    await flushPromises()
    expect(fakeApi.last('PUT', REGISTER)?.headers.get('If-Match')).toBe('"0"')
    expect(wrapper.get('.register-form .form-actions__status').text()).toBe('已保存。')
  })

  it('shows the computed figures beside the entered ones, marked as counted', async () => {
    const { wrapper } = await mountWith(ReportRegisterView, { path: PATH })
    expect(fakeApi.last('GET', /^\/api\/v1\/reports\/2017$/)?.query.get('department')).toBe(
      'public-security',
    )
    const received = wrapper.get('[data-row="received"]')
    expect(received.findAll('td').map((c) => c.text())).toEqual(['51', '统计'])
    expect(wrapper.get('[data-row="REGULATION-inForce"] td').text()).toBe('14')
  })

  it('names the field of an amount it refuses, and sends nothing', async () => {
    const { wrapper } = await mountWith(ReportRegisterView, { path: PATH })
    await wrapper.get('#field-fees').setValue('12.345')
    await wrapper.get('.register-form').trigger('submit')
    await flushPromises()
    expect(fakeApi.last('PUT', REGISTER)).toBeUndefined()
    const summary = wrapper.get('.error-summary')
    expect(summary.text()).toContain('行政事业性收费 本年收费金额（万元）')
    expect(summary.text()).toContain('请填写数字，最多两位小数。')
    expect(document.activeElement).toBe(summary.element)
    const input = wrapper.get('#field-fees')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toContain('field-fees-error')
  })

  it('keeps the edits and says so when someone else saved meanwhile (412)', async () => {
    fakeApi.on('PUT', REGISTER, () => ({
      status: 412,
      body: { status: 412, title: 'Precondition Failed' },
      headers: { ETag: '"3"' },
    }))
    const { wrapper } = await mountWith(ReportRegisterView, { path: PATH })
    await wrapper.get('#field-punishment').setValue('830')
    await wrapper.get('.register-form').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('这些数据已被他人修改')
    expect((wrapper.get('#field-punishment').element as HTMLInputElement).value).toBe('830')
  })

  it('keeps staff to their own department, whatever the URL says', async () => {
    auth.isAdmin = false
    auth.department = 'natural-resources'
    fakeApi.on('GET', /register\/natural-resources$/, () => ({
      body: { ...never, departmentCode: 'natural-resources', licensing: 3 },
      headers: { ETag: '"4"' },
    }))
    const { wrapper } = await mountWith(ReportRegisterView, { path: PATH })
    expect(fakeApi.last('GET', REGISTER)).toBeUndefined()
    expect(fakeApi.last('GET', /register\/natural-resources$/)).toBeDefined()
    expect(wrapper.find('#console-report-department').exists()).toBe(false)
    expect((wrapper.get('#field-licensing').element as HTMLInputElement).value).toBe('3')
    expect(wrapper.get('[data-state="entered"]').text()).not.toContain('尚未填报')
  })

  it('offers admins the city, whose report has written parts but no register of its own', async () => {
    fakeApi.on('GET', /^\/api\/v1\/admin\/reports\/2017\/texts\/city$/, () => ({
      body: {
        year: 2017,
        departmentCode: null,
        overview: '<p>全市总体情况</p>',
        problems: '',
        other: '',
      },
      headers: { ETag: '"2"' },
    }))
    const { wrapper } = await mountWith(ReportRegisterView, {
      path: '/console/report?year=2017&department=city',
    })
    const department = wrapper.get('#console-report-department')
    expect(department.findAll('option').map((o) => o.attributes('value'))[0]).toBe('city')
    expect((department.element as HTMLSelectElement).value).toBe('city')
    expect(wrapper.find('.register-form').exists()).toBe(false)
    expect(fakeApi.last('GET', /\/register\//)).toBeUndefined()
    expect(wrapper.get('[data-state="city"]').text()).toContain('各部门的合计')
    expect(wrapper.find('[data-due="department"]').exists()).toBe(false)
    expect(wrapper.get('[data-due="city"]').text()).toContain('2018年3月31日')
    // the city's figures are the sums: the report without a department
    expect(fakeApi.last('GET', /^\/api\/v1\/reports\/2017$/)?.query.has('department')).toBe(false)
    expect((wrapper.get('#field-text-overview').element as HTMLTextAreaElement).value).toBe(
      '全市总体情况',
    )
    expect(wrapper.text()).toContain('市政府办公室撰写')
  })

  it('opens the chosen year and department from the form, in the URL', async () => {
    const { wrapper, router } = await mountWith(ReportRegisterView, { path: PATH })
    await wrapper.get('#console-report-year').setValue('2016')
    await wrapper.get('#console-report-department').setValue('city')
    await wrapper.get('.report-scope').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ year: '2016', department: 'city' })
  })
})
