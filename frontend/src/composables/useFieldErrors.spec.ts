import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref, type Ref } from 'vue'
import type { FieldError } from '@/api/types'
import TextField from '@/components/base/TextField.vue'
import { mountWith } from '@/test/mount'
import { useFieldErrors, type FieldErrors } from './useFieldErrors'

/** A form with two fields, `name` and `phone` (API paths `details.name`, `details.phone`). */
async function mountForm(initial: FieldError[] = []) {
  let fields!: FieldErrors
  let errors!: Ref<FieldError[]>
  const Form = defineComponent(() => {
    errors = ref(initial)
    fields = useFieldErrors(
      {
        idOf: (field) => `test-${field}`,
        fieldOf: (path) => {
          const field = path.replace(/^details\./, '')
          return ['name', 'phone'].includes(field) ? field : null
        },
      },
      errors,
    )
    return () =>
      h('form', [
        h(TextField, { name: 'name', label: '名称', required: true }),
        h(TextField, { name: 'phone', label: '电话', hint: '区号-号码' }),
      ])
  })
  const { wrapper } = await mountWith(Form)
  return { wrapper, fields: () => fields, errors: () => errors }
}

describe('field errors of a form', () => {
  it('place the API’s errors at their fields and keep the rest apart', async () => {
    const { fields } = await mountForm([
      { field: 'details.phone', code: 'invalid', message: 'bad phone' },
      { code: 'malformed-json', message: 'bad' },
    ])
    expect(fields().placed.value).toEqual([
      { field: 'details.phone', code: 'invalid', message: 'bad phone', anchor: 'phone' },
      { code: 'malformed-json', message: 'bad', anchor: null },
    ])
    expect(fields().unplaced.value.map((e) => e.code)).toEqual(['malformed-json'])
  })

  it('tie each message to its input (aria-invalid, aria-describedby after the hint)', async () => {
    const { wrapper } = await mountForm([{ field: 'details.phone', code: 'invalid', message: 'x' }])
    const phone = wrapper.get('#test-phone')
    expect(wrapper.get('label[for="test-phone"]').text()).toBe('电话')
    expect(phone.attributes('aria-invalid')).toBe('true')
    expect(phone.attributes('aria-describedby')).toBe('test-phone-hint test-phone-error')
    expect(wrapper.get('#test-phone-error').text()).toBe('格式不正确。')
    const name = wrapper.get('#test-name')
    expect(name.attributes('aria-invalid')).toBeUndefined()
    expect(name.attributes('aria-describedby')).toBeUndefined()
    // the label is the field's name alone; the visible required marker beside it is hidden from assistive technology
    expect(wrapper.get('label[for="test-name"]').text()).toBe('名称')
    expect(wrapper.get('.form-field__required').attributes('aria-hidden')).toBe('true')
    expect(wrapper.get('.form-field__required').text()).toBe('（必填）')
  })

  it('move focus to the first invalid field, and forget errors inside a path', async () => {
    const { fields, errors } = await mountForm()
    expect(await fields().focusFirst()).toBe(false)
    errors().value = [{ field: 'details.name', code: 'required', message: 'x' }]
    expect(await fields().focusFirst()).toBe(true)
    expect(document.activeElement?.id).toBe('test-name')
    fields().clearWithin('details')
    expect(errors().value).toEqual([])
  })
})
