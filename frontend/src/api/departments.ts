import { useApi } from '@/composables/useApi'
import { call } from './problem'
import type { Department, DepartmentCreate, DepartmentUpdate } from './types'
import { ifMatch, versioned, type Versioned } from './versioned'

/** The department directory: public reads, and the admin's directory editor. */

export async function listDepartments({ fresh = false } = {}): Promise<Department[]> {
  return (await call(useApi().GET('/api/v1/departments', fresh ? { cache: 'no-cache' } : {}))).data
}

export async function getAdminDepartment(
  code: string,
  signal?: AbortSignal,
): Promise<Versioned<Department>> {
  return versioned(
    await call(
      useApi().GET('/api/v1/admin/departments/{code}', { params: { path: { code } }, signal }),
    ),
  )
}

export async function createDepartment(body: DepartmentCreate): Promise<Versioned<Department>> {
  return versioned(await call(useApi().POST('/api/v1/admin/departments', { body })))
}

export async function updateDepartment(
  code: string,
  etag: string | null,
  body: DepartmentUpdate,
): Promise<Versioned<Department>> {
  return versioned(
    await call(
      useApi().PUT('/api/v1/admin/departments/{code}', {
        params: { path: { code }, header: ifMatch(etag) },
        body,
      }),
    ),
  )
}
