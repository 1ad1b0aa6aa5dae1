import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h, type Component } from 'vue'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { i18n } from '@/i18n'
import { routes } from '@/router/routes'

/** Mounts a component with the app's i18n, a fresh Pinia and an in-memory router at `path`. */
export async function mountWith(
  component: Component,
  options: { props?: Record<string, unknown>; path?: string } = {},
): Promise<{ wrapper: VueWrapper; router: Router }> {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(options.path ?? '/')
  await router.isReady()
  const Host = defineComponent(() => () => h(component, options.props ?? {}))
  const wrapper = mount(Host, {
    attachTo: document.body,
    global: { plugins: [pinia, i18n, router] },
  })
  await flushPromises()
  return { wrapper, router }
}

/** The value, or a failed test when it is missing. */
export function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value')
  return value
}
