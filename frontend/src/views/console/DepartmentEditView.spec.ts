import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '@/test/fakeApi'
import { departments } from '@/test/fixtures'
import { mountWith } from '@/test/mount'
import DepartmentEditView from './DepartmentEditView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())
vi.mock('@/stores/auth', () => ({
  useAuthStore: () => ({ isAdmin: true, department: 'gov-office' }),
}))

const department = departments[0]

beforeEach(() => {
  fakeApi.reset()
  fakeApi.on('GET', /^\/api\/v1\/admin\/departments\/natural-resources$/, () => ({
    body: department,
    headers: { ETag: '"3"' },
  }))
})

async function openEditor() {
  const { wrapper } = await mountWith(DepartmentEditView, {
    props: { code: 'natural-resources' },
    path: '/console/departments/natural-resources',
  })
  return wrapper
}

describe('the department directory editor (admin)', () => {
  it('saves with If-Match and shows what the server kept', async () => {
    fakeApi.on('PUT', /^\/api\/v1\/admin\/departments\/natural-resources$/, (request) => ({
      body: { ...department, ...(request.body as object) },
      headers: { ETag: '"4"' },
    }))
    const wrapper = await openEditor()
    expect(wrapper.get('h1').text()).toBe('编辑部门：葫芦岛市自然资源局')
    expect(wrapper.get<HTMLInputElement>('#dept-phone').element.value).toBe('0429-2000000')
    await wrapper.get('#dept-phone').setValue('0429-2999999')
    await wrapper.get('#dept-disclosureEmail').setValue('xxgk@huludao.example')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const put = fakeApi.last('PUT', /departments/)
    expect(put?.headers.get('If-Match')).toBe('"3"')
    expect(put?.body).toMatchObject({
      name: '葫芦岛市自然资源局',
      kind: 'DEPARTMENT',
      phone: '0429-2999999',
      disclosureContact: {
        address: '政务公开办',
        phone: '0429-2000001',
        email: 'xxgk@huludao.example',
      },
    })
    expect(wrapper.get('.form-actions__status').text()).toBe('已保存。')
  })

  it('says when someone else changed the department meanwhile', async () => {
    fakeApi.on('PUT', /departments/, () => ({
      status: 412,
      headers: { ETag: '"5"' },
      body: { status: 412, title: 'Changed by someone else' },
    }))
    const wrapper = await openEditor()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('.conflict-notice').text()).toContain('此部门已被他人修改')
    expect(wrapper.get('.conflict-notice').text()).toContain('其他人修改了这个部门')
  })

  it('puts invalid fields next to their inputs', async () => {
    fakeApi.on('PUT', /departments/, () => ({
      status: 400,
      body: {
        status: 400,
        title: 'Invalid request',
        errors: [{ field: 'creditCode', code: 'invalid', message: 'must match' }],
      },
    }))
    const wrapper = await openEditor()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#dept-creditCode').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#dept-creditCode-error').text()).toBe('格式不正确。')
  })
})
