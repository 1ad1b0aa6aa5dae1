import { computed, type ComputedRef } from 'vue'
import {
  useRoute,
  useRouter,
  type LocationQuery,
  type LocationQueryRaw,
  type RouteLocationRaw,
} from 'vue-router'

/** The first value of a query parameter ('' when absent). */
export function firstValue(value: LocationQuery[string] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v : ''
}

const MAX_PAGE = 100000

/** A page number of the URL (1 when absent or malformed). */
export function pageValue(value: LocationQuery[string] | undefined): number {
  const page = Number.parseInt(firstValue(value), 10)
  return Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1
}

export interface UseQueryState<S extends { page: number }> {
  state: ComputedRef<S>
  /** A link to this page with some values changed (back to page 1 unless `page` is given). */
  linkTo: (change: Partial<S>) => RouteLocationRaw
  /** Navigates (a new history entry) with some values changed. */
  update: (change: Partial<S>) => Promise<void>
}

/**
 * A page's filters and paging kept in the URL query (shareable, bookmarkable, and the back
 * button undoes a change). The URL is the only state: views read it, and a change pushes a
 * new URL. `parse` ignores what is unknown or malformed; `toQuery` leaves defaults out.
 */
export function useQueryState<S extends { page: number }>(
  parse: (query: LocationQuery) => S,
  toQuery: (state: S) => LocationQueryRaw,
): UseQueryState<S> {
  const route = useRoute()
  const router = useRouter()
  const state = computed(() => parse(route.query))

  function linkTo(change: Partial<S>): RouteLocationRaw {
    const next: S = { ...state.value, page: 1, ...change }
    return { path: route.path, query: toQuery(next) }
  }

  async function update(change: Partial<S>): Promise<void> {
    await router.push(linkTo(change))
  }

  return { state, linkTo, update }
}
