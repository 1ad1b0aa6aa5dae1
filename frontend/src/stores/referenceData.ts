import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { listDepartments } from '@/api/departments'
import { listKeyDomains } from '@/api/keyDomains'
import { listThemes } from '@/api/services'
import type { Department, KeyDomain, Theme } from '@/api/types'
import { useScript } from '@/composables/useScript'
import { i18n } from '@/i18n'

export interface Option {
  value: string
  label: string
}

/**
 * The department directory and the theme list: small, shared by many pages, fetched once
 * per visit (the browser revalidates them with their ETags). After an administrator changed
 * the directory, `refreshDepartments()` fetches it again for every page.
 */
export const useReferenceDataStore = defineStore('referenceData', () => {
  const { display } = useScript()
  const departments = shallowRef<Department[] | null>(null)
  const themes = shallowRef<Theme[] | null>(null)
  let departmentsRequest: Promise<Department[]> | null = null
  let themesRequest: Promise<Theme[]> | null = null
  const keyDomains = shallowRef<KeyDomain[] | null>(null)
  let keyDomainsRequest: Promise<KeyDomain[]> | null = null

  function loadDepartments(): Promise<Department[]> {
    departmentsRequest ??= listDepartments().then(
      (list) => (departments.value = list),
      (error: unknown) => {
        departmentsRequest = null
        throw error
      },
    )
    return departmentsRequest
  }

  /** The directory as it is now (revalidated), for every page that shows it. */
  function refreshDepartments(): Promise<Department[]> {
    const request = listDepartments({ fresh: true }).then((list) => (departments.value = list))
    departmentsRequest = request
    request.catch(() => {
      if (departmentsRequest === request) departmentsRequest = null
    })
    return request
  }

  function loadThemes(): Promise<Theme[]> {
    themesRequest ??= listThemes().then(
      (list) => (themes.value = list),
      (error: unknown) => {
        themesRequest = null
        throw error
      },
    )
    return themesRequest
  }

  /** The key domains (政务公开重点工作) and their sub-items. */
  function loadKeyDomains(): Promise<KeyDomain[]> {
    keyDomainsRequest ??= listKeyDomains().then(
      (list) => (keyDomains.value = list),
      (error: unknown) => {
        keyDomainsRequest = null
        throw error
      },
    )
    return keyDomainsRequest
  }

  /** A department's name in the chosen script (the code if unknown). */
  function departmentName(code: string | null | undefined): string {
    if (!code) return ''
    const department = departments.value?.find((d) => d.code === code)
    return department?.name ? display(department.name) : code
  }

  /** A theme's name in the interface language (English names in English). */
  function themeName(code: string): string | undefined {
    const theme = themes.value?.find((th) => th.code === code)
    if (!theme) return undefined
    return i18n.global.locale.value === 'en' && theme.nameEn ? theme.nameEn : display(theme.name)
  }

  const departmentOptions = computed<Option[]>(() =>
    (departments.value ?? []).map((d) => ({ value: d.code ?? '', label: display(d.name) })),
  )

  return {
    departments,
    themes,
    keyDomains,
    loadDepartments,
    refreshDepartments,
    loadThemes,
    loadKeyDomains,
    departmentName,
    themeName,
    departmentOptions,
  }
})
