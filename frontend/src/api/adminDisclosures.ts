import { useApi } from '@/composables/useApi'
import { call } from './problem'
import type {
  AdminDisclosurePage,
  AdminDisclosureQuery,
  AdminDisclosureView,
  DisclosureContent,
  DisclosureCreate,
  DueRecord,
  InterpretationCoverage,
  ValidityChange,
} from './types'
import { ifMatch, versioned, type Versioned } from './versioned'

/**
 * The console's disclosure catalogue: departments keep their records (drafts, submission to the
 * confidentiality review, withdrawal, validity), the Art. 26 deadlines and the interpretation
 * coverage; reviewers clear or return what was submitted. Every write sends the ETag it read.
 */

const path = (id: string) => ({ path: { id } })
/** The record with its new version, after a read or a write. */
const record = async (request: Parameters<typeof call<AdminDisclosureView>>[0]) =>
  versioned(await call(request))

export async function listAdminDisclosures(
  query: AdminDisclosureQuery,
  signal?: AbortSignal,
): Promise<AdminDisclosurePage> {
  return (
    await call(
      useApi().GET('/api/v1/admin/disclosures', { params: { query }, signal, cache: 'no-cache' }),
    )
  ).data
}

export async function getAdminDisclosure(
  id: string,
  signal?: AbortSignal,
): Promise<Versioned<AdminDisclosureView>> {
  return record(
    useApi().GET('/api/v1/admin/disclosures/{id}', {
      params: path(id),
      signal,
      cache: 'no-cache',
    }),
  )
}

export async function createDisclosure(
  body: DisclosureCreate,
): Promise<Versioned<AdminDisclosureView>> {
  return record(useApi().POST('/api/v1/admin/disclosures', { body }))
}

export async function saveDisclosureDraft(
  id: string,
  etag: string | null,
  body: DisclosureContent,
): Promise<Versioned<AdminDisclosureView>> {
  return record(
    useApi().PUT('/api/v1/admin/disclosures/{id}/draft', {
      params: { ...path(id), header: ifMatch(etag) },
      body,
    }),
  )
}

export async function discardDisclosureDraft(
  id: string,
  etag: string | null,
): Promise<Versioned<AdminDisclosureView>> {
  return record(
    useApi().DELETE('/api/v1/admin/disclosures/{id}/draft', {
      params: { ...path(id), header: ifMatch(etag) },
    }),
  )
}

/** Sends the draft to the confidentiality review (422 lists every rule it breaks). */
export async function submitDisclosure(
  id: string,
  etag: string | null,
  note: string,
): Promise<Versioned<AdminDisclosureView>> {
  return record(
    useApi().POST('/api/v1/admin/disclosures/{id}/submit', {
      params: { ...path(id), header: ifMatch(etag) },
      body: { note },
    }),
  )
}

export async function withdrawDisclosure(
  id: string,
  etag: string | null,
  note: string,
): Promise<Versioned<AdminDisclosureView>> {
  return record(
    useApi().POST('/api/v1/admin/disclosures/{id}/withdraw', {
      params: { ...path(id), header: ifMatch(etag) },
      body: { note },
    }),
  )
}

export async function changeDisclosureValidity(
  id: string,
  etag: string | null,
  body: ValidityChange,
): Promise<Versioned<AdminDisclosureView>> {
  return record(
    useApi().POST('/api/v1/admin/disclosures/{id}/validity', {
      params: { ...path(id), header: ifMatch(etag) },
      body,
    }),
  )
}

/** Art. 26: every record with unpublished changes and the day it must be public. */
export async function listDisclosuresDue(
  department: string | undefined,
  signal?: AbortSignal,
): Promise<DueRecord[]> {
  return (
    await call(
      useApi().GET('/api/v1/admin/disclosures/due', {
        params: { query: { department } },
        signal,
        cache: 'no-cache',
      }),
    )
  ).data
}

export async function getInterpretationCoverage(
  department: string | undefined,
  signal?: AbortSignal,
): Promise<InterpretationCoverage[]> {
  return (
    await call(
      useApi().GET('/api/v1/admin/disclosures/interpretation-coverage', {
        params: { query: { department } },
        signal,
        cache: 'no-cache',
      }),
    )
  ).data
}

// ---- the confidentiality review (reviewer role) ------------------------------------------------

export async function listReviewQueue(
  query: { page?: number; size?: number },
  signal?: AbortSignal,
): Promise<AdminDisclosurePage> {
  return (
    await call(
      useApi().GET('/api/v1/review/disclosures', { params: { query }, signal, cache: 'no-cache' }),
    )
  ).data
}

/** Clears and publishes the draft (403 when the reviewer wrote it). */
export async function approveDisclosure(
  id: string,
  etag: string | null,
): Promise<Versioned<AdminDisclosureView>> {
  return record(
    useApi().POST('/api/v1/review/disclosures/{id}/approve', {
      params: { ...path(id), header: ifMatch(etag) },
    }),
  )
}

export async function returnDisclosure(
  id: string,
  etag: string | null,
  note: string,
): Promise<Versioned<AdminDisclosureView>> {
  return record(
    useApi().POST('/api/v1/review/disclosures/{id}/return', {
      params: { ...path(id), header: ifMatch(etag) },
      body: { note },
    }),
  )
}

// ---- attachments -------------------------------------------------------------------------------

/** A file of a record (in its draft's `attachments`). */
export type { AttachmentRef as Attachment } from './types'

/** The largest file the API accepts (it answers 413 above it). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

/**
 * Uploads a file to the draft (its raw bytes; the server tells its type by the content, which
 * must be a PDF, image or office document agreeing with the name: 415 otherwise, 413 above
 * 20 MB). The answer is the record with the file appended to its draft, and the new ETag.
 */
export async function uploadAttachment(
  id: string,
  etag: string | null,
  file: File,
): Promise<Versioned<AdminDisclosureView>> {
  return record(
    useApi().POST('/api/v1/admin/disclosures/{id}/attachments', {
      params: { path: { id }, query: { fileName: file.name }, header: ifMatch(etag) },
      // the contract types binary bodies as string; the bytes are sent as they are
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as Blob,
      headers: { 'Content-Type': 'application/octet-stream' },
    }),
  )
}

/** A staff download of an attachment (with the bearer token, hence not a plain link). */
export async function downloadAttachment(id: string, fileId: string): Promise<Blob> {
  const { data } = await call(
    useApi().GET('/api/v1/admin/disclosures/{id}/attachments/{fileId}', {
      params: { path: { id, fileId } },
      parseAs: 'blob',
    }),
  )
  return data
}
