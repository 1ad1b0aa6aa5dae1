import type { RouteRecordRaw } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (document.title and the route-change announcement). */
    titleKey: string
    /** The page needs a signed-in user (Keycloak is loaded only for such pages). */
    requiresAuth?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('@/views/home/HomeView.vue'),
    meta: { titleKey: 'home.title' },
  },
  {
    path: '/services',
    name: 'services',
    component: () => import('@/views/services/ServiceCatalogueView.vue'),
    meta: { titleKey: 'services.title' },
  },
  {
    path: '/services/:id',
    name: 'service-guide',
    component: () => import('@/views/services/ServiceGuideView.vue'),
    props: true,
    meta: { titleKey: 'guide.title' },
  },
  {
    path: '/departments',
    name: 'departments',
    component: () => import('@/views/departments/DepartmentListView.vue'),
    meta: { titleKey: 'departments.title' },
  },
  {
    path: '/console',
    name: 'console',
    component: () => import('@/views/console/ConsoleView.vue'),
    meta: { titleKey: 'console.title', requiresAuth: true },
  },
  {
    path: '/accessibility',
    name: 'accessibility',
    component: () => import('@/views/accessibility/AccessibilityStatementView.vue'),
    meta: { titleKey: 'accessibility.title' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/errors/NotFoundView.vue'),
    meta: { titleKey: 'notFound.title' },
  },
]
