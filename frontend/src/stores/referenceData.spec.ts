import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '@/test/fakeApi'
import { departments, themes } from '@/test/fixtures'
import { useReferenceDataStore } from './referenceData'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())

const departmentReads = () => fakeApi.requests.filter((r) => r.path === '/api/v1/departments')

beforeEach(() => {
  setActivePinia(createPinia())
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/departments$/, () => ({ body: departments }))
    .on('GET', /^\/api\/v1\/themes$/, () => ({ body: themes }))
})

describe('the shared reference data', () => {
  it('fetches the department directory once for every page that asks', async () => {
    const store = useReferenceDataStore()
    await Promise.all([store.loadDepartments(), store.loadDepartments()])
    await store.loadDepartments()
    expect(departmentReads()).toHaveLength(1)
    expect(store.departmentName('public-security')).toBe('葫芦岛市公安局')
    expect(store.departmentName('unknown-code')).toBe('unknown-code')
    expect(store.departmentOptions.map((o) => o.value)).toEqual([
      'natural-resources',
      'public-security',
    ])
  })

  it('fetches the directory again after an administrator changed it', async () => {
    const store = useReferenceDataStore()
    await store.loadDepartments()
    fakeApi.on('GET', /^\/api\/v1\/departments$/, () => ({
      body: [{ ...departments[0], name: '葫芦岛市自然资源和规划局' }],
    }))
    await store.refreshDepartments()
    expect(departmentReads()).toHaveLength(2)
    expect(store.departmentName('natural-resources')).toBe('葫芦岛市自然资源和规划局')
    // later readers get the refreshed list without another request
    await store.loadDepartments()
    expect(departmentReads()).toHaveLength(2)
  })

  it('tries again after a failed request', async () => {
    fakeApi.on('GET', /^\/api\/v1\/themes$/, () => ({ status: 503, body: { status: 503 } }))
    const store = useReferenceDataStore()
    await expect(store.loadThemes()).rejects.toMatchObject({ status: 503 })
    fakeApi.on('GET', /^\/api\/v1\/themes$/, () => ({ body: themes }))
    await store.loadThemes()
    expect(store.themeName('land-planning')).toBe('国土和规划建设')
  })
})
