import { describe, expect, it, vi } from 'vitest'
import { diffGuides } from '@/lib/guideDiff'
import { serviceDetail } from '@/test/fixtures'
import { mountWith, must } from '@/test/mount'
import GuideDiff from './GuideDiff.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())

describe('the version diff', () => {
  it('shows the changed sections and each changed field, old → new, in words', async () => {
    const before = must(serviceDetail().guide)
    const after = structuredClone(before)
    must(after.handling).location = '市政务服务中心二楼'
    must(must(after.materials)[1]).kind = 'ORIGINAL'
    after.fees = { charged: true, basis: '《收费标准》' }
    const { wrapper } = await mountWith(GuideDiff, {
      props: { sections: diffGuides(before, after) },
    })
    expect(wrapper.text()).toContain('有变化的部分：办理信息、申请材料、收费')
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual(['办理信息', '申请材料', '收费'])

    const location = wrapper.get('tr[data-path="handling.location"]')
    expect(location.get('th').text()).toBe('办理地点')
    expect(location.get('del').text()).toBe('葫芦岛市政务服务中心四楼A区')
    expect(location.get('ins').text()).toBe('市政务服务中心二楼')

    const kind = wrapper.get('tr[data-path="materials[1].kind"]')
    expect(kind.get('th').text()).toBe('第 2 项 › 材料类型')
    expect(kind.get('del').text()).toBe('复印件')
    expect(kind.get('ins').text()).toBe('原件')

    const charged = wrapper.get('tr[data-path="fees.charged"]')
    expect(charged.get('del').text()).toBe('否')
    expect(charged.get('ins').text()).toBe('是')
    expect(wrapper.get('tr[data-path="fees.basis"]').text()).toContain('（空）')
  })

  it('says so when nothing changed', async () => {
    const { wrapper } = await mountWith(GuideDiff, { props: { sections: [] } })
    expect(wrapper.text()).toBe('两个版本内容相同。')
  })
})
