import { useApi } from '@/composables/useApi'
import { call } from './problem'
import type {
  CalendarYearCreate,
  CalendarYearSummary,
  CalendarYearUpdate,
  CalendarYearView,
  DeadlineQuery,
  WorkingDayCount,
  WorkingDaysQuery,
} from './types'
import { ifMatch, versioned, type Versioned } from './versioned'

/**
 * The working-day calendar: the official holiday schedules (public reads, the admin's editor)
 * and the counts of working days that statutory deadlines are based on.
 */

/** The years with an entered schedule, oldest first (`fresh`: revalidated, e.g. after a write). */
export async function listCalendarYears({
  fresh = false,
  signal,
}: { fresh?: boolean; signal?: AbortSignal } = {}): Promise<CalendarYearSummary[]> {
  return (
    await call(
      useApi().GET('/api/v1/calendar', { signal, ...(fresh ? { cache: 'no-cache' } : {}) }),
    )
  ).data
}

export async function getCalendarYear(
  year: number,
  signal?: AbortSignal,
): Promise<CalendarYearView> {
  return (
    await call(useApi().GET('/api/v1/calendar/{year}', { params: { path: { year } }, signal }))
  ).data
}

/** The day a period of working days starting on `from` falls due, and how it was counted. */
export async function countDeadline(
  query: DeadlineQuery,
  signal?: AbortSignal,
): Promise<WorkingDayCount> {
  return (await call(useApi().GET('/api/v1/calendar/deadline', { params: { query }, signal }))).data
}

/** The working days after `from` up to and including `to`. */
export async function countWorkingDays(
  query: WorkingDaysQuery,
  signal?: AbortSignal,
): Promise<WorkingDayCount> {
  return (await call(useApi().GET('/api/v1/calendar/working-days', { params: { query }, signal })))
    .data
}

export async function getAdminCalendarYear(
  year: number,
  signal?: AbortSignal,
): Promise<Versioned<CalendarYearView>> {
  return versioned(
    await call(
      useApi().GET('/api/v1/admin/calendar/{year}', { params: { path: { year } }, signal }),
    ),
  )
}

export async function createCalendarYear(
  body: CalendarYearCreate,
): Promise<Versioned<CalendarYearView>> {
  return versioned(await call(useApi().POST('/api/v1/admin/calendar', { body })))
}

export async function updateCalendarYear(
  year: number,
  etag: string | null,
  body: CalendarYearUpdate,
): Promise<Versioned<CalendarYearView>> {
  return versioned(
    await call(
      useApi().PUT('/api/v1/admin/calendar/{year}', {
        params: { path: { year }, header: ifMatch(etag) },
        body,
      }),
    ),
  )
}
