import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '@/test/fakeApi'
import { departments } from '@/test/fixtures'
import { mountWith } from '@/test/mount'
import ServiceCreateView from './ServiceCreateView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())
// an administrator chooses the department (staff create in their own)
vi.mock('@/stores/auth', () => ({
  useAuthStore: () => ({ isAdmin: true, department: 'gov-office' }),
}))

const NEW_ID = '11111111-2222-3333-4444-555555555555'

beforeEach(() => {
  fakeApi.reset()
  fakeApi.on('GET', /^\/api\/v1\/departments$/, () => ({ body: departments }))
})

describe('creating an item', () => {
  it('explains malformed codes before asking the API', async () => {
    const { wrapper } = await mountWith(ServiceCreateView, { path: '/console/services/new' })
    await wrapper.get('#create-basicCode').setValue('12ab')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('#create-basicCode-error').text()).toBe('编码格式不正确。')
    expect(wrapper.get('#create-basicCode').attributes('aria-invalid')).toBe('true')
    expect(fakeApi.last('POST', /\/admin\/services$/)).toBeUndefined()
  })

  it('creates the first draft and opens it in the editor', async () => {
    fakeApi.on('POST', /^\/api\/v1\/admin\/services$/, () => ({
      status: 201,
      body: { id: NEW_ID, lockVersion: 0 },
      headers: { ETag: '"0"' },
    }))
    const { wrapper, router } = await mountWith(ServiceCreateView, {
      path: '/console/services/new',
    })
    await wrapper.get('#create-departmentCode').setValue('public-security')
    await wrapper.get('#create-basicCode').setValue('000105009000')
    await wrapper.get('#create-implementationCode').setValue('11211400mb0000001x000105009000000001')
    await wrapper.get('#create-name').setValue('机动车驾驶证补领')
    await wrapper.get('#create-type').setValue('ADMINISTRATIVE_LICENSE')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() =>
      expect(router.currentRoute.value.path).toBe(`/console/services/${NEW_ID}`),
    )
    expect(fakeApi.last('POST', /\/admin\/services$/)?.body).toEqual({
      departmentCode: 'public-security',
      basicCode: '000105009000',
      implementationCode: '11211400MB0000001X000105009000000001',
      guide: { name: '机动车驾驶证补领', type: 'ADMINISTRATIVE_LICENSE', audience: 'PERSON' },
    })
  })

  it('shows the API’s field errors at their fields (a taken code)', async () => {
    fakeApi.on('POST', /^\/api\/v1\/admin\/services$/, () => ({
      status: 409,
      body: {
        status: 409,
        title: 'Conflict',
        detail: 'The implementation code is taken.',
        errors: [{ field: 'implementationCode', code: 'duplicate', message: 'taken' }],
      },
    }))
    const { wrapper } = await mountWith(ServiceCreateView, { path: '/console/services/new' })
    await wrapper.get('#create-departmentCode').setValue('public-security')
    await wrapper.get('#create-basicCode').setValue('000105009000')
    await wrapper.get('#create-implementationCode').setValue('11211400MB0000001X000105009000000001')
    await wrapper.get('#create-name').setValue('机动车驾驶证补领')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() =>
      expect(wrapper.get('#create-implementationCode-error').text()).toBe('编码已存在。'),
    )
  })
})
