import { useApi } from '@/composables/useApi'
import { call } from './problem'
import type { components, operations } from './schema'

/** The one search over service items and published disclosure records (/api/v1/search). */

type Schemas = components['schemas']
export type SearchResults = Schemas['SearchResults']
export type SearchHit = Schemas['SearchHit']
export type SearchFacet = Schemas['SearchFacet']
export type SearchKind = Schemas['SearchKind']
export type SearchApiQuery = NonNullable<operations['search']['parameters']['query']>

export async function search(query: SearchApiQuery, signal?: AbortSignal): Promise<SearchResults> {
  return (await call(useApi().GET('/api/v1/search', { params: { query }, signal }))).data
}

/** Titles for what has been typed so far (the caller debounces). */
export async function suggestTitles(q: string, signal?: AbortSignal): Promise<string[]> {
  const { data } = await call(
    useApi().GET('/api/v1/search/suggest', { params: { query: { q, limit: 8 } }, signal }),
  )
  return data.titles ?? []
}
