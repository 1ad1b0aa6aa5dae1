import { describe, expect, it } from 'vitest'
import { calendar2026, calendarYears } from '@/test/fixtures'
import {
  calendarFieldOf,
  checkCalendarForm,
  nextDayRow,
  toCalendarForm,
  toCalendarUpdate,
} from './calendarForm'

describe('the calendar form', () => {
  it('sends the rows in the order shown, trimmed (errors name rows by their index)', () => {
    const form = toCalendarForm(calendar2026)
    form.source = '  更正后的通知 '
    form.days.unshift({ date: '2026-12-31', kind: 'HOLIDAY', name: ' 测试 ' })
    const update = toCalendarUpdate(form)
    expect(update.source).toBe('更正后的通知')
    expect(update.days[0]).toEqual({ date: '2026-12-31', kind: 'HOLIDAY', name: '测试' })
    expect(update.days.map((d) => d.date)).toEqual([
      '2026-12-31',
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-10',
    ])
    expect(toCalendarForm(null)).toEqual({ source: '', days: [] })
  })

  it('adds the day after the last row, of the same holiday', () => {
    expect(nextDayRow([])).toEqual({ date: '', kind: 'HOLIDAY', name: '' })
    expect(nextDayRow([{ date: '2027-09-30', kind: 'HOLIDAY', name: '国庆节' }])).toEqual({
      date: '2027-10-01',
      kind: 'HOLIDAY',
      name: '国庆节',
    })
    expect(nextDayRow([{ date: '', kind: 'WORKDAY', name: '调休' }])).toEqual({
      date: '',
      kind: 'HOLIDAY',
      name: '',
    })
  })

  it('places an API error at the row it names, for a new year as for an update', () => {
    expect(calendarFieldOf('days[3].date')).toBe('days[3].date')
    expect(calendarFieldOf('schedule.days[3].date')).toBe('days[3].date')
    expect(calendarFieldOf('schedule.days[2]')).toBe('days[2]')
    expect(calendarFieldOf('days[2].unknown')).toBe('days[2]')
    expect(calendarFieldOf('schedule.source')).toBe('source')
    expect(calendarFieldOf('year')).toBe('year')
    expect(calendarFieldOf('body')).toBeNull()
  })

  it('checks what is missing, and that a new year is not entered already', () => {
    const form = {
      source: ' ',
      days: [
        { date: '', kind: 'HOLIDAY' as const, name: '元旦' },
        { date: '2027-01-02', kind: 'HOLIDAY' as const, name: '' },
      ],
    }
    const codes = (year?: number) =>
      checkCalendarForm(form, { year, entered: calendarYears }).map((e) => `${e.field}:${e.code}`)
    expect(codes(2026)).toEqual([
      'year:year-entered',
      'source:required',
      'days[0].date:required',
      'days[1].name:required',
    ])
    expect(codes(undefined)[0]).toBe('year:required')
    expect(codes(1800)[0]).toBe('year:out-of-range')
    expect(codes(2027)[0]).toBe('source:required')
    expect(checkCalendarForm(toCalendarForm(calendar2026))).toEqual([])
  })
})
