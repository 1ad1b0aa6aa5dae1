import { afterEach } from 'vitest'

afterEach(() => {
  window.localStorage.clear()
  document.documentElement.className = ''
  document.documentElement.removeAttribute('lang')
  document.body.innerHTML = ''
})

// jsdom does no layout: give it the scrolling methods the app calls.
Element.prototype.scrollIntoView ??= () => undefined
window.scrollTo = () => undefined
