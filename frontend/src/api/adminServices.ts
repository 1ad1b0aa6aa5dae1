import { useApi } from '@/composables/useApi'
import { call } from './problem'
import type {
  AdminService,
  AdminServicePage,
  AdminServiceQuery,
  AdminVersionSummary,
  ScheduleRequest,
  ServiceCreate,
  ServiceGuide,
  ValidationReport,
} from './types'
import { ifMatch, versioned, type Versioned } from './versioned'

/** The console's catalogue: staff work on their department's items, admins on all. */

/** The ETag, or the lock version the server sent in the body (same value). */
const lockTag = (data: AdminService) => `"${data.lockVersion ?? 0}"`
const path = (id: string) => ({ path: { id } })
/** The item with its new version, after a write. */
const written = async (request: Parameters<typeof call<AdminService>>[0]) =>
  versioned(await call(request), lockTag)

export async function listAdminServices(
  query: AdminServiceQuery,
  signal?: AbortSignal,
): Promise<AdminServicePage> {
  return (await call(useApi().GET('/api/v1/admin/services', { params: { query }, signal }))).data
}

export async function getAdminService(
  id: string,
  signal?: AbortSignal,
): Promise<Versioned<AdminService>> {
  return written(useApi().GET('/api/v1/admin/services/{id}', { params: path(id), signal }))
}

export async function listAdminVersions(id: string): Promise<AdminVersionSummary[]> {
  return (await call(useApi().GET('/api/v1/admin/services/{id}/versions', { params: path(id) })))
    .data
}

export async function createService(body: ServiceCreate): Promise<AdminService> {
  return (await call(useApi().POST('/api/v1/admin/services', { body }))).data
}

export async function saveDraft(
  id: string,
  etag: string | null,
  guide: ServiceGuide,
): Promise<Versioned<AdminService>> {
  return written(
    useApi().PUT('/api/v1/admin/services/{id}/draft', {
      params: { ...path(id), header: ifMatch(etag) },
      body: guide,
    }),
  )
}

export async function discardDraft(
  id: string,
  etag: string | null,
): Promise<Versioned<AdminService>> {
  return written(
    useApi().DELETE('/api/v1/admin/services/{id}/draft', {
      params: { ...path(id), header: ifMatch(etag) },
    }),
  )
}

export async function validateDraft(id: string): Promise<ValidationReport> {
  return (await call(useApi().POST('/api/v1/admin/services/{id}/validation', { params: path(id) })))
    .data
}

export async function publishDraft(
  id: string,
  etag: string | null,
  changeNote: string,
): Promise<Versioned<AdminService>> {
  return written(
    useApi().POST('/api/v1/admin/services/{id}/publication', {
      params: { ...path(id), header: ifMatch(etag) },
      body: { changeNote },
    }),
  )
}

export async function scheduleChange(
  id: string,
  etag: string | null,
  request: ScheduleRequest,
): Promise<Versioned<AdminService>> {
  return written(
    useApi().PUT('/api/v1/admin/services/{id}/schedule', {
      params: { ...path(id), header: ifMatch(etag) },
      body: request,
    }),
  )
}

export async function withdrawSchedule(
  id: string,
  etag: string | null,
): Promise<Versioned<AdminService>> {
  return written(
    useApi().DELETE('/api/v1/admin/services/{id}/schedule', {
      params: { ...path(id), header: ifMatch(etag) },
    }),
  )
}
