import { useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router'
import { DISCLOSURE_KINDS, FIVE_PUBLIC, RECORD_VALIDITIES, isOneOf } from '@/api/enums'
import type { DisclosureKind, DisclosureQuery, FivePublic, RecordValidity } from '@/api/types'
import { CODE, MAX_QUERY_LENGTH } from './useCatalogueQuery'
import { firstValue as first, pageValue, useQueryState, type UseQueryState } from './useQueryState'

/**
 * The disclosure catalogue's search and filters, kept in the URL query like the service
 * catalogue's (shareable, bookmarkable, the back button undoes a change).
 */
export interface DisclosureFilters {
  q: string
  department: string
  kind: DisclosureKind | undefined
  domain: string
  subItem: string
  year: number | undefined
  category: FivePublic | undefined
  validity: RecordValidity | undefined
  page: number
}

export const DISCLOSURE_FILTERS = [
  'department',
  'kind',
  'domain',
  'subItem',
  'year',
  'category',
  'validity',
] as const
export type DisclosureFilterName = (typeof DISCLOSURE_FILTERS)[number]

export const EMPTY_FILTERS: Readonly<DisclosureFilters> = {
  q: '',
  department: '',
  kind: undefined,
  domain: '',
  subItem: '',
  year: undefined,
  category: undefined,
  validity: undefined,
  page: 1,
}

/** The years the API accepts (publication years). */
export const MIN_YEAR = 1900
export const MAX_YEAR = 9998

/**
 * What a page fixes: `kinds` limits the kind to these (the first when the URL names none or
 * another: a page of budgets switches between BUDGET and FINAL_ACCOUNTS, the API filters one
 * kind at a time); `domain` is a key domain given by the route, not by the query.
 */
export interface CatalogueScope {
  kinds?: readonly DisclosureKind[]
  domain?: string
}

function enumValue<T extends string>(list: readonly T[], value: string): T | undefined {
  return isOneOf(list, value) ? value : undefined
}

function yearValue(value: string): number | undefined {
  if (!/^\d{4}$/.test(value)) return undefined
  const year = Number.parseInt(value, 10)
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined
}

/** Reads the query of a URL; anything unknown or malformed is ignored, never an error. */
export function parseDisclosureQuery(
  query: LocationQuery,
  scope: CatalogueScope = {},
): DisclosureFilters {
  const code = (name: string) => {
    const v = first(query[name]).trim()
    return CODE.test(v) ? v : ''
  }
  const kinds = scope.kinds?.length ? scope.kinds : DISCLOSURE_KINDS
  const kind = enumValue(kinds, first(query.kind)) ?? (scope.kinds?.length ? kinds[0] : undefined)
  return {
    q: first(query.q).trim().slice(0, MAX_QUERY_LENGTH),
    department: code('department'),
    kind,
    domain: scope.domain ?? code('domain'),
    subItem: code('subItem'),
    year: yearValue(first(query.year).trim()),
    category: enumValue(FIVE_PUBLIC, first(query.category)),
    validity: enumValue(RECORD_VALIDITIES, first(query.validity)),
    page: pageValue(query.page),
  }
}

/** The URL query for a state: defaults and what the page fixes are left out. */
export function toDisclosureLocation(
  state: DisclosureFilters,
  scope: CatalogueScope = {},
): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.q) query.q = state.q
  if (state.department) query.department = state.department
  if (state.kind && state.kind !== scope.kinds?.[0]) query.kind = state.kind
  if (state.domain && !scope.domain) query.domain = state.domain
  if (state.subItem) query.subItem = state.subItem
  if (state.year) query.year = String(state.year)
  if (state.category) query.category = state.category
  if (state.validity) query.validity = state.validity
  if (state.page > 1) query.page = String(state.page)
  return query
}

/** The API's query parameters (the same names; empty ones are not sent). */
export function toDisclosureApiQuery(state: DisclosureFilters, size: number): DisclosureQuery {
  return {
    q: state.q || undefined,
    department: state.department || undefined,
    kind: state.kind,
    domain: state.domain || undefined,
    subItem: state.subItem || undefined,
    year: state.year,
    category: state.category,
    validity: state.validity,
    page: state.page,
    size,
  }
}

/** True when a search or a filter the reader chose narrows the list (not what the page fixes). */
export function isNarrowed(state: DisclosureFilters, scope: CatalogueScope = {}): boolean {
  return Boolean(
    state.q ||
    state.department ||
    (state.kind && !scope.kinds?.length) ||
    (state.domain && !scope.domain) ||
    state.subItem ||
    state.year ||
    state.category ||
    state.validity,
  )
}

export interface UseDisclosureCatalogueQuery extends UseQueryState<DisclosureFilters> {
  /** Navigates to the list without any filter the reader chose (keeps the page's kind switch). */
  clear: () => Promise<void>
}

export function useDisclosureCatalogueQuery(
  scope: () => CatalogueScope = () => ({}),
): UseDisclosureCatalogueQuery {
  const router = useRouter()
  const query = useQueryState(
    (q) => parseDisclosureQuery(q, scope()),
    (state) => toDisclosureLocation(state, scope()),
  )

  async function clear(): Promise<void> {
    const kind = scope().kinds?.length ? query.state.value.kind : undefined
    await router.push(query.linkTo({ ...EMPTY_FILTERS, kind }))
  }

  return { ...query, clear }
}
