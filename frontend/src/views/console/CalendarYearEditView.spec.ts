import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '@/test/fakeApi'
import { calendar2026, calendarYears } from '@/test/fixtures'
import { mountWith } from '@/test/mount'
import CalendarYearEditView from './CalendarYearEditView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())
vi.mock('@/stores/auth', () => ({
  useAuthStore: () => ({ isAdmin: true, department: 'gov-office' }),
}))

beforeEach(() => {
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/calendar$/, () => ({ body: calendarYears }))
    .on('GET', /^\/api\/v1\/admin\/calendar\/2026$/, () => ({
      body: calendar2026,
      headers: { ETag: '"7"' },
    }))
})

async function openYear() {
  const { wrapper, router } = await mountWith(CalendarYearEditView, {
    props: { year: '2026' },
    path: '/console/calendar/2026',
  })
  return { wrapper, router }
}

const invalid = (errors: { field: string; code: string; message: string }[]) => () => ({
  status: 400,
  body: { status: 400, title: 'Invalid request', errors },
})

describe('the working-day calendar editor (admin)', () => {
  it('replaces the schedule with If-Match and shows what the server kept', async () => {
    fakeApi.on('PUT', /^\/api\/v1\/admin\/calendar\/2026$/, (request) => ({
      body: { ...calendar2026, ...(request.body as object) },
      headers: { ETag: '"8"' },
    }))
    const { wrapper } = await openYear()
    expect(wrapper.get('h1').text()).toBe('2026 年节假日安排')
    expect(wrapper.get<HTMLInputElement>('#field-days-3-date').element.value).toBe('2026-10-10')
    // the weekday beside each date helps to enter make-up days (Saturdays and Sundays)
    expect(wrapper.get('#field-days-3-date-hint').text()).toBe('星期六')
    // days have no order of their own: no move buttons
    expect(wrapper.find('#field-days-0-up').exists()).toBe(false)

    await wrapper.get('#field-days-add').trigger('click')
    await flushPromises()
    // a new row continues the last one
    expect(wrapper.get<HTMLInputElement>('#field-days-4-date').element.value).toBe('2026-10-11')
    await wrapper.get('#field-days-4-name').setValue('测试')
    await wrapper.get('#field-days-1-remove').trigger('click')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const put = fakeApi.last('PUT', /calendar/)
    expect(put?.headers.get('If-Match')).toBe('"7"')
    expect(put?.body).toEqual({
      source: calendar2026.source,
      days: [
        { date: '2026-10-01', kind: 'HOLIDAY', name: '国庆节' },
        { date: '2026-10-03', kind: 'HOLIDAY', name: '国庆节' },
        { date: '2026-10-10', kind: 'WORKDAY', name: '国庆节调休上班' },
        { date: '2026-10-11', kind: 'WORKDAY', name: '测试' },
      ],
    })
    expect(wrapper.get('.form-actions__status').text()).toBe('已保存。')
  })

  it('shows each field error of the server next to the row it names', async () => {
    fakeApi.on(
      'PUT',
      /calendar/,
      invalid([
        { field: 'days[1].date', code: 'duplicate', message: 'listed twice' },
        { field: 'days[3].date', code: 'workday-not-weekend', message: 'not a weekend day' },
        { field: 'days[2]', code: 'null-element', message: 'null' },
      ]),
    )
    const { wrapper } = await openYear()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#field-days-1-date').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#field-days-1-date-error').text()).toBe('这个日期已经列出过。')
    expect(wrapper.get('#field-days-1-date').attributes('aria-describedby')).toContain(
      'field-days-1-date-error',
    )
    expect(wrapper.get('#field-days-3-date-error').text()).toBe('调休上班日必须是周六或周日。')
    expect(wrapper.get('#field-days-2-error').text()).toBe('此项不能为空。')
    expect(wrapper.find('#field-days-0-date').attributes('aria-invalid')).toBeUndefined()
    expect(document.activeElement?.id).toBe('field-days-1-date')
  })

  it('says when someone else changed the year meanwhile, and keeps the edits', async () => {
    fakeApi.on('PUT', /calendar/, () => ({
      status: 412,
      headers: { ETag: '"9"' },
      body: { status: 412, title: 'Changed by someone else' },
    }))
    const { wrapper } = await openYear()
    await wrapper.get('#field-source').setValue('更正')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('.conflict-notice').text()).toContain('此年度的安排已被他人修改')
    expect(wrapper.get<HTMLInputElement>('#field-source').element.value).toBe('更正')
  })
})

describe('entering a new year', () => {
  async function openNew(year = '2027') {
    return mountWith(CalendarYearEditView, { path: `/console/calendar/new?year=${year}` })
  }

  it('creates the year with POST and opens it', async () => {
    fakeApi.on('POST', /^\/api\/v1\/admin\/calendar$/, (request) => {
      const body = request.body as { year: number; schedule: object }
      return { status: 201, body: { year: body.year, ...body.schedule }, headers: { ETag: '"0"' } }
    })
    const { wrapper, router } = await openNew()
    expect(wrapper.get('h1').text()).toBe('录入新年度的节假日安排')
    expect(wrapper.get<HTMLInputElement>('#field-year').element.value).toBe('2027')
    await wrapper.get('#field-source').setValue('国务院办公厅关于2027年部分节假日安排的通知')
    await wrapper.get('#field-days-add').trigger('click')
    await flushPromises()
    await wrapper.get('#field-days-0-date').setValue('2027-01-01')
    await wrapper.get('#field-days-0-name').setValue('元旦')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(fakeApi.last('POST', /calendar/)?.body).toEqual({
      year: 2027,
      schedule: {
        source: '国务院办公厅关于2027年部分节假日安排的通知',
        days: [{ date: '2027-01-01', kind: 'HOLIDAY', name: '元旦' }],
      },
    })
    expect(router.currentRoute.value.path).toBe('/console/calendar/2027')
  })

  it('places the errors of a new schedule (schedule.days[i]) at the rows too', async () => {
    fakeApi.on(
      'POST',
      /calendar/,
      invalid([{ field: 'schedule.days[0].date', code: 'other-year', message: 'not in 2027' }]),
    )
    const { wrapper } = await openNew()
    await wrapper.get('#field-source').setValue('通知')
    await wrapper.get('#field-days-add').trigger('click')
    await flushPromises()
    await wrapper.get('#field-days-0-date').setValue('2028-01-01')
    await wrapper.get('#field-days-0-name').setValue('元旦')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#field-days-0-date-error').text()).toBe('这个日期不在该年度内。')
  })

  it('does not send a year that is entered already', async () => {
    const { wrapper } = await openNew('2026')
    await wrapper.get('#field-source').setValue('通知')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(fakeApi.last('POST', /calendar/)).toBeUndefined()
    expect(wrapper.get('#field-year-error').text()).toBe(
      '这个年度的安排已经录入，请在列表中打开它修改。',
    )
  })
})
