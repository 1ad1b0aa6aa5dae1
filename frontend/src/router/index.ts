import {
  createRouter,
  createWebHistory,
  type Router,
  type RouterHistory,
  type RouterScrollBehavior,
} from 'vue-router'
import { useAuthStore } from '@/stores/auth'
import { routes } from './routes'

/** Only plain ids are scroll targets: Keycloak's redirect puts `#state=…&code=…` in the URL. */
const ELEMENT_ID_HASH = /^#[A-Za-z][\w-]*$/

const scrollBehavior: RouterScrollBehavior = (to, _from, savedPosition) => {
  if (savedPosition) return savedPosition
  if (to.hash && ELEMENT_ID_HASH.test(to.hash)) return { el: to.hash }
  return { top: 0 }
}

export function createAppRouter(
  history: RouterHistory = createWebHistory(import.meta.env.BASE_URL),
): Router {
  const router = createRouter({ history, routes, scrollBehavior })

  router.beforeEach(async (to) => {
    if (!to.meta.requiresAuth) return true
    const auth = useAuthStore()
    try {
      await auth.init()
    } catch {
      return true // the page explains that the sign-in service cannot be reached
    }
    if (auth.authenticated) return true
    await auth.login(to.fullPath) // leaves the SPA for the Keycloak login page
    return false
  })

  return router
}
