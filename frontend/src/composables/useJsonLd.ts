import { onBeforeUnmount, watchEffect } from 'vue'
import { serializeJsonLd } from '@/lib/jsonLd'

/** Puts structured data (JSON-LD) into <head> while the component is mounted. */
export function useJsonLd(data: () => Record<string, unknown> | null): void {
  let element: HTMLScriptElement | null = null

  watchEffect(() => {
    const value = data()
    if (!value) {
      element?.remove()
      element = null
      return
    }
    if (!element) {
      element = document.createElement('script')
      element.type = 'application/ld+json'
      element.dataset.gongkai = 'structured-data'
      document.head.appendChild(element)
    }
    element.textContent = serializeJsonLd(value)
  })

  onBeforeUnmount(() => {
    element?.remove()
    element = null
  })
}
