import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '@/test/fakeApi'
import { calendar2026, calendarYears, deadlineAcrossNationalDay } from '@/test/fixtures'
import { mountWith } from '@/test/mount'
import CalendarView from './CalendarView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())

beforeEach(() => {
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/calendar$/, () => ({ body: calendarYears }))
    .on('GET', /^\/api\/v1\/calendar\/2026$/, () => ({ body: calendar2026 }))
    .on('GET', /^\/api\/v1\/calendar\/deadline$/, () => ({ body: deadlineAcrossNationalDay }))
})

describe('the public working-day calendar', () => {
  it('lists the years with their counts, and the chosen year’s holidays', async () => {
    const { wrapper } = await mountWith(CalendarView, { path: '/calendar?year=2026' })
    const rows = wrapper.findAll('.calendar-years tbody tr')
    expect(rows.map((r) => r.get('th').text())).toEqual(['2017 年', '2026 年'])
    expect(rows[1]?.findAll('td').map((c) => c.text())).toEqual([
      '国务院办公厅关于2026年部分节假日安排的通知',
      '33',
      '6',
    ])
    expect(rows[1]?.get('a').attributes('aria-current')).toBe('true')
    expect(wrapper.get('#calendar-schedule').text()).toBe('2026 年节假日安排')
    const schedule = wrapper.findAll('.calendar-schedule tbody tr').map((r) => r.text())
    expect(schedule).toEqual([
      '国庆节放假2026年10月1日至2026年10月3日3 天',
      '国庆节调休上班调休上班2026年10月10日1 天',
    ])
    // the note on years without a schedule is always there
    expect(wrapper.text()).toContain('未列出的年度尚未录入节假日安排')
  })

  it('calculates a deadline and explains it', async () => {
    const { wrapper } = await mountWith(CalendarView, { path: '/calendar' })
    await wrapper.get('#deadline-from').setValue('2026-09-27')
    await wrapper.get('#deadline-workingDays').setValue('20')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const request = fakeApi.last('GET', /deadline/)
    expect(request?.query.get('from')).toBe('2026-09-27')
    expect(request?.query.get('workingDays')).toBe('20')
    expect(wrapper.get('.working-day-count__result').text()).toBe('2026年10月29日（星期四）')
    expect(wrapper.get('[role="status"]').text()).toBe('截止日期：2026年10月29日（星期四）')
  })

  it('shows the server’s objection at the field', async () => {
    fakeApi.on('GET', /^\/api\/v1\/calendar\/deadline$/, () => ({
      status: 400,
      body: {
        status: 400,
        title: 'Invalid request',
        errors: [{ field: 'from', code: 'out-of-range', message: 'too late' }],
      },
    }))
    const { wrapper } = await mountWith(CalendarView, { path: '/calendar' })
    await wrapper.get('#deadline-from').setValue('9999-01-01')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#deadline-from').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#deadline-from-error').text()).toBe('数值超出允许范围。')
    expect(wrapper.find('.working-day-count').exists()).toBe(false)
  })
})
