import { computed, shallowRef, type ComputedRef, type ShallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { call } from '@/api/problem'
import type { Department, Theme } from '@/api/types'
import { useApi } from './useApi'
import { useScript } from './useScript'

/**
 * The department directory and the theme list: small, shared by many pages, fetched once
 * per visit (the browser revalidates them with their ETags).
 */
const departments = shallowRef<Department[] | null>(null)
const themes = shallowRef<Theme[] | null>(null)
let departmentsRequest: Promise<Department[]> | null = null
let themesRequest: Promise<Theme[]> | null = null

export interface UseReferenceData {
  departments: ShallowRef<Department[] | null>
  themes: ShallowRef<Theme[] | null>
  loadDepartments: (options?: { fresh?: boolean }) => Promise<Department[]>
  loadThemes: () => Promise<Theme[]>
  /** A department's name in the chosen script (the code if unknown). */
  departmentName: (code: string | null | undefined) => string
  /** A theme's name in the interface language (English names in English). */
  themeName: (code: string) => string | undefined
  departmentOptions: ComputedRef<{ value: string; label: string }[]>
}

export function useReferenceData(): UseReferenceData {
  const api = useApi()
  const { locale } = useI18n()
  const { display } = useScript()

  function loadDepartments({ fresh = false } = {}): Promise<Department[]> {
    if (fresh) departmentsRequest = null
    departmentsRequest ??= call(
      api.GET('/api/v1/departments', fresh ? { cache: 'no-cache' } : {}),
    ).then(
      ({ data }) => (departments.value = data),
      (error: unknown) => {
        departmentsRequest = null
        throw error
      },
    )
    return departmentsRequest
  }

  function loadThemes(): Promise<Theme[]> {
    themesRequest ??= call(api.GET('/api/v1/themes')).then(
      ({ data }) => (themes.value = data),
      (error: unknown) => {
        themesRequest = null
        throw error
      },
    )
    return themesRequest
  }

  function departmentName(code: string | null | undefined): string {
    if (!code) return ''
    const department = departments.value?.find((d) => d.code === code)
    return department?.name ? display(department.name) : code
  }

  function themeName(code: string): string | undefined {
    const theme = themes.value?.find((th) => th.code === code)
    if (!theme) return undefined
    return locale.value === 'en' && theme.nameEn ? theme.nameEn : display(theme.name)
  }

  const departmentOptions = computed(() =>
    (departments.value ?? []).map((d) => ({ value: d.code ?? '', label: display(d.name) })),
  )

  return {
    departments,
    themes,
    loadDepartments,
    loadThemes,
    departmentName,
    themeName,
    departmentOptions,
  }
}

/** Forgets the cached directory (after an administrator changed it). */
export function invalidateDepartments(): void {
  departmentsRequest = null
}
