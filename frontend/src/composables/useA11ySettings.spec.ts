import { describe, expect, it } from 'vitest'
import {
  A11Y_CLASSES,
  A11Y_STORAGE_KEY,
  initA11ySettings,
  useA11ySettings,
} from './useA11ySettings'

const html = () => document.documentElement

describe('accessibility settings', () => {
  it('start with normal text and normal contrast', () => {
    initA11ySettings()
    const { largeText, highContrast } = useA11ySettings()
    expect(largeText.value).toBe(false)
    expect(highContrast.value).toBe(false)
    expect(html().classList.contains(A11Y_CLASSES.largeText)).toBe(false)
    expect(html().classList.contains(A11Y_CLASSES.highContrast)).toBe(false)
  })

  it('apply high contrast to <html> and remember it', () => {
    initA11ySettings()
    const { toggleHighContrast, highContrast } = useA11ySettings()
    toggleHighContrast()
    expect(highContrast.value).toBe(true)
    expect(html().classList.contains('a11y-high-contrast')).toBe(true)
    expect(JSON.parse(localStorage.getItem(A11Y_STORAGE_KEY) ?? '{}')).toEqual({
      largeText: false,
      highContrast: true,
    })
  })

  it('apply larger text to <html> and remember it', () => {
    initA11ySettings()
    useA11ySettings().toggleLargeText()
    expect(html().classList.contains('a11y-large-text')).toBe(true)
    expect(localStorage.getItem(A11Y_STORAGE_KEY)).toContain('"largeText":true')
  })

  it('are restored on the next visit', () => {
    localStorage.setItem(A11Y_STORAGE_KEY, JSON.stringify({ largeText: true, highContrast: true }))
    initA11ySettings()
    const { largeText, highContrast } = useA11ySettings()
    expect(largeText.value).toBe(true)
    expect(highContrast.value).toBe(true)
    expect(html().classList.contains('a11y-large-text')).toBe(true)
    expect(html().classList.contains('a11y-high-contrast')).toBe(true)
  })

  it('toggle off again', () => {
    localStorage.setItem(A11Y_STORAGE_KEY, JSON.stringify({ largeText: false, highContrast: true }))
    initA11ySettings()
    useA11ySettings().toggleHighContrast()
    expect(html().classList.contains('a11y-high-contrast')).toBe(false)
    expect(localStorage.getItem(A11Y_STORAGE_KEY)).toContain('"highContrast":false')
  })

  it('ignore a corrupt stored value', () => {
    localStorage.setItem(A11Y_STORAGE_KEY, '{not json')
    initA11ySettings()
    expect(useA11ySettings().highContrast.value).toBe(false)
    localStorage.setItem(A11Y_STORAGE_KEY, JSON.stringify({ highContrast: 'yes' }))
    initA11ySettings()
    expect(useA11ySettings().highContrast.value).toBe(false)
  })
})
