import type { ServiceDetail } from '@/api/types'
import { useApi } from '@/composables/useApi'
import { call } from './problem'

/**
 * The guide page's main request starts as soon as the router knows where it goes, in
 * parallel with loading the page's code (instead of after it): `prefetchGuide` from the
 * route, `fetchGuide` in the page, which takes over a prefetched request.
 */
const prefetched = new Map<string, Promise<ServiceDetail>>()

function request(id: string, signal?: AbortSignal): Promise<ServiceDetail> {
  return call(
    useApi().GET('/api/v1/services/{id}', {
      params: { path: { id } },
      // always revalidated (ETag): right after a publication readers see the new version
      cache: 'no-cache',
      signal,
    }),
  ).then(({ data }) => data)
}

export function prefetchGuide(id: string): void {
  if (prefetched.has(id)) return
  const pending = request(id)
  pending.catch(() => undefined) // reported when the page takes it
  prefetched.set(id, pending)
}

export function fetchGuide(id: string, signal?: AbortSignal): Promise<ServiceDetail> {
  const pending = prefetched.get(id)
  prefetched.delete(id)
  return pending ?? request(id, signal)
}
