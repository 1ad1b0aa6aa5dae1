import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import { LOCALE_STORAGE_KEY, initLocale, setLocale, storedLocale, useLocale } from './useLocale'

const html = () => document.documentElement

describe('interface language', () => {
  afterEach(async () => {
    await setLocale('zh-Hans', { remember: false })
  })

  it('defaults to Simplified Chinese', async () => {
    expect(storedLocale()).toBe('zh-Hans')
    await initLocale()
    expect(i18n.global.locale.value).toBe('zh-Hans')
    expect(html().lang).toBe('zh-Hans')
    expect(i18n.global.t('nav.services')).toBe('办事服务')
  })

  it('loads Traditional Chinese on demand, sets <html lang> and remembers the choice', async () => {
    await useLocale().setLocale('zh-Hant')
    expect(i18n.global.locale.value).toBe('zh-Hant')
    expect(html().lang).toBe('zh-Hant')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-Hant')
    expect(i18n.global.t('nav.services')).toBe('辦事服務')
  })

  it('loads English on demand and sets <html lang="en">', async () => {
    await useLocale().setLocale('en')
    expect(html().lang).toBe('en')
    expect(i18n.global.t('nav.services')).toBe('Services')
  })

  it('restores the remembered language on the next visit', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en')
    await initLocale()
    expect(useLocale().locale.value).toBe('en')
    expect(html().lang).toBe('en')
  })

  it('ignores an unknown stored language', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr')
    expect(storedLocale()).toBe('zh-Hans')
    await initLocale()
    expect(html().lang).toBe('zh-Hans')
  })

  it('lets the last of two quick switches win', async () => {
    const first = setLocale('en')
    const second = setLocale('zh-Hant')
    await Promise.all([first, second])
    expect(i18n.global.locale.value).toBe('zh-Hant')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-Hant')
  })
})
