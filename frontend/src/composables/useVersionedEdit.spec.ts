import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { ApiError } from '@/api/problem'
import type { Versioned } from '@/api/versioned'
import { mountWith } from '@/test/mount'
import { useFieldErrors } from './useFieldErrors'
import { useVersionedEdit, type VersionedEdit } from './useVersionedEdit'

interface Note {
  text: string
}

async function mountEditor(load: () => Promise<Versioned<Note>>) {
  let edit!: VersionedEdit<Note, Note>
  const Editor = defineComponent(() => {
    const fields = useFieldErrors({ idOf: (f) => `note-${f}`, fieldOf: (p) => p })
    edit = useVersionedEdit<Note, Note>({
      key: () => 'note-1',
      load,
      toForm: (data) => ({ text: data?.text ?? '' }),
      fields,
      unsavedQuestion: () => 'leave?',
    })
    return () => h('p', edit.form.value.text)
  })
  await mountWith(Editor)
  await flushPromises()
  return edit
}

const beforeUnload = () => {
  const event = new Event('beforeunload', { cancelable: true })
  window.dispatchEvent(event)
  return event.defaultPrevented
}

describe('editing a versioned resource', () => {
  it('warns before the page is left with unsaved changes, not otherwise', async () => {
    const edit = await mountEditor(async () => ({ data: { text: 'v1' }, etag: '"1"' }))
    expect(edit.etag.value).toBe('"1"')
    expect(beforeUnload()).toBe(false)
    edit.form.value.text = 'changed'
    expect(edit.dirty.value).toBe(true)
    expect(beforeUnload()).toBe(true)
  })

  it('sends the ETag it has, and keeps what was typed while the write was under way', async () => {
    const edit = await mountEditor(async () => ({ data: { text: 'v1' }, etag: '"1"' }))
    edit.form.value.text = 'sent'
    let sentWith: string | null = null
    await edit.write(async (etag) => {
      sentWith = etag
      edit.form.value.text = 'typed meanwhile'
      return { data: { text: 'sent' }, etag: '"2"' }
    })
    expect(sentWith).toBe('"1"')
    expect(edit.etag.value).toBe('"2"')
    expect(edit.form.value.text).toBe('typed meanwhile')
    expect(edit.dirty.value).toBe(true)
  })

  it('turns a 412 into a conflict and keeps the edits until reloaded', async () => {
    const edit = await mountEditor(async () => ({ data: { text: 'v1' }, etag: '"1"' }))
    edit.form.value.text = 'mine'
    const ok = await edit.run('save', () =>
      edit
        .write(() => Promise.reject(new ApiError(412, { status: 412, title: 'Stale' })))
        .then(() => undefined),
    )
    expect(ok).toBe(false)
    expect(edit.conflict.value).toBe(true)
    expect(edit.failure.value).toBeNull()
    expect(edit.form.value.text).toBe('mine')
    await edit.load()
    expect(edit.conflict.value).toBe(false)
    expect(edit.form.value.text).toBe('v1')
  })
})
