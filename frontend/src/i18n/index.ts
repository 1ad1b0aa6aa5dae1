import { createI18n } from 'vue-i18n'
import zhHans, { type MessageSchema } from './locales/zh-Hans'

export const SUPPORTED_LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const
export type AppLocale = (typeof SUPPORTED_LOCALES)[number]
export const DEFAULT_LOCALE: AppLocale = 'zh-Hans'

/** The value of <html lang> for each interface language (BCP 47). */
export const HTML_LANG: Readonly<Record<AppLocale, string>> = {
  'zh-Hans': 'zh-Hans',
  'zh-Hant': 'zh-Hant',
  en: 'en',
}

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: DEFAULT_LOCALE,
  fallbackLocale: DEFAULT_LOCALE,
  // Only the default locale is in the start bundle; the others are loaded on demand.
  messages: { 'zh-Hans': zhHans } as Record<AppLocale, MessageSchema>,
  missingWarn: import.meta.env.DEV,
  fallbackWarn: false,
})

const loaders: Record<AppLocale, () => Promise<{ default: MessageSchema }>> = {
  'zh-Hans': () => Promise.resolve({ default: zhHans }),
  'zh-Hant': () => import('./locales/zh-Hant'),
  en: () => import('./locales/en'),
}

const loaded = new Set<AppLocale>([DEFAULT_LOCALE])

/** Loads the messages of a locale once; later calls resolve at once. */
export async function loadLocaleMessages(locale: AppLocale): Promise<void> {
  if (loaded.has(locale)) return
  const { default: messages } = await loaders[locale]()
  i18n.global.setLocaleMessage(locale, messages)
  loaded.add(locale)
}
