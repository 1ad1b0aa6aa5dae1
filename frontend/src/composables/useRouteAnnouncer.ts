import { computed, nextTick, onBeforeUnmount, ref, watchEffect, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { START_LOCATION, useRoute, useRouter } from 'vue-router'

export const MAIN_CONTENT_ID = 'main-content'

/** A page's own name (e.g. the item of a guide), shown before the page type in the title. */
const titleDetail = ref<string | null>(null)

/** Names the current page more precisely in the document title while it is shown. */
export function usePageTitle(detail: () => string | null | undefined): void {
  watchEffect(() => {
    titleDetail.value = detail() || null
  })
  onBeforeUnmount(() => {
    titleDetail.value = null
  })
}

/** Moves keyboard and screen-reader focus to the page's main heading (or main itself). */
function focusMainHeading(): void {
  const main = document.getElementById(MAIN_CONTENT_ID)
  if (!main) return
  const heading = main.querySelector<HTMLElement>('h1') ?? main
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
  heading.focus()
}

/**
 * What a single-page app must do for people using assistive technology when the
 * "page" changes without a page load:
 *  - the document title names the page (in the chosen language);
 *  - after a navigation (not the first load) focus moves to the new page's <h1>;
 *  - a polite live region announces the new page.
 */
export function useRouteAnnouncer(): { announcement: Ref<string> } {
  const { t } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const announcement = ref('')

  const pageTitle = computed(() => t(route.meta.titleKey || 'app.name'))

  watchEffect(() => {
    const parts = [titleDetail.value, route.meta.titleKey ? pageTitle.value : null, t('app.name')]
    document.title = parts.filter(Boolean).join(' - ')
  })

  router.afterEach(async (to, from, failure) => {
    if (failure || from === START_LOCATION || to.path === from.path) return
    await nextTick()
    announcement.value = ''
    await nextTick()
    announcement.value = t('a11y.navigatedTo', { title: pageTitle.value })
    focusMainHeading()
  })

  return { announcement }
}
