import { useApi } from '@/composables/useApi'
import { call } from './problem'
import type {
  ServiceDetail,
  ServicePage,
  ServiceQuery,
  Theme,
  VersionDetail,
  VersionSummary,
} from './types'

/** The public catalogue: lists, guides, their versions, and the themes. */

export async function listServices(
  query: ServiceQuery,
  signal?: AbortSignal,
): Promise<ServicePage> {
  return (await call(useApi().GET('/api/v1/services', { params: { query }, signal }))).data
}

function requestGuide(id: string, signal?: AbortSignal): Promise<ServiceDetail> {
  return call(
    useApi().GET('/api/v1/services/{id}', {
      params: { path: { id } },
      // always revalidated (ETag): right after a publication readers see the new version
      cache: 'no-cache',
      signal,
    }),
  ).then(({ data }) => data)
}

/**
 * The guide page's main request starts as soon as the router knows where it goes, in
 * parallel with loading the page's code (instead of after it): `prefetchGuide` from the
 * route, `fetchGuide` in the page, which takes over a prefetched request.
 */
const prefetched = new Map<string, Promise<ServiceDetail>>()

export function prefetchGuide(id: string): void {
  if (prefetched.has(id)) return
  const pending = requestGuide(id)
  pending.catch(() => undefined) // reported when the page takes it
  prefetched.set(id, pending)
}

export function fetchGuide(id: string, signal?: AbortSignal): Promise<ServiceDetail> {
  const pending = prefetched.get(id)
  prefetched.delete(id)
  return pending ?? requestGuide(id, signal)
}

export async function listVersions(id: string, signal?: AbortSignal): Promise<VersionSummary[]> {
  return (
    await call(
      useApi().GET('/api/v1/services/{id}/versions', {
        params: { path: { id } },
        cache: 'no-cache',
        signal,
      }),
    )
  ).data
}

export async function getVersion(
  id: string,
  version: number,
  signal?: AbortSignal,
): Promise<VersionDetail> {
  return (
    await call(
      useApi().GET('/api/v1/services/{id}/versions/{version}', {
        params: { path: { id, version } },
        signal,
      }),
    )
  ).data
}

export async function listThemes(): Promise<Theme[]> {
  return (await call(useApi().GET('/api/v1/themes'))).data
}
