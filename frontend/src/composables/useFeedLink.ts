import { onBeforeUnmount, watchEffect } from 'vue'

export interface FeedLink {
  href: string
  title: string
}

/**
 * Announces an Atom feed in <head> (`<link rel="alternate" type="application/atom+xml">`, found
 * by feed readers and browsers) while the component is mounted.
 */
export function useFeedLink(feed: () => FeedLink | null): void {
  let element: HTMLLinkElement | null = null

  watchEffect(() => {
    const value = feed()
    if (!value) {
      element?.remove()
      element = null
      return
    }
    if (!element) {
      element = document.createElement('link')
      element.rel = 'alternate'
      element.type = 'application/atom+xml'
      element.dataset.gongkai = 'feed'
      document.head.appendChild(element)
    }
    element.href = value.href
    element.title = value.title
  })

  onBeforeUnmount(() => {
    element?.remove()
    element = null
  })
}
