import { computed, type ComputedRef } from 'vue'
import { useRoute } from 'vue-router'
import { firstValue } from '@/composables/useQueryState'
import { defaultReportYear, reportYears } from '@/lib/reportYears'

/** A year and a department (null: the city), as the public report pages take them from the URL. */
export interface ReportScope {
  year: number
  department: string | null
}

/** The scope in `?year=&department=`; a year outside the offered ones falls back to the default. */
export function useReportScope(): ComputedRef<ReportScope> {
  const route = useRoute()
  const years = reportYears(new Date())
  return computed(() => {
    const asked = Number.parseInt(firstValue(route.query.year), 10)
    return {
      year: years.includes(asked) ? asked : defaultReportYear(new Date()),
      department: firstValue(route.query.department) || null,
    }
  })
}
