import { useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router'
import {
  AUDIENCES,
  ITEM_STATUSES,
  ITEM_TYPES,
  ONLINE_DEPTHS,
  SERVICE_SORTS,
  isOneOf,
} from '@/api/enums'
import type {
  AdminServiceQuery,
  Audience,
  ItemStatus,
  ItemType,
  OnlineDepth,
  ServiceQuery,
  ServiceSort,
} from '@/api/types'
import { firstValue as first, pageValue, useQueryState, type UseQueryState } from './useQueryState'

/**
 * The catalogue's search and filters live in the URL query (shareable, bookmarkable, and the
 * back button undoes a change). The URL is the only state: views read it, and changing a
 * filter pushes a new URL.
 */
export interface CatalogueQuery {
  q: string
  department: string
  theme: string
  type: ItemType | undefined
  audience: Audience | undefined
  onlineDepth: OnlineDepth | undefined
  status: ItemStatus | undefined
  sort: ServiceSort | undefined
  page: number
}

export const EMPTY_QUERY: Readonly<CatalogueQuery> = {
  q: '',
  department: '',
  theme: '',
  type: undefined,
  audience: undefined,
  onlineDepth: undefined,
  status: undefined,
  sort: undefined,
  page: 1,
}

export const MAX_QUERY_LENGTH = 100
export const CODE = /^[a-z][a-z0-9-]{0,63}$/

function enumValue<T extends string>(list: readonly T[], value: string): T | undefined {
  return isOneOf(list, value) ? value : undefined
}

/** Reads the query of a URL; anything unknown or malformed is ignored, never an error. */
export function parseCatalogueQuery(query: LocationQuery): CatalogueQuery {
  const code = (name: string) => {
    const v = first(query[name]).trim()
    return CODE.test(v) ? v : ''
  }
  return {
    q: first(query.q).trim().slice(0, MAX_QUERY_LENGTH),
    department: code('department'),
    theme: code('theme'),
    type: enumValue(ITEM_TYPES, first(query.type)),
    audience: enumValue(AUDIENCES, first(query.audience)),
    onlineDepth: enumValue(ONLINE_DEPTHS, first(query.onlineDepth)),
    status: enumValue(ITEM_STATUSES, first(query.status)),
    sort: enumValue(SERVICE_SORTS, first(query.sort)),
    page: pageValue(query.page),
  }
}

/** The URL query for a state: defaults are left out so that URLs stay short and canonical. */
export function toLocationQuery(state: CatalogueQuery): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.q) query.q = state.q
  if (state.department) query.department = state.department
  if (state.type) query.type = state.type
  if (state.audience) query.audience = state.audience
  if (state.theme) query.theme = state.theme
  if (state.onlineDepth) query.onlineDepth = state.onlineDepth
  if (state.status) query.status = state.status
  if (state.sort) query.sort = state.sort
  if (state.page > 1) query.page = String(state.page)
  return query
}

/** The API's query parameters for a state (the same names; undefined ones are not sent). */
export function toApiQuery(state: CatalogueQuery, size: number): ServiceQuery & AdminServiceQuery {
  return {
    q: state.q || undefined,
    department: state.department || undefined,
    type: state.type,
    audience: state.audience,
    theme: state.theme || undefined,
    onlineDepth: state.onlineDepth,
    status: state.status,
    sort: state.sort,
    page: state.page,
    size,
  }
}

/** True when any filter or search narrows the list (paging and sort do not). */
export function isFiltered(state: CatalogueQuery): boolean {
  return Boolean(
    state.q ||
    state.department ||
    state.theme ||
    state.type ||
    state.audience ||
    state.onlineDepth ||
    state.status,
  )
}

export interface UseCatalogueQuery extends UseQueryState<CatalogueQuery> {
  /** Navigates to the page without any filter (keeps the sort order). */
  clear: () => Promise<void>
}

export function useCatalogueQuery(): UseCatalogueQuery {
  const router = useRouter()
  const query = useQueryState(parseCatalogueQuery, toLocationQuery)

  async function clear(): Promise<void> {
    await router.push(query.linkTo({ ...EMPTY_QUERY, sort: query.state.value.sort }))
  }

  return { ...query, clear }
}
