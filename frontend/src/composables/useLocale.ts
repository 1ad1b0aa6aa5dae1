import { computed, type ComputedRef } from 'vue'
import {
  DEFAULT_LOCALE,
  HTML_LANG,
  SUPPORTED_LOCALES,
  i18n,
  isAppLocale,
  loadLocaleMessages,
  type AppLocale,
} from '@/i18n'
import { readStorage, writeStorage } from './storage'

export const LOCALE_STORAGE_KEY = 'gongkai.locale'

/** The language the visitor chose before, or the default (Simplified Chinese). */
export function storedLocale(): AppLocale {
  const value = readStorage(LOCALE_STORAGE_KEY)
  return isAppLocale(value) ? value : DEFAULT_LOCALE
}

let latestRequest = 0

/**
 * Switches the interface language: loads its messages if needed, then sets the
 * i18n locale and <html lang>, and remembers the choice. When several switches
 * overlap, the last one wins.
 */
export async function setLocale(locale: AppLocale, { remember = true } = {}): Promise<void> {
  const request = ++latestRequest
  await loadLocaleMessages(locale)
  if (request !== latestRequest) return
  i18n.global.locale.value = locale
  document.documentElement.lang = HTML_LANG[locale]
  if (remember) writeStorage(LOCALE_STORAGE_KEY, locale)
}

/** Applies the remembered language at start-up (before the app is mounted). */
export function initLocale(): Promise<void> {
  return setLocale(storedLocale(), { remember: false })
}

export interface UseLocale {
  locale: ComputedRef<AppLocale>
  locales: readonly AppLocale[]
  setLocale: (locale: AppLocale) => Promise<void>
}

export function useLocale(): UseLocale {
  return {
    locale: computed(() => i18n.global.locale.value),
    locales: SUPPORTED_LOCALES,
    setLocale: (locale) => setLocale(locale),
  }
}
