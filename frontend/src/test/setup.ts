import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, vi } from 'vitest'

// Components mounted by a test are unmounted after it (their effects on <head> end too).
enableAutoUnmount(afterEach)

afterEach(() => {
  window.localStorage.clear()
  document.documentElement.className = ''
  document.documentElement.removeAttribute('lang')
  document.body.innerHTML = ''
})

// jsdom does no layout: give it the scrolling methods the app calls.
Element.prototype.scrollIntoView ??= () => undefined
window.scrollTo = () => undefined

// No unit test reaches a real server: API calls that a spec does not fake fail like an
// unreachable server (specs that need the API use src/test/fakeApi.ts).
vi.stubGlobal(
  'fetch',
  vi.fn(() => Promise.reject(new TypeError('Network access is disabled in unit tests'))),
)
