import { useI18n } from 'vue-i18n'
import type { TimeLimit } from '@/api/types'
import type { AppLocale } from '@/i18n'

/** Dates are shown in the city's time zone, whatever the reader's device says. */
export const CITY_TIME_ZONE = 'Asia/Shanghai'

const INTL_LOCALE: Readonly<Record<AppLocale, string>> = {
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-TW',
  en: 'en-GB',
}

export interface UseFormat {
  /** "2025年4月24日" / "24 April 2025" (city time); '' for nothing. */
  date: (value: string | null | undefined) => string
  /** "2025年4月24日 15:21" (city time). */
  dateTime: (value: string | null | undefined) => string
  /** "星期四" / "Thursday" (city time); '' for nothing. */
  weekday: (value: string | null | undefined) => string
  /** "2026年10月1日至2026年10月8日", or one date when both are the same day. */
  dateRange: (first: string, last: string) => string
  /** "5 个工作日" / "5 working days". */
  timeLimit: (limit: TimeLimit | null | undefined) => string
  /** A file's size: "180 KB", "1.2 MB" in the interface language. */
  bytes: (bytes: number) => string
}

function parse(value: string | null | undefined): Date | null {
  if (!value) return null
  // a plain date (2027-01-01) is a calendar day, not midnight UTC
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? new Date(`${value}T12:00:00+08:00`)
    : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

export function useFormat(): UseFormat {
  const { t, locale } = useI18n()
  const intl = () => INTL_LOCALE[locale.value as AppLocale] ?? 'zh-CN'

  function date(value: string | null | undefined): string {
    const d = parse(value)
    return d
      ? new Intl.DateTimeFormat(intl(), { dateStyle: 'long', timeZone: CITY_TIME_ZONE }).format(d)
      : ''
  }

  return {
    date,
    dateTime(value) {
      const d = parse(value)
      return d
        ? new Intl.DateTimeFormat(intl(), {
            dateStyle: 'long',
            timeStyle: 'short',
            timeZone: CITY_TIME_ZONE,
          }).format(d)
        : ''
    },
    weekday(value) {
      const d = parse(value)
      return d
        ? new Intl.DateTimeFormat(intl(), { weekday: 'long', timeZone: CITY_TIME_ZONE }).format(d)
        : ''
    },
    dateRange(first, last) {
      return first === last
        ? date(first)
        : t('common.dateRange', { first: date(first), last: date(last) })
    },
    timeLimit(limit) {
      if (!limit || limit.value === undefined || limit.value === null) return ''
      return t(`enums.timeUnit.${limit.unit}`, { n: limit.value }, limit.value)
    },
    bytes(bytes) {
      const [value, unit] =
        bytes >= 1024 * 1024
          ? [bytes / (1024 * 1024), 'megabyte']
          : bytes >= 1024
            ? [bytes / 1024, 'kilobyte']
            : [bytes, 'byte']
      return new Intl.NumberFormat(intl(), {
        style: 'unit',
        unit,
        maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
      }).format(value)
    },
  }
}
