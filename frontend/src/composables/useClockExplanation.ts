import { computed, ref, shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { WorkingDayCount } from '@/api/types'

export interface ClockExplanation {
  /** The years the period runs into that have no holiday schedule, as one phrase. */
  missingList: ComputedRef<string>
  count: ShallowRef<WorkingDayCount | null>
  counting: Ref<boolean>
  countFailed: Ref<boolean>
  /** The `toggle` handler of the notice's <details>: counts once, when first opened. */
  explain: (event: Event) => Promise<void>
}

/**
 * What a deadline notice (a case's reply clock, a record's publication deadline) shares: the
 * warning of years without a holiday schedule, and the count of the deadline asked for only when
 * someone opens its explanation. `counter` answers null when there is nothing to count.
 */
export function useClockExplanation(
  missing: () => readonly number[],
  counter: () => Promise<WorkingDayCount> | null,
): ClockExplanation {
  const { t } = useI18n()
  const missingList = computed(() =>
    missing()
      .map((year) => t('calendar.count.yearList', { year }))
      .join(t('common.listSeparator')),
  )
  const count = shallowRef<WorkingDayCount | null>(null)
  const counting = ref(false)
  const countFailed = ref(false)
  async function explain(event: Event): Promise<void> {
    if (!(event.target as HTMLDetailsElement).open || count.value || counting.value) return
    const pending = counter()
    if (!pending) return
    counting.value = true
    countFailed.value = false
    try {
      count.value = await pending
    } catch {
      countFailed.value = true
    } finally {
      counting.value = false
    }
  }
  return { missingList, count, counting, countFailed, explain }
}
