import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '@/stores/auth'
import { prefetchDisclosure } from '@/api/disclosures'
import { prefetchGuide } from '@/api/services'
import HomeView from '@/views/home/HomeView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (document.title and the route-change announcement). */
    titleKey: string
    /** The page needs a signed-in user (Keycloak is loaded only for such pages). */
    requiresAuth?: boolean
    /** Console pages: the roles they are for (default: staff and admins); others are told so. */
    roles?: readonly Role[]
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    // the landing page is in the start bundle: no extra round trip before it shows
    component: HomeView,
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
    beforeEnter: (to) => {
      if (typeof to.params.id === 'string') prefetchGuide(to.params.id)
    },
    meta: { titleKey: 'guide.title' },
  },
  {
    path: '/search',
    name: 'search',
    component: () => import('@/views/search/SearchView.vue'),
    meta: { titleKey: 'siteSearch.title' },
  },
  {
    path: '/departments',
    name: 'departments',
    component: () => import('@/views/departments/DepartmentListView.vue'),
    meta: { titleKey: 'departments.title' },
  },
  {
    // The staff console: its own chunks, loaded only by signed-in staff.
    path: '/console',
    component: () => import('@/views/console/ConsoleLayout.vue'),
    meta: { titleKey: 'console.title', requiresAuth: true },
    children: [
      {
        path: '',
        name: 'console',
        component: () => import('@/views/console/ConsoleServicesView.vue'),
        meta: { titleKey: 'console.title' },
      },
      {
        path: 'services/new',
        name: 'console-service-new',
        component: () => import('@/views/console/ServiceCreateView.vue'),
        meta: { titleKey: 'console.create.title' },
      },
      {
        path: 'services/:id',
        name: 'console-service',
        component: () => import('@/views/console/ServiceEditorView.vue'),
        props: true,
        meta: { titleKey: 'console.editor.title' },
      },
      {
        path: 'services/:id/compare/:version',
        name: 'console-service-compare',
        component: () => import('@/views/console/VersionCompareView.vue'),
        props: true,
        meta: { titleKey: 'console.diff.heading' },
      },
      {
        path: 'audit',
        name: 'console-audit',
        component: () => import('@/views/console/AuditLogView.vue'),
        meta: { titleKey: 'console.audit.title' },
      },
      {
        path: 'departments',
        name: 'console-departments',
        component: () => import('@/views/console/DepartmentAdminView.vue'),
        meta: { titleKey: 'console.deptAdmin.heading' },
      },
      {
        path: 'departments/new',
        name: 'console-department-new',
        component: () => import('@/views/console/DepartmentEditView.vue'),
        meta: { titleKey: 'console.deptAdmin.newTitle' },
      },
      {
        path: 'calendar',
        name: 'console-calendar',
        component: () => import('@/views/console/CalendarAdminView.vue'),
        meta: { titleKey: 'console.calendarAdmin.heading' },
      },
      {
        path: 'calendar/new',
        name: 'console-calendar-new',
        component: () => import('@/views/console/CalendarYearEditView.vue'),
        meta: { titleKey: 'console.calendarAdmin.newTitle' },
      },
      {
        path: 'calendar/:year(\\d{4})',
        name: 'console-calendar-year',
        component: () => import('@/views/console/CalendarYearEditView.vue'),
        props: true,
        meta: { titleKey: 'console.calendarAdmin.heading' },
      },
      {
        path: 'disclosures',
        name: 'console-disclosures',
        component: () => import('@/views/console/disclosures/DisclosureListView.vue'),
        meta: { titleKey: 'consoleDisclosure.list.title' },
      },
      {
        path: 'disclosures/new',
        name: 'console-disclosure-new',
        component: () => import('@/views/console/disclosures/DisclosureCreateView.vue'),
        meta: { titleKey: 'consoleDisclosure.create.title' },
      },
      {
        path: 'disclosures/due',
        name: 'console-disclosures-due',
        component: () => import('@/views/console/disclosures/DisclosureDueView.vue'),
        meta: { titleKey: 'consoleDisclosure.due.title' },
      },
      {
        path: 'disclosures/coverage',
        name: 'console-disclosures-coverage',
        component: () => import('@/views/console/disclosures/InterpretationCoverageView.vue'),
        meta: { titleKey: 'consoleDisclosure.coverage.title' },
      },
      {
        path: 'disclosures/:id',
        name: 'console-disclosure',
        component: () => import('@/views/console/disclosures/DisclosureEditorView.vue'),
        props: true,
        meta: { titleKey: 'consoleDisclosure.editor.title' },
      },
      {
        path: 'applications',
        name: 'console-applications',
        component: () => import('@/views/console/applications/OfficeInboxView.vue'),
        meta: { titleKey: 'applications.titles.inbox' },
      },
      {
        path: 'applications/new',
        name: 'console-application-new',
        component: () => import('@/views/console/applications/OfficeRegisterView.vue'),
        meta: { titleKey: 'applications.titles.register' },
      },
      {
        path: 'applications/:id',
        name: 'console-application',
        component: () => import('@/views/console/applications/OfficeCaseView.vue'),
        props: true,
        meta: { titleKey: 'applications.titles.case' },
      },
      {
        path: 'review',
        name: 'console-review',
        component: () => import('@/views/console/review/ReviewQueueView.vue'),
        meta: { titleKey: 'consoleDisclosure.review.title', roles: ['reviewer'] },
      },
      {
        path: 'review/:id',
        name: 'console-review-record',
        component: () => import('@/views/console/review/ReviewRecordView.vue'),
        props: true,
        meta: { titleKey: 'consoleDisclosure.review.title', roles: ['reviewer'] },
      },
      {
        path: 'key-domains',
        name: 'console-key-domains',
        component: () => import('@/views/console/KeyDomainAdminView.vue'),
        meta: { titleKey: 'consoleDisclosure.keyDomains.title', roles: ['admin'] },
      },
      {
        path: 'key-domains/:code',
        name: 'console-key-domain',
        component: () => import('@/views/console/KeyDomainEditView.vue'),
        props: true,
        meta: { titleKey: 'consoleDisclosure.keyDomains.title', roles: ['admin'] },
      },
      {
        path: 'report',
        name: 'console-report',
        component: () => import('@/views/console/report/ReportRegisterView.vue'),
        meta: { titleKey: 'report.console.registerTitle' },
      },
      {
        path: 'report/status',
        name: 'console-report-status',
        component: () => import('@/views/console/report/ReportStatusView.vue'),
        meta: { titleKey: 'report.console.status.title' },
      },
      {
        path: 'report/review-cases',
        name: 'console-review-cases',
        component: () => import('@/views/console/report/ReviewCasesView.vue'),
        meta: { titleKey: 'report.console.cases.title' },
      },
      {
        path: 'report/review-cases/new',
        name: 'console-review-case-new',
        component: () => import('@/views/console/report/ReviewCaseEditView.vue'),
        meta: { titleKey: 'report.console.cases.newTitle' },
      },
      {
        path: 'report/review-cases/:id',
        name: 'console-review-case',
        component: () => import('@/views/console/report/ReviewCaseEditView.vue'),
        props: true,
        meta: { titleKey: 'report.console.cases.editTitle' },
      },
      {
        path: 'departments/:code',
        name: 'console-department',
        component: () => import('@/views/console/DepartmentEditView.vue'),
        props: true,
        meta: { titleKey: 'console.deptAdmin.heading' },
      },
    ],
  },
  {
    path: '/calendar',
    name: 'calendar',
    component: () => import('@/views/calendar/CalendarView.vue'),
    meta: { titleKey: 'calendar.title' },
  },
  // The public 政府信息公开 section (views/disclosure), one lazy chunk per page.
  {
    path: '/disclosure',
    name: 'disclosure',
    component: () => import('@/views/disclosure/DisclosureGuideView.vue'),
    meta: { titleKey: 'disclosure.titles.guide' },
  },
  {
    path: '/disclosure/records',
    name: 'disclosure-records',
    component: () => import('@/views/disclosure/DisclosureCatalogueView.vue'),
    meta: { titleKey: 'disclosure.titles.records' },
  },
  {
    path: '/disclosure/records/:id',
    name: 'disclosure-record',
    component: () => import('@/views/disclosure/DisclosureRecordView.vue'),
    props: true,
    beforeEnter: (to) => {
      if (typeof to.params.id === 'string') prefetchDisclosure(to.params.id)
    },
    meta: { titleKey: 'disclosure.titles.record' },
  },
  {
    path: '/disclosure/records/:id/versions/:version(\\d+)',
    name: 'disclosure-record-version',
    component: () => import('@/views/disclosure/DisclosureRecordView.vue'),
    props: true,
    meta: { titleKey: 'disclosure.titles.version' },
  },
  {
    path: '/disclosure/key-domains',
    name: 'disclosure-key-domains',
    component: () => import('@/views/disclosure/KeyDomainsView.vue'),
    meta: { titleKey: 'disclosure.titles.keyDomains' },
  },
  {
    path: '/disclosure/key-domains/:code',
    name: 'disclosure-key-domain',
    component: () => import('@/views/disclosure/KeyDomainView.vue'),
    props: true,
    meta: { titleKey: 'disclosure.titles.keyDomain' },
  },
  {
    path: '/disclosure/interpretations',
    name: 'disclosure-interpretations',
    component: () => import('@/views/disclosure/InterpretationsView.vue'),
    meta: { titleKey: 'disclosure.titles.interpretations' },
  },
  {
    path: '/disclosure/budgets',
    name: 'disclosure-budgets',
    component: () => import('@/views/disclosure/BudgetsView.vue'),
    meta: { titleKey: 'disclosure.titles.budgets' },
  },
  {
    path: '/disclosure/gazette',
    name: 'disclosure-gazette',
    component: () => import('@/views/disclosure/GazetteView.vue'),
    meta: { titleKey: 'disclosure.titles.gazette' },
  },
  {
    path: '/disclosure/replies',
    name: 'disclosure-replies',
    component: () => import('@/views/disclosure/RepliesView.vue'),
    meta: { titleKey: 'disclosure.titles.replies' },
  },
  // On-request disclosure (依申请公开): applying, tracking, the applicant's own cases.
  {
    path: '/apply',
    name: 'apply',
    component: () => import('@/views/applications/ApplyView.vue'),
    meta: { titleKey: 'applications.titles.apply', requiresAuth: true },
  },
  {
    path: '/apply/track',
    name: 'apply-track',
    component: () => import('@/views/applications/TrackView.vue'),
    meta: { titleKey: 'applications.titles.track' },
  },
  {
    path: '/me/applications',
    name: 'my-applications',
    component: () => import('@/views/applications/MyApplicationsView.vue'),
    meta: { titleKey: 'applications.titles.mine', requiresAuth: true },
  },
  {
    path: '/me/applications/:id',
    name: 'my-application',
    component: () => import('@/views/applications/MyApplicationView.vue'),
    props: true,
    meta: { titleKey: 'applications.titles.mineOne', requiresAuth: true },
  },
  {
    path: '/apply/statistics',
    name: 'apply-statistics',
    component: () => import('@/views/applications/ApplicationStatisticsView.vue'),
    meta: { titleKey: 'report.applicationStats.title' },
  },
  // The open-government annual report (2021 format) computed from the records; ECharts is in its chunk.
  {
    path: '/statistics',
    name: 'statistics',
    component: () => import('@/views/report/AnnualReportView.vue'),
    meta: { titleKey: 'report.title' },
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
