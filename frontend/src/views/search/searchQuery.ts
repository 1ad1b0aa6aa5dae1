import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { FIVE_PUBLIC, RECORD_VALIDITIES, isOneOf } from '@/api/enums'
import type { SearchApiQuery, SearchKind } from '@/api/search'
import type { FivePublic, RecordValidity } from '@/api/types'
import { CODE, MAX_QUERY_LENGTH } from '@/composables/useCatalogueQuery'
import { firstValue as first, pageValue } from '@/composables/useQueryState'

/** The search page's state, all of it in the URL (shareable; the back button undoes a change). */
export interface SearchState {
  q: string
  kind: SearchKind | undefined
  department: string
  domain: string
  subItem: string
  year: number | undefined
  category: FivePublic | undefined
  validity: RecordValidity | undefined
  page: number
}

export const SEARCH_KINDS: readonly SearchKind[] = [
  'SERVICE_ITEM',
  'REGULATION',
  'NORMATIVE_DOCUMENT',
  'POLICY',
  'INTERPRETATION',
  'BUDGET',
  'FINAL_ACCOUNTS',
  'GAZETTE_ISSUE',
  'NPC_REPLY',
  'CPPCC_REPLY',
  'ANNUAL_REPORT',
  'GENERAL',
]

/** The facets the API counts, in the order it sends them; each is also a filter of the same name. */
export const FACETS = [
  'kind',
  'department',
  'domain',
  'subItem',
  'year',
  'category',
  'validity',
] as const
export type FacetName = (typeof FACETS)[number]

export const PAGE_SIZE = 20
/** The API answers 1,000 results deep (page × size). */
export const MAX_PAGE = 1000 / PAGE_SIZE

/** Reads the URL; anything unknown or malformed is ignored, never an error. */
export function parseSearchQuery(query: LocationQuery): SearchState {
  const code = (name: string) => {
    const v = first(query[name]).trim()
    return CODE.test(v) ? v : ''
  }
  const year = first(query.year).trim()
  const kind = first(query.kind)
  const category = first(query.category)
  const validity = first(query.validity)
  return {
    q: first(query.q).trim().slice(0, MAX_QUERY_LENGTH),
    kind: isOneOf(SEARCH_KINDS, kind) ? kind : undefined,
    department: code('department'),
    domain: code('domain'),
    subItem: code('subItem'),
    year: /^\d{4}$/.test(year) ? Number.parseInt(year, 10) : undefined,
    category: isOneOf(FIVE_PUBLIC, category) ? category : undefined,
    validity: isOneOf(RECORD_VALIDITIES, validity) ? validity : undefined,
    page: Math.min(pageValue(query.page), MAX_PAGE),
  }
}

export function toSearchLocation(state: SearchState): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (state.q) query.q = state.q
  for (const name of FACETS) {
    const value = state[name]
    if (value !== undefined && value !== '') query[name] = String(value)
  }
  if (state.page > 1) query.page = String(state.page)
  return query
}

export function toSearchApiQuery(state: SearchState): SearchApiQuery {
  return {
    q: state.q || undefined,
    kind: state.kind,
    department: state.department || undefined,
    domain: state.domain || undefined,
    subItem: state.subItem || undefined,
    year: state.year,
    category: state.category,
    validity: state.validity,
    page: state.page,
    size: PAGE_SIZE,
  }
}

/** A facet value as the state holds it (year is a number, the others strings). */
export function facetChange(name: FacetName, value: string | undefined): Partial<SearchState> {
  if (name === 'year') return { year: value ? Number.parseInt(value, 10) : undefined }
  if (name === 'kind') return { kind: value as SearchKind | undefined }
  if (name === 'category') return { category: value as FivePublic | undefined }
  if (name === 'validity') return { validity: value as RecordValidity | undefined }
  // choosing a sub-item keeps its domain; changing the domain drops the sub-item
  if (name === 'domain') return { domain: value ?? '', subItem: '' }
  return { [name]: value ?? '' }
}
