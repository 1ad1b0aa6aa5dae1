import { CITY_TIME_ZONE } from '@/composables/useFormat'

/** The first year the Regulation on Open Government Information was in force (2008-05-01). */
export const FIRST_REPORT_YEAR = 2008

/** The year in the city on `now`. */
export function cityYear(now: Date): number {
  return Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: CITY_TIME_ZONE, year: 'numeric' }).format(now),
  )
}

/** The years a report can be asked for, newest first: this year (counted so far) down to 2008. */
export function reportYears(now: Date): number[] {
  const last = cityYear(now)
  return Array.from({ length: Math.max(last - FIRST_REPORT_YEAR + 1, 1) }, (_, i) => last - i)
}

/** The year shown first: last year, the latest one whose report is due. */
export function defaultReportYear(now: Date): number {
  return Math.max(cityYear(now) - 1, FIRST_REPORT_YEAR)
}

/** The years of the year-over-year charts: `year` and up to four before it, oldest first, from 2008. */
export function trendYears(year: number, span = 5): number[] {
  const first = Math.max(FIRST_REPORT_YEAR, year - span + 1)
  return Array.from({ length: year - first + 1 }, (_, i) => first + i)
}
