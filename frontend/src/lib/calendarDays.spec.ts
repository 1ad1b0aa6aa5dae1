import { describe, expect, it } from 'vitest'
import type { CalendarDay } from '@/api/types'
import { calendarYears } from '@/test/fixtures'
import { defaultYear, groupDays, isIsoDate, nextDate, yearsToEnter } from './calendarDays'

const holiday = (date: string, name: string): CalendarDay => ({ date, kind: 'HOLIDAY', name })
const workday = (date: string, name: string): CalendarDay => ({ date, kind: 'WORKDAY', name })

describe('calendar days', () => {
  it('steps to the next day across months, years and leap days', () => {
    expect(nextDate('2026-12-31')).toBe('2027-01-01')
    expect(nextDate('2028-02-28')).toBe('2028-02-29')
    expect(nextDate('2027-02-28')).toBe('2027-03-01')
    expect(nextDate('not a date')).toBeNull()
    expect(isIsoDate('2027-02-30')).toBe(false)
    expect(isIsoDate('2027-02-28')).toBe(true)
  })

  it('reads a schedule as the notice does: consecutive days of one holiday together', () => {
    const runs = groupDays([
      holiday('2026-10-03', '国庆节'),
      holiday('2026-10-01', '国庆节'),
      workday('2026-10-10', '国庆节调休上班'),
      holiday('2026-10-02', '国庆节'),
      holiday('2026-10-05', '国庆节'),
      holiday('2026-10-04', '中秋节'),
    ])
    expect(runs).toEqual([
      { kind: 'HOLIDAY', name: '国庆节', first: '2026-10-01', last: '2026-10-03', days: 3 },
      { kind: 'HOLIDAY', name: '中秋节', first: '2026-10-04', last: '2026-10-04', days: 1 },
      { kind: 'HOLIDAY', name: '国庆节', first: '2026-10-05', last: '2026-10-05', days: 1 },
      { kind: 'WORKDAY', name: '国庆节调休上班', first: '2026-10-10', last: '2026-10-10', days: 1 },
    ])
    expect(groupDays([])).toEqual([])
  })

  it('names this year and the next when they have no schedule yet', () => {
    expect(yearsToEnter(calendarYears, new Date('2026-12-01T10:00:00Z'))).toEqual([2027])
    expect(yearsToEnter(calendarYears, new Date('2025-06-01T10:00:00Z'))).toEqual([2025])
    expect(yearsToEnter([], new Date('2026-06-01T10:00:00Z'))).toEqual([2026, 2027])
  })

  it('shows this year first when it is entered, else the newest year', () => {
    expect(defaultYear(calendarYears, new Date('2026-12-01T10:00:00Z'))).toBe(2026)
    expect(defaultYear(calendarYears, new Date('2030-01-01T10:00:00Z'))).toBe(2026)
    expect(defaultYear(calendarYears, new Date('2017-05-01T10:00:00Z'))).toBe(2017)
    expect(defaultYear([], new Date())).toBeNull()
  })
})
