import type {
  CalendarDayKind,
  CalendarYearSummary,
  CalendarYearUpdate,
  CalendarYearView,
  FieldError,
} from '@/api/types'
import { isIsoDate, nextDate } from './calendarDays'
import { anchorPath, shownBy } from './fieldPaths'

/** One row of the schedule editor: a holiday or a make-up working day. */
export interface CalendarDayRow {
  date: string
  kind: CalendarDayKind
  name: string
}

/** The schedule editor's values: the notice it comes from and its days. */
export interface CalendarForm {
  source: string
  days: CalendarDayRow[]
}

export const MIN_YEAR = 1900
export const MAX_YEAR = 9999

export function toCalendarForm(view: CalendarYearView | null): CalendarForm {
  return {
    source: view?.source ?? '',
    days: (view?.days ?? []).map((d) => ({ date: d.date, kind: d.kind, name: d.name })),
  }
}

/**
 * What is sent: trimmed, the rows in the order the form shows them (the API's errors name a
 * row by its index in the request, `days[3].date`; the server keeps the days in date order).
 */
export function toCalendarUpdate(form: CalendarForm): CalendarYearUpdate {
  return {
    source: form.source.trim(),
    days: form.days.map((d) => ({ date: d.date, kind: d.kind, name: d.name.trim() })),
  }
}

/**
 * The row "add a day" creates: the day after the last row, of the same kind and name (a
 * holiday period is entered day by day), or an empty holiday when there is none.
 */
export function nextDayRow(days: readonly CalendarDayRow[]): CalendarDayRow {
  const last = days[days.length - 1]
  const date = last ? nextDate(last.date) : null
  return last && date
    ? { date, kind: last.kind, name: last.name }
    : { date: '', kind: 'HOLIDAY', name: '' }
}

/** The paths the editor shows a field (or a row, or the list) for. */
const isShown = shownBy([
  'year',
  'source',
  'days',
  'days[]',
  'days[].date',
  'days[].kind',
  'days[].name',
])

/**
 * Where an API error is shown: `days[3].date` at that row's date, `days[3]` at the row, `days`
 * at the list. A new year's errors name the schedule inside the request (`schedule.days[3].date`).
 */
export function calendarFieldOf(path: string): string | null {
  return anchorPath(path.replace(/^schedule\./, ''), isShown)
}

/**
 * The checks of what the form itself can tell (missing values, a year already entered) before
 * anything is sent. The schedule's rules (a day in another year, a date twice, a make-up day
 * that is no weekend day) are the API's: its errors are placed at the rows.
 */
export function checkCalendarForm(
  form: CalendarForm,
  newYear?: { year: number | undefined; entered: readonly CalendarYearSummary[] },
): FieldError[] {
  const found: FieldError[] = []
  const add = (field: string, code: string) => found.push({ field, code, message: '' })
  if (newYear) {
    const { year, entered } = newYear
    if (year === undefined) add('year', 'required')
    else if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
      add('year', 'out-of-range')
    else if (entered.some((y) => y.year === year)) add('year', 'year-entered')
  }
  if (!form.source.trim()) add('source', 'required')
  form.days.forEach((day, i) => {
    if (!day.date) add(`days[${i}].date`, 'required')
    else if (!isIsoDate(day.date)) add(`days[${i}].date`, 'invalid')
    if (!day.name.trim()) add(`days[${i}].name`, 'required')
  })
  return found
}
