import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { AuditQuery } from '@/api/types'
import { CODE } from './useCatalogueQuery'
import { firstValue, pageValue, useQueryState, type UseQueryState } from './useQueryState'

/** The audit log's filters: department, item (entity id), user, and a range of days. */
export interface AuditFilters {
  department: string
  entityId: string
  actor: string
  /** ISO dates (YYYY-MM-DD, the city's days), '' for open. */
  from: string
  to: string
  page: number
}

export const AUDIT_FILTERS = ['department', 'entityId', 'actor', 'from', 'to'] as const
export type AuditFilter = (typeof AUDIT_FILTERS)[number]

const MAX_TEXT = 100
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Reads the filters of a URL; anything malformed is ignored, never an error. */
function parseAuditQuery(query: LocationQuery): AuditFilters {
  const text = (name: string) => firstValue(query[name]).trim().slice(0, MAX_TEXT)
  const matching = (name: string, pattern: RegExp) => {
    const v = text(name)
    return pattern.test(v) ? v : ''
  }
  return {
    department: matching('department', CODE),
    entityId: text('entityId'),
    actor: text('actor'),
    from: matching('from', DATE),
    to: matching('to', DATE),
    page: pageValue(query.page),
  }
}

/** The URL query of the filters (empty ones and page 1 left out). */
function toAuditLocation(filters: AuditFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  for (const name of AUDIT_FILTERS) if (filters[name]) query[name] = filters[name]
  if (filters.page > 1) query.page = String(filters.page)
  return query
}

/** The API's query (the same names; empty filters are not sent). */
export function toAuditApiQuery(filters: AuditFilters, size: number): AuditQuery {
  return {
    department: filters.department || undefined,
    entityId: filters.entityId || undefined,
    actor: filters.actor || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    page: filters.page,
    size,
  }
}

export function useAuditQuery(): UseQueryState<AuditFilters> {
  return useQueryState(parseAuditQuery, toAuditLocation)
}
