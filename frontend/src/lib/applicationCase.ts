import type { ApplicationState, OfficeApplicationSummary, TimelineEntry } from '@/api/types'

/** States in which the office still has to act (the clock runs, or stands for a correction). */
export const OPEN_STATES: readonly ApplicationState[] = [
  'RECEIVED',
  'AWAITING_CORRECTION',
  'IN_PROGRESS',
  'IN_CONSULTATION',
  'AWAITING_FEE',
]

export function isOpen(state: ApplicationState | undefined): boolean {
  return state !== undefined && OPEN_STATES.includes(state)
}

/**
 * The day the reply clock last started: the day the corrected application arrived (Art. 30:
 * the 20 working days count from then), else the receipt date.
 */
export function clockStart(
  receivedOn: string | undefined,
  timeline: readonly TimelineEntry[] | undefined,
): string | undefined {
  const corrected = (timeline ?? [])
    .filter((e) => e.kind === 'CORRECTION_RECEIVED' && e.on)
    .map((e) => e.on as string)
    .sort()
  return corrected[corrected.length - 1] ?? receivedOn
}

/** The correction the office asked for (its note), if one was asked. */
export function correctionRequest(
  timeline: readonly TimelineEntry[] | undefined,
): TimelineEntry | undefined {
  return (timeline ?? []).filter((e) => e.kind === 'CORRECTION_REQUESTED').at(-1)
}

export type DueMark = 'overdue' | 'due-soon' | null

/**
 * An inbox row's mark: overdue when its reply deadline has passed, due soon when it falls within
 * the next 5 working days (`dueSoonLimit`: the 5th working day after today, from the calendar),
 * none for closed cases or while the clock stands. ISO dates compare as strings.
 */
export function dueMark(
  summary: Pick<OfficeApplicationSummary, 'state' | 'replyDue'>,
  today: string,
  dueSoonLimit: string | null,
): DueMark {
  if (!isOpen(summary.state) || !summary.replyDue) return null
  if (summary.replyDue < today) return 'overdue'
  if (dueSoonLimit && summary.replyDue <= dueSoonLimit) return 'due-soon'
  return null
}

/** Today in the city (Asia/Shanghai), as an ISO date. */
export function cityToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now)
}
