import { useApi } from '@/composables/useApi'
import { call } from './problem'
import type { KeyDomainUpdate, KeyDomain } from './types'
import { ifMatch, versioned, type Versioned } from './versioned'

/** The 12 key domains (重点领域) and their sub-items: public list, the admin's editor. */

/** Every domain with its sub-items, in the column's order (`fresh`: revalidated after a write). */
export async function listKeyDomains({
  fresh = false,
  signal,
}: { fresh?: boolean; signal?: AbortSignal } = {}): Promise<KeyDomain[]> {
  return (
    await call(
      useApi().GET('/api/v1/key-domains', { signal, ...(fresh ? { cache: 'no-cache' } : {}) }),
    )
  ).data
}

export async function getAdminKeyDomain(
  code: string,
  signal?: AbortSignal,
): Promise<Versioned<KeyDomain>> {
  return versioned(
    await call(
      useApi().GET('/api/v1/admin/key-domains/{code}', {
        params: { path: { code } },
        signal,
        cache: 'no-cache',
      }),
    ),
  )
}

/** Renames the domain, renames, reorders or adds sub-items (the API never removes one). */
export async function updateKeyDomain(
  code: string,
  etag: string | null,
  body: KeyDomainUpdate,
): Promise<Versioned<KeyDomain>> {
  return versioned(
    await call(
      useApi().PUT('/api/v1/admin/key-domains/{code}', {
        params: { path: { code }, header: ifMatch(etag) },
        body,
      }),
    ),
  )
}
