import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { AdminService } from '@/api/types'
import { fakeApi } from '@/test/fakeApi'
import { ITEM_ID, serviceDetail, themes, versions } from '@/test/fixtures'
import { mountWith, must } from '@/test/mount'
import ServiceEditorView from './ServiceEditorView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())

const published = must(serviceDetail().guide)

function adminItem(lockVersion: number, draft: AdminService['draft'] = null): AdminService {
  return {
    id: ITEM_ID,
    implementationCode: '1121140001197357X7120100375598000001',
    department: { code: 'natural-resources', name: '葫芦岛市自然资源局' },
    status: 'ACTIVE',
    version: 2,
    publishedAt: '2025-06-01T02:00:00Z',
    published,
    draft,
    draftUpdatedBy: draft ? 'staff-public-security' : null,
    draftUpdatedAt: draft ? '2026-11-27T01:00:00Z' : null,
    lockVersion,
  }
}

const etag = (n: number) => ({ ETag: `"${n}"` })

beforeEach(() => {
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/themes$/, () => ({ body: themes }))
    .on('GET', /^\/api\/v1\/departments$/, () => ({ body: [] }))
    .on('GET', /^\/api\/v1\/admin\/services\/[^/]+$/, () => ({
      body: adminItem(7),
      headers: etag(7),
    }))
    .on('GET', /^\/api\/v1\/admin\/services\/[^/]+\/versions$/, () => ({
      body: versions.map((version) => ({ version, publishedBy: 'staff-public-security' })),
    }))
})

async function openEditor() {
  const { wrapper } = await mountWith(ServiceEditorView, {
    props: { id: ITEM_ID },
    path: `/console/services/${ITEM_ID}`,
  })
  return wrapper
}

const button = (wrapper: Awaited<ReturnType<typeof openEditor>>, text: string) => {
  const found = wrapper.findAll('button').find((b) => b.text() === text)
  if (!found) throw new Error(`no button ${text}`)
  return found
}

describe('editing a draft in the console', () => {
  it('loads the published guide into the form, with the history and its publishers', async () => {
    const wrapper = await openEditor()
    expect(wrapper.get('h1').text()).toBe('建设工程规划许可证核发（新办）')
    expect(wrapper.get<HTMLInputElement>('#field-handling-location').element.value).toBe(
      '葫芦岛市政务服务中心四楼A区',
    )
    expect(wrapper.get('.editor-history').text()).toContain('发布人：staff-public-security')
    expect(wrapper.get('.editor-history a').attributes('href')).toBe(
      `/console/services/${ITEM_ID}/compare/2`,
    )
  })

  it('saves the draft with If-Match from the ETag it loaded, then uses the new ETag', async () => {
    fakeApi.on('PUT', /\/draft$/, (request) => ({
      body: adminItem(8, request.body as AdminService['draft']),
      headers: etag(8),
    }))
    const wrapper = await openEditor()
    await wrapper.get('#field-handling-location').setValue('市政务服务中心二楼')
    expect(wrapper.get('.editor-actions__status').text()).toBe('有未保存的修改')
    await button(wrapper, '保存草稿').trigger('click')
    await flushPromises()

    const put = fakeApi.last('PUT', /\/draft$/)
    expect(put?.headers.get('If-Match')).toBe('"7"')
    expect((put?.body as { handling: { location: string } }).handling.location).toBe(
      '市政务服务中心二楼',
    )
    expect(wrapper.get('.editor-actions__status').text()).toBe('草稿已保存。')

    await wrapper.get('#field-handling-hours').setValue('工作日全天')
    await button(wrapper, '保存草稿').trigger('click')
    await flushPromises()
    expect(fakeApi.last('PUT', /\/draft$/)?.headers.get('If-Match')).toBe('"8"')
  })

  it('says clearly when someone else changed the item meanwhile, and offers to reload', async () => {
    fakeApi.on('PUT', /\/draft$/, () => ({
      status: 412,
      headers: etag(9),
      body: {
        status: 412,
        title: 'Changed by someone else',
        detail: 'The item is now at version 9.',
      },
    }))
    const wrapper = await openEditor()
    await wrapper.get('#field-handling-location').setValue('我的修改')
    await button(wrapper, '保存草稿').trigger('click')
    await flushPromises()

    const conflict = wrapper.get('.conflict-notice')
    expect(conflict.attributes('role')).toBe('alert')
    expect(conflict.text()).toContain('此事项已被他人修改')
    expect(document.activeElement).toBe(conflict.element)
    // the edits are still there until the user reloads
    expect(wrapper.get<HTMLInputElement>('#field-handling-location').element.value).toBe('我的修改')

    fakeApi.on('GET', /^\/api\/v1\/admin\/services\/[^/]+$/, () => ({
      body: adminItem(9, {
        ...published,
        handling: { ...published.handling, location: '他人的修改' },
      }),
      headers: etag(9),
    }))
    await button(wrapper, '重新加载最新内容').trigger('click')
    await flushPromises()
    expect(wrapper.find('.conflict-notice').exists()).toBe(false)
    expect(wrapper.get<HTMLInputElement>('#field-handling-location').element.value).toBe(
      '他人的修改',
    )
  })

  it('checks the draft and shows each problem next to its field and in the summary', async () => {
    fakeApi.on('POST', /\/validation$/, () => ({
      body: {
        valid: false,
        errors: [
          { field: 'handling.visits', code: 'fully-online-needs-no-visit', message: 'x' },
          { field: 'materials[0].copies', code: 'paper-needs-copies', message: 'x' },
        ],
      },
    }))
    const wrapper = await openEditor()
    await button(wrapper, '检查').trigger('click')
    await flushPromises()
    expect(fakeApi.last('PUT', /\/draft$/)).toBeUndefined() // nothing to save first
    const summary = wrapper.get('.error-summary')
    expect(summary.findAll('a').map((a) => a.attributes('href'))).toEqual([
      '#field-handling-visits',
      '#field-materials-0-copies',
    ])
    expect(document.activeElement).toBe(summary.element)
    expect(wrapper.get('#field-handling-visits-error').text()).toContain('到现场次数必须为 0')
  })

  it('publishes with a change note; a 422 puts the rule violations at their fields', async () => {
    fakeApi.on('POST', /\/publication$/, () => ({
      status: 422,
      body: {
        status: 422,
        title: 'Rules not met',
        detail: '1 rule is not met.',
        errors: [{ field: 'result.sample', code: 'certificate-needs-sample', message: 'x' }],
      },
    }))
    const wrapper = await openEditor()
    await button(wrapper, '发布').trigger('click')
    await flushPromises()
    expect(document.activeElement?.id).toBe('change-note')
    await button(wrapper, '确认发布').trigger('click')
    expect(wrapper.get('#change-note-error').text()).toBe('请填写变更说明。')

    await wrapper.get('#change-note').setValue('补充结果样本。')
    await button(wrapper, '确认发布').trigger('click')
    await flushPromises()
    const post = fakeApi.last('POST', /\/publication$/)
    expect(post?.headers.get('If-Match')).toBe('"7"')
    expect(post?.body).toEqual({ changeNote: '补充结果样本。' })
    expect(wrapper.get('#field-result-sample-error').text()).toBe(
      '结果为证照的事项必须提供结果样本。',
    )
  })

  it('publishes and shows the new version', async () => {
    fakeApi.on('POST', /\/publication$/, () => ({
      body: { ...adminItem(10), version: 3 },
      headers: etag(10),
    }))
    const wrapper = await openEditor()
    await button(wrapper, '发布').trigger('click')
    await wrapper.get('#change-note').setValue('更新办理时间。')
    await button(wrapper, '确认发布').trigger('click')
    await flushPromises()
    expect(wrapper.get('.editor-actions__status').text()).toBe('已发布第 3 版。')
    expect(wrapper.find('#change-note').exists()).toBe(false)
  })

  it('discards the draft after confirmation', async () => {
    fakeApi.on('GET', /^\/api\/v1\/admin\/services\/[^/]+$/, () => ({
      body: adminItem(7, { ...published, name: '草稿名称' }),
      headers: etag(7),
    }))
    fakeApi.on('DELETE', /\/draft$/, () => ({ body: adminItem(8), headers: etag(8) }))
    const wrapper = await openEditor()
    expect(wrapper.get<HTMLInputElement>('#field-name').element.value).toBe('草稿名称')
    await button(wrapper, '放弃草稿').trigger('click')
    await button(wrapper, '确定放弃').trigger('click')
    await flushPromises()
    expect(fakeApi.last('DELETE', /\/draft$/)?.headers.get('If-Match')).toBe('"7"')
    expect(wrapper.get<HTMLInputElement>('#field-name').element.value).toBe(
      '建设工程规划许可证核发（新办）',
    )
  })

  it('schedules a suspension with If-Match, and can withdraw it', async () => {
    fakeApi.on('PUT', /\/schedule$/, (request) => ({
      body: { ...adminItem(8), scheduledChange: request.body as AdminService['scheduledChange'] },
      headers: etag(8),
    }))
    fakeApi.on('DELETE', /\/schedule$/, () => ({ body: adminItem(9), headers: etag(9) }))
    const wrapper = await openEditor()
    await wrapper.get('#schedule-status').setValue('SUSPENDED')
    await wrapper.get('#schedule-date').setValue('2027-01-01')
    await button(wrapper, '安排状态变更').trigger('click')
    expect(wrapper.get('.schedule__problem').text()).toBe('请填写生效日期和说明。')
    await wrapper.get('#schedule-note').setValue('因机构调整暂停办理。')
    await button(wrapper, '安排状态变更').trigger('click')
    await flushPromises()
    const put = fakeApi.last('PUT', /\/schedule$/)
    expect(put?.headers.get('If-Match')).toBe('"7"')
    expect(put?.body).toEqual({
      status: 'SUSPENDED',
      effectiveOn: '2027-01-01',
      note: '因机构调整暂停办理。',
    })
    expect(wrapper.get('.schedule').text()).toContain('自 2027年1月1日 起暂停办理')

    await button(wrapper, '撤销此安排').trigger('click')
    await flushPromises()
    expect(fakeApi.last('DELETE', /\/schedule$/)?.headers.get('If-Match')).toBe('"8"')
    expect(wrapper.get('.editor-actions__status').text()).toBe('已撤销状态变更安排。')
  })

  it('tells staff of another department that they cannot edit the item', async () => {
    fakeApi.on('GET', /^\/api\/v1\/admin\/services\/[^/]+$/, () => ({
      status: 403,
      body: { status: 403, title: 'Forbidden', detail: 'This item belongs to another department.' },
    }))
    const wrapper = await openEditor()
    expect(wrapper.get('h1').text()).toBe('无权编辑此事项')
    expect(wrapper.find('form').exists()).toBe(false)
  })
})
