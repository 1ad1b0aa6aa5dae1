import { computed, readonly, ref, type ComputedRef, type DeepReadonly, type Ref } from 'vue'
import { readStorage, writeStorage } from './storage'

export interface A11ySettings {
  largeText: boolean
  highContrast: boolean
}

export const A11Y_STORAGE_KEY = 'gongkai.a11y'

/** Classes set on <html>; the style sheet reacts to them. */
export const A11Y_CLASSES: Readonly<Record<keyof A11ySettings, string>> = {
  largeText: 'a11y-large-text',
  highContrast: 'a11y-high-contrast',
}

const DEFAULTS: A11ySettings = { largeText: false, highContrast: false }

function readSettings(): A11ySettings {
  const raw = readStorage(A11Y_STORAGE_KEY)
  if (!raw) return { ...DEFAULTS }
  try {
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null) return { ...DEFAULTS }
    const value = parsed as Partial<Record<keyof A11ySettings, unknown>>
    return { largeText: value.largeText === true, highContrast: value.highContrast === true }
  } catch {
    return { ...DEFAULTS }
  }
}

const settings: Ref<A11ySettings> = ref({ ...DEFAULTS })

function apply(): void {
  const root = document.documentElement
  for (const key of Object.keys(A11Y_CLASSES) as (keyof A11ySettings)[]) {
    root.classList.toggle(A11Y_CLASSES[key], settings.value[key])
  }
}

function update(change: Partial<A11ySettings>): void {
  settings.value = { ...settings.value, ...change }
  writeStorage(A11Y_STORAGE_KEY, JSON.stringify(settings.value))
  apply()
}

/** Reads the remembered settings and applies them to <html> (call before mounting). */
export function initA11ySettings(): void {
  settings.value = readSettings()
  apply()
}

export interface UseA11ySettings {
  settings: DeepReadonly<Ref<A11ySettings>>
  largeText: ComputedRef<boolean>
  highContrast: ComputedRef<boolean>
  toggleLargeText: () => void
  toggleHighContrast: () => void
  reset: () => void
}

export function useA11ySettings(): UseA11ySettings {
  return {
    settings: readonly(settings),
    largeText: computed(() => settings.value.largeText),
    highContrast: computed(() => settings.value.highContrast),
    toggleLargeText: () => update({ largeText: !settings.value.largeText }),
    toggleHighContrast: () => update({ highContrast: !settings.value.highContrast }),
    reset: () => update({ ...DEFAULTS }),
  }
}
