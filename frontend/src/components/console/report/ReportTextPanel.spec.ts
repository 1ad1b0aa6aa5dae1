import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '@/test/fakeApi'
import { mountWith } from '@/test/mount'
import ReportTextPanel from './ReportTextPanel.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())

const TEXT = /^\/api\/v1\/admin\/reports\/2025\/texts\/public-security$/
const SUBMISSION = /^\/api\/v1\/admin\/reports\/2025\/texts\/public-security\/submission$/
const RECORD = '3f5c2a8e-1d2b-4c6e-9a7f-0b1c2d3e4f50'
const blank = {
  year: 2025,
  departmentCode: 'public-security',
  overview: '',
  problems: '',
  other: '',
  recordId: null,
  updatedBy: null,
  updatedAt: null,
}

let version = -1
let stored: Record<string, unknown> = { ...blank }
beforeEach(() => {
  version = -1
  stored = { ...blank }
  fakeApi.reset()
  fakeApi
    .on('GET', TEXT, () => ({ body: stored, headers: { ETag: `"${version}"` } }))
    .on('PUT', TEXT, (request) => {
      version += 1
      stored = { ...stored, ...(request.body as object), updatedBy: 'staff-public-security' }
      return { body: stored, headers: { ETag: `"${version}"` } }
    })
    .on('POST', SUBMISSION, () => {
      version += 1
      stored = { ...stored, recordId: RECORD }
      return { body: stored, headers: { ETag: `"${version}"` } }
    })
})

async function open() {
  return (
    await mountWith(ReportTextPanel, { props: { year: 2025, department: 'public-security' } })
  ).wrapper
}
const button = (wrapper: Awaited<ReturnType<typeof open>>, text: string) => {
  const found = wrapper.findAll('button').find((b) => b.text() === text)
  if (!found) throw new Error(`no button ${text}`)
  return found
}

describe('the written parts of a report (console)', () => {
  it('saves what was never written with If-Match "-1", one paragraph per line, as escaped HTML', async () => {
    const wrapper = await open()
    await wrapper
      .get('#field-text-overview')
      .setValue('本年度公开工作有序开展。\n\n公开<目录>已更新。')
    await wrapper.get('.report-text').trigger('submit')
    await flushPromises()
    const put = fakeApi.last('PUT', TEXT)
    expect(put?.headers.get('If-Match')).toBe('"-1"')
    expect(put?.body).toEqual({
      overview: '<p>本年度公开工作有序开展。</p><p>公开&lt;目录&gt;已更新。</p>',
      problems: '',
      other: '',
    })
    expect(wrapper.get('.form-actions__status').text()).toBe('正文已保存。')

    await wrapper.get('#field-text-other').setValue('无。')
    await wrapper.get('.report-text').trigger('submit')
    await flushPromises()
    expect(fakeApi.last('PUT', TEXT)?.headers.get('If-Match')).toBe('"0"')
  })

  it('saves unsaved edits before it submits, then submits that version and links the record', async () => {
    const wrapper = await open()
    expect(wrapper.text()).not.toContain('报告的公开记录')
    await wrapper.get('#field-text-problems').setValue('个别部门更新不及时。')
    await button(wrapper, '提交保密审查').trigger('click')
    await flushPromises()
    const put = fakeApi.last('PUT', TEXT)
    expect((put?.body as { problems: string }).problems).toBe('<p>个别部门更新不及时。</p>')
    const submission = fakeApi.last('POST', SUBMISSION)
    expect(submission?.headers.get('If-Match')).toBe('"0"')
    const order = fakeApi.requests.filter((r) => r.method !== 'GET').map((r) => r.method)
    expect(order).toEqual(['PUT', 'POST'])
    expect(wrapper.get('.form-actions__status').text()).toBe('报告已生成并提交保密审查。')
    expect(wrapper.get(`a[href="/console/disclosures/${RECORD}"]`).text()).toBe('报告的公开记录')
  })

  it('submits at once when nothing is unsaved', async () => {
    version = 4
    stored = { ...blank, overview: '<p>已写好。</p>' }
    const wrapper = await open()
    expect((wrapper.get('#field-text-overview').element as HTMLTextAreaElement).value).toBe(
      '已写好。',
    )
    await button(wrapper, '提交保密审查').trigger('click')
    await flushPromises()
    expect(fakeApi.last('PUT', TEXT)).toBeUndefined()
    expect(fakeApi.last('POST', SUBMISSION)?.headers.get('If-Match')).toBe('"4"')
  })

  it('places a refused part (422) at its field, with a summary that names it', async () => {
    fakeApi.on('PUT', TEXT, () => ({
      status: 422,
      body: {
        status: 422,
        title: 'Unprocessable',
        errors: [{ field: 'overview', code: 'size', message: 'too long' }],
      },
    }))
    const wrapper = await open()
    await wrapper.get('#field-text-overview').setValue('很长的正文')
    await wrapper.get('.report-text').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#field-text-overview').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('.error-summary').text()).toContain('一、总体情况')
    expect(document.activeElement?.classList.contains('error-summary')).toBe(true)
  })

  it('keeps the text and offers to reload when someone else saved meanwhile (412)', async () => {
    fakeApi.on('PUT', TEXT, () => ({
      status: 412,
      body: { status: 412, title: 'Precondition Failed' },
      headers: { ETag: '"7"' },
    }))
    const wrapper = await open()
    await wrapper.get('#field-text-overview').setValue('我的修改')
    await wrapper.get('.report-text').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('正文已被他人修改')
    expect((wrapper.get('#field-text-overview').element as HTMLTextAreaElement).value).toBe(
      '我的修改',
    )
    expect(fakeApi.last('POST', SUBMISSION)).toBeUndefined()
  })
})
