import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '@/test/fakeApi'
import { mountWith } from '@/test/mount'
import KeyDomainEditView from './KeyDomainEditView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())
vi.mock('@/stores/auth', () => ({ useAuthStore: () => ({ isAdmin: true, roles: ['admin'] }) }))

const domain = {
  code: 'fiscal-budgets',
  name: '财政预决算',
  subItems: [
    { code: 'government-budgets', name: '政府预决算' },
    { code: 'department-budgets', name: '部门预决算' },
  ],
}

beforeEach(() => {
  fakeApi.reset()
  fakeApi.on('GET', /^\/api\/v1\/admin\/key-domains\/fiscal-budgets$/, () => ({
    body: domain,
    headers: { ETag: '"2"' },
  }))
})

describe('the key-domain editor (admin)', () => {
  it('reorders and adds sub-items, never removes a saved one, and saves with If-Match', async () => {
    fakeApi.on('PUT', /key-domains/, (request) => ({
      body: { code: domain.code, ...(request.body as object) },
      headers: { ETag: '"3"' },
    }))
    const { wrapper } = await mountWith(KeyDomainEditView, {
      props: { code: 'fiscal-budgets' },
      path: '/console/key-domains/fiscal-budgets',
    })
    expect(wrapper.get('h1').text()).toBe('编辑重点领域：财政预决算')
    expect(wrapper.find('#field-subItems-0-remove').exists()).toBe(false)
    expect(wrapper.get('#field-subItems-0-code').attributes('readonly')).toBeDefined()

    await wrapper.get('#field-subItems-1-up').trigger('click')
    await wrapper.get('#field-subItems-add').trigger('click')
    await flushPromises()
    await wrapper.get('#field-subItems-2-code').setValue('three-public-expenses')
    await wrapper.get('#field-subItems-2-name').setValue('“三公”经费')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const put = fakeApi.last('PUT', /key-domains/)
    expect(put?.headers.get('If-Match')).toBe('"2"')
    expect(put?.body).toEqual({
      name: '财政预决算',
      subItems: [
        { code: 'department-budgets', name: '部门预决算' },
        { code: 'government-budgets', name: '政府预决算' },
        { code: 'three-public-expenses', name: '“三公”经费' },
      ],
    })
    expect(wrapper.get('.form-actions__status').text()).toBe('已保存。')
    // saved now: the new sub-item cannot be removed any more
    expect(wrapper.find('#field-subItems-2-remove').exists()).toBe(false)
  })
})
