import { useApi } from '@/composables/useApi'
import { call } from './problem'
import type { AuditPage, AuditQuery } from './types'

/** The audit log (newest first): admins read every department's entries, staff their own. */
export async function listAuditEntries(
  query: AuditQuery,
  signal?: AbortSignal,
): Promise<AuditPage> {
  return (await call(useApi().GET('/api/v1/admin/audit', { params: { query }, signal }))).data
}
