import { computed, shallowRef, watch, type ComputedRef } from 'vue'
import { i18n } from '@/i18n'

/**
 * Catalogue CONTENT (item names, guides, department names) is written once, in
 * Simplified Chinese. Readers who choose 繁體中文 see it converted character- and
 * phrase-wise with OpenCC (Simplified → Traditional, Taiwan character standard, no
 * vocabulary changes, so official terms keep their wording).
 *
 * The converter and its dictionaries (≈ 0.4 MB gzip) are loaded with a dynamic import
 * only when zh-Hant is chosen, so they are never part of the start bundle.
 */
type Convert = (text: string) => string

const converter = shallowRef<Convert | null>(null)
let loading: Promise<Convert> | null = null

const CACHE_LIMIT = 1000
const cache = new Map<string, string>()

export function loadTraditionalConverter(): Promise<Convert> {
  loading ??= import('opencc-js/cn2t')
    .then(({ Converter }) => {
      const convert = Converter({ from: 'cn', to: 'tw' })
      converter.value = convert
      return convert
    })
    .catch((error: unknown) => {
      loading = null // allow a later retry (e.g. after a network hiccup)
      throw error
    })
  return loading
}

function convertCached(convert: Convert, text: string): string {
  let result = cache.get(text)
  if (result === undefined) {
    result = convert(text)
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(text, result)
  }
  return result
}

export interface UseScript {
  /** Content text in the script of the chosen language (identity unless zh-Hant). */
  display: (text: string | null | undefined) => string
  /** True while zh-Hant is chosen but the converter is still loading. */
  pending: ComputedRef<boolean>
  /**
   * `lang` for elements showing content: 'zh-Hans' in the English interface (content is not
   * translated), undefined otherwise (the content is in the page's language).
   */
  lang: ComputedRef<'zh-Hans' | undefined>
}

export function useScript(): UseScript {
  const wantsTraditional = computed(() => i18n.global.locale.value === 'zh-Hant')

  watch(
    wantsTraditional,
    (yes) => {
      if (yes) loadTraditionalConverter().catch(() => undefined) // shows Simplified meanwhile
    },
    { immediate: true },
  )

  function display(text: string | null | undefined): string {
    if (!text) return ''
    const convert = converter.value
    if (!wantsTraditional.value || !convert) return text
    return convertCached(convert, text)
  }

  return {
    display,
    pending: computed(() => wantsTraditional.value && converter.value === null),
    lang: computed(() => (i18n.global.locale.value === 'en' ? 'zh-Hans' : undefined)),
  }
}
