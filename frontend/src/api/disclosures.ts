import { useApi } from '@/composables/useApi'
import { config } from '@/config'
import { call } from './problem'
import type {
  AttachmentRef,
  DisclosureDetail,
  DisclosurePage,
  DisclosureQuery,
  DisclosureVersionSummary,
} from './types'

/**
 * The public disclosure catalogue (政府信息公开目录): lists, records, their versions, the key
 * domains, and the addresses of attachments and Atom feeds.
 */

export async function listDisclosures(
  query: DisclosureQuery,
  signal?: AbortSignal,
): Promise<DisclosurePage> {
  return (await call(useApi().GET('/api/v1/disclosures', { params: { query }, signal }))).data
}

function requestDisclosure(id: string, signal?: AbortSignal): Promise<DisclosureDetail> {
  return call(
    useApi().GET('/api/v1/disclosures/{id}', {
      params: { path: { id } },
      // always revalidated (ETag): a new version, a withdrawal or an expiry shows at once
      cache: 'no-cache',
      signal,
    }),
  ).then(({ data }) => data)
}

/** Like the guide page: the record's request starts from the route, in parallel with the page's code. */
const prefetched = new Map<string, Promise<DisclosureDetail>>()

export function prefetchDisclosure(id: string): void {
  if (prefetched.has(id)) return
  const pending = requestDisclosure(id)
  pending.catch(() => undefined) // reported when the page takes it
  prefetched.set(id, pending)
}

export function fetchDisclosure(id: string, signal?: AbortSignal): Promise<DisclosureDetail> {
  const pending = prefetched.get(id)
  prefetched.delete(id)
  return pending ?? requestDisclosure(id, signal)
}

export async function listDisclosureVersions(
  id: string,
  signal?: AbortSignal,
): Promise<DisclosureVersionSummary[]> {
  return (
    await call(
      useApi().GET('/api/v1/disclosures/{id}/versions', {
        params: { path: { id } },
        cache: 'no-cache',
        signal,
      }),
    )
  ).data
}

export async function getDisclosureVersion(
  id: string,
  version: number,
  signal?: AbortSignal,
): Promise<DisclosureDetail> {
  return (
    await call(
      useApi().GET('/api/v1/disclosures/{id}/versions/{version}', {
        params: { path: { id, version } },
        signal,
      }),
    )
  ).data
}

/** The record's files ([] when it has none). */
export function attachmentsOf(record: DisclosureDetail): AttachmentRef[] {
  return record.attachments ?? []
}

function apiUrl(path: string): string {
  return `${config.apiUrl.replace(/\/+$/, '')}${path}`
}

/**
 * Where a file of the record's current version is downloaded (a plain link: the API sends it
 * with its type and an RFC 6266 file name).
 */
export function attachmentUrl(recordId: string, fileId: string): string {
  return apiUrl(
    `/api/v1/disclosures/${encodeURIComponent(recordId)}/attachments/${encodeURIComponent(fileId)}`,
  )
}

/**
 * The Atom feed of a key domain's or a department's newest published records (GET
 * /api/v1/feeds/…/{code}.atom): an address for links, never fetched by the SPA.
 */
export function feedUrl(collection: 'key-domains' | 'departments', code: string): string {
  return apiUrl(`/api/v1/feeds/${collection}/${encodeURIComponent(code)}.atom`)
}
