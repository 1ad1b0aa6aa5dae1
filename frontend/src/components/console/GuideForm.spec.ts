import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref, type Ref } from 'vue'
import type { FieldError } from '@/api/types'
import { provideDraftForm, useGuideFieldErrors } from '@/composables/useDraftForm'
import { serviceDetail, themes } from '@/test/fixtures'
import { mountWith } from '@/test/mount'
import { shapeGuide, type ShapedGuide } from '@/lib/guideDraft'
import ErrorSummary from './ErrorSummary.vue'
import GuideForm from './GuideForm.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())

async function mountForm(errors: FieldError[] = []) {
  let guide!: Ref<ShapedGuide>
  let errorList!: Ref<FieldError[]>
  const Harness = defineComponent(() => {
    guide = ref(shapeGuide(serviceDetail().guide)) as Ref<ShapedGuide>
    errorList = ref(errors)
    provideDraftForm(guide, useGuideFieldErrors(errorList), ref(themes))
    return () => h('div', [h(ErrorSummary), h(GuideForm)])
  })
  const { wrapper } = await mountWith(Harness)
  return { wrapper, guide, errors: errorList }
}

const materialNames = (guide: Ref<ShapedGuide>) => guide.value.materials.map((m) => m.name)

describe('the draft form', () => {
  it('mirrors the guide: every field is a labelled input with the value of the draft', async () => {
    const { wrapper } = await mountForm()
    const location = wrapper.get<HTMLInputElement>('#field-handling-location')
    expect(location.element.value).toBe('葫芦岛市政务服务中心四楼A区')
    expect(wrapper.get('label[for="field-handling-location"]').text()).toBe('办理地点')
    expect(wrapper.get<HTMLInputElement>('#field-materials-1-copies').element.value).toBe('2')
    expect(wrapper.get<HTMLSelectElement>('#field-type').element.value).toBe(
      'ADMINISTRATIVE_LICENSE',
    )
    expect(
      wrapper.get<HTMLInputElement>('#field-handling-legalTimeLimit-value').element.value,
    ).toBe('20')
    // every input, select and textarea has a label
    for (const control of wrapper.findAll('input, select, textarea')) {
      const id = control.attributes('id')
      expect(id, control.html()).toBeTruthy()
      expect(wrapper.find(`label[for="${id}"]`).exists(), id).toBe(true)
    }
  })

  it('writes what is typed into the draft', async () => {
    const { wrapper, guide } = await mountForm()
    await wrapper.get('#field-handling-location').setValue('市政务服务中心二楼')
    await wrapper.get('#field-handling-visits').setValue('0')
    await wrapper.get('#field-online-depth').setValue('IV')
    await wrapper.get('#field-handling-channels-EXPRESS').setValue(true)
    expect(guide.value.handling.location).toBe('市政务服务中心二楼')
    expect(guide.value.handling.visits).toBe(0)
    expect(guide.value.online.depth).toBe('IV')
    expect(guide.value.handling.channels).toEqual(['WINDOW', 'ONLINE', 'EXPRESS'])
  })

  it('adds a list item with a button and puts the focus into it', async () => {
    const { wrapper, guide } = await mountForm()
    await wrapper.get('#field-materials-add').trigger('click')
    await flushPromises()
    expect(guide.value.materials).toHaveLength(4)
    expect(document.activeElement?.id).toBe('field-materials-3-name')
    expect(wrapper.get('#field-materials').text()).toContain('已添加第 4 项')
    await wrapper.get('#field-materials-3-name').setValue('居住证')
    expect(guide.value.materials[3]?.name).toBe('居住证')
  })

  it('moves items up and down with buttons; focus stays on the moved item', async () => {
    const { wrapper, guide } = await mountForm()
    await wrapper.get('#field-materials-0-down').trigger('click')
    await flushPromises()
    expect(materialNames(guide)).toEqual(['营业执照', '申请表', '授权委托书'])
    expect(document.activeElement?.id).toBe('field-materials-1-down')
    expect(wrapper.get('#field-materials').text()).toContain('已移动到第 2 项')

    await wrapper.get('#field-materials-1-up').trigger('click')
    await flushPromises()
    expect(materialNames(guide)).toEqual(['申请表', '营业执照', '授权委托书'])
    // the first item cannot move further up (the button says so and does nothing)
    expect(wrapper.get('#field-materials-0-up').attributes('aria-disabled')).toBe('true')
    await wrapper.get('#field-materials-0-up').trigger('click')
    expect(materialNames(guide)).toEqual(['申请表', '营业执照', '授权委托书'])
  })

  it('removes an item and moves focus to the next one', async () => {
    const { wrapper, guide } = await mountForm()
    const remove = wrapper.get('#field-materials-1-remove')
    expect(remove.attributes('aria-label')).toBe('删除 第 2 项')
    await remove.trigger('click')
    await flushPromises()
    expect(materialNames(guide)).toEqual(['申请表', '授权委托书'])
    expect(document.activeElement?.id).toBe('field-materials-1-name')
  })

  it('edits plain-text lists (conditions) in place', async () => {
    const { wrapper, guide } = await mountForm()
    expect(wrapper.get('label[for="field-handling-conditions-1"]').text()).toBe(
      '受理条件（第 2 项）',
    )
    await wrapper.get('#field-handling-conditions-1').setValue('建设项目符合详细规划')
    expect(guide.value.handling.conditions[1]).toBe('建设项目符合详细规划')
    await wrapper.get('#field-handling-conditions-0-remove').trigger('click')
    expect(guide.value.handling.conditions).toEqual(['建设项目符合详细规划'])
  })

  it('shows each field error next to its field, translated, and ties it to the input', async () => {
    const { wrapper } = await mountForm([
      { field: 'handling.visits', code: 'fully-online-needs-no-visit', message: 'x' },
      { field: 'materials[1].copies', code: 'paper-needs-copies', message: 'x' },
      { field: 'themes[0]', code: 'unknown-theme', message: 'x' },
      { field: 'steps', code: 'license-needs-steps', message: 'x' },
      { field: 'online.somethingNew', code: 'brand-new-rule', message: 'The server explains it.' },
    ])
    const visits = wrapper.get('#field-handling-visits')
    expect(visits.attributes('aria-invalid')).toBe('true')
    expect(visits.attributes('aria-describedby')).toBe('field-handling-visits-error')
    expect(wrapper.get('#field-handling-visits-error').text()).toBe(
      '全程网办（网上办理深度Ⅳ）的事项，到现场次数必须为 0。',
    )
    expect(wrapper.get('#field-materials-1-copies-error').text()).toContain('纸质材料必须填写份数')
    // errors without their own input are shown on the list or group around them
    expect(wrapper.get('#field-themes').text()).toContain('未知的主题分类。')
    expect(wrapper.get('#field-steps').text()).toContain('至少需要 5 个办理环节')
    // an unknown code falls back to the server's message
    expect(wrapper.get('#field-online').text()).toContain('The server explains it.')
  })

  it('sums the errors up with links that move focus to each field', async () => {
    const { wrapper } = await mountForm([
      { field: 'materials[1].copies', code: 'paper-needs-copies', message: 'x' },
      { field: 'body', code: 'malformed-json', message: 'x' },
    ])
    const summary = wrapper.get('.error-summary')
    expect(summary.get('h2').text()).toBe('发现 2 个问题，请修改后再发布：')
    const link = summary.get('a')
    expect(link.attributes('href')).toBe('#field-materials-1-copies')
    expect(link.text()).toBe('申请材料 › 第 2 项 › 纸质份数：纸质材料必须填写份数（至少 1 份）。')
    await link.trigger('click')
    expect(document.activeElement?.id).toBe('field-materials-1-copies')
    expect(summary.text()).toContain('提交的内容：提交的数据格式不正确。')
  })

  it('forgets the errors of a list when its items move (their positions changed)', async () => {
    const { wrapper, errors } = await mountForm([
      { field: 'materials[1].copies', code: 'paper-needs-copies', message: 'x' },
      { field: 'handling.visits', code: 'required', message: 'x' },
    ])
    await wrapper.get('#field-materials-0-down').trigger('click')
    await nextTick()
    expect(errors.value.map((e) => e.field)).toEqual(['handling.visits'])
  })
})
