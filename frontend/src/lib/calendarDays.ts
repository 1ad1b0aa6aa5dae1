import type { CalendarDay, CalendarDayKind, CalendarYearSummary } from '@/api/types'

/**
 * Dates of the working-day calendar are ISO 8601 calendar days (`2027-01-01`), compared and
 * stepped as such: no time of day, no time zone.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** The date as an ISO day, or null when it is not one (`2027-02-30` is not). */
function parse(date: string): Date | null {
  const m = ISO_DATE.exec(date)
  if (!m) return null
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toISOString().slice(0, 10) === date ? d : null
}

export function isIsoDate(value: string): boolean {
  return parse(value) !== null
}

/** The day after: `2026-12-31` → `2027-01-01` (null for what is not a date). */
export function nextDate(date: string): string | null {
  const d = parse(date)
  if (!d) return null
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/** Consecutive days of one kind and name: a holiday period (国庆节 10月1日–7日) or one day. */
export interface DayRun {
  kind: CalendarDayKind
  name: string
  first: string
  last: string
  /** Days in the run. */
  days: number
}

/**
 * The days in date order, consecutive days with the same kind and name taken together, so
 * that a schedule reads as the State Council's notice does ("10月1日至7日放假").
 */
export function groupDays(days: readonly CalendarDay[]): DayRun[] {
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date))
  const runs: DayRun[] = []
  for (const day of sorted) {
    const run = runs[runs.length - 1]
    if (run && run.kind === day.kind && run.name === day.name && nextDate(run.last) === day.date) {
      run.last = day.date
      run.days += 1
    } else {
      runs.push({ kind: day.kind, name: day.name, first: day.date, last: day.date, days: 1 })
    }
  }
  return runs
}

/**
 * The years deadlines are counted in now (this year and the next) that have no schedule yet:
 * the ones to enter first.
 */
export function yearsToEnter(entered: readonly CalendarYearSummary[], today: Date): number[] {
  const known = new Set(entered.map((y) => y.year))
  const year = today.getFullYear()
  return [year, year + 1].filter((y) => !known.has(y))
}

/** The year to show first: this year when it is entered, else the newest entered one. */
export function defaultYear(entered: readonly CalendarYearSummary[], today: Date): number | null {
  const years = entered.map((y) => y.year).filter((y): y is number => typeof y === 'number')
  if (years.includes(today.getFullYear())) return today.getFullYear()
  return years.length ? Math.max(...years) : null
}
