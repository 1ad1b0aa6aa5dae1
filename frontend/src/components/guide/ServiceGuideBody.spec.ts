import { afterEach, describe, expect, it, vi } from 'vitest'
import { setLocale } from '@/composables/useLocale'
import { serviceDetail, departments, versions } from '@/test/fixtures'
import { mountWith, must } from '@/test/mount'
import ServiceGuideBody from './ServiceGuideBody.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())

async function mountGuide(item = serviceDetail()) {
  const { wrapper } = await mountWith(ServiceGuideBody, {
    props: { item, department: departments[0], versions },
  })
  return wrapper
}

const section = (wrapper: Awaited<ReturnType<typeof mountGuide>>, name: string) =>
  wrapper.get(`#guide-${name}`)

describe('the guide page body', () => {
  afterEach(() => setLocale('zh-Hans', { remember: false }))

  it('has every section, in the order the public reads them, with a table of contents', async () => {
    const wrapper = await mountGuide()
    const headings = wrapper.findAll('.guide-content h2').map((h) => h.text())
    expect(headings).toEqual([
      '基本信息',
      '受理条件',
      '申请材料',
      '办理流程',
      '办结时限',
      '收费标准',
      '办理地点和时间',
      '网上办理与到现场次数',
      '咨询与投诉',
      '办理结果',
      '常见问题',
      '设定依据',
      '权利义务与救济途径',
      '版本记录',
    ])
    const toc = wrapper.get('nav[aria-label="本页目录"]')
    expect(toc.findAll('a')).toHaveLength(13)
    expect(toc.get('a').attributes('href')).toBe('#guide-conditions')
  })

  it('moves focus to a section heading from the table of contents', async () => {
    const wrapper = await mountGuide()
    await wrapper.get('nav a[href="#guide-fees"]').trigger('click')
    expect(document.activeElement?.textContent).toBe('收费标准')
  })

  it('lists the materials with original or copy, form, copies and necessity', async () => {
    const materials = section(await mountGuide(), 'materials')
    expect(materials.text()).toContain('共 3 项材料，其中必要材料 2 项。')
    const items = materials.findAll('li.material')
    expect(items[0]?.text()).toContain('申请表')
    expect(items[0]?.text()).toContain('原件（纸质）')
    expect(items[1]?.text()).toContain('复印件（纸质）')
    expect(items[1]?.text()).toContain('2 份')
    expect(items[2]?.text()).toContain('非必要')
  })

  it('shows the legal and the promised time limit side by side', async () => {
    const time = section(await mountGuide(), 'timeLimits').text()
    expect(time).toContain('法定办结时限20 个工作日')
    expect(time).toContain('自受理之日起计算')
    expect(time).toContain('承诺办结时限5 个工作日')
    expect(time).toContain('承诺件')
    expect(time).toContain('特别程序所需时间不计入办结时限')
  })

  it('says explicitly that a service is free', async () => {
    expect(section(await mountGuide(), 'fees').text()).toContain('免费')
  })

  it('lists the fees of a charged service', async () => {
    const item = serviceDetail()
    must(item.guide).fees = {
      charged: true,
      basis: '《行政事业性收费标准》',
      items: [
        { name: '工本费', standard: '20元/证', reducible: true, reductionBasis: '低保户免收' },
      ],
    }
    const fees = section(await mountGuide(item), 'fees')
    expect(fees.text()).not.toContain('免费')
    expect(fees.get('tbody tr').text()).toContain('工本费')
    expect(fees.get('tbody tr').text()).toContain('20元/证')
    expect(fees.text()).toContain('低保户免收')
  })

  it('shows the online depth, the visits and why one must come in person', async () => {
    const online = section(await mountGuide(), 'online')
    expect(online.text()).toContain('网上办理深度Ⅲ（网上受理）')
    expect(online.text()).toContain('1 次')
    expect(online.text()).toContain('需核验原件')
    expect(online.get('a').attributes('href')).toBe(
      'https://zwfw.huludao.example/item/120100375598',
    )
  })

  it('gives where, when, whom to ask and where to complain', async () => {
    const wrapper = await mountGuide()
    expect(section(wrapper, 'place').text()).toContain('葫芦岛市政务服务中心四楼A区')
    expect(section(wrapper, 'place').text()).toContain('工作日 8:30—11:30')
    const contacts = section(wrapper, 'contacts').text()
    expect(contacts).toContain('0429-3096262')
    expect(contacts).toContain('0429-3051652')
    expect(contacts).toContain('0429-2000000') // the department's own phone
  })

  it('shows the result, the FAQ, the legal basis and the remedies', async () => {
    const wrapper = await mountGuide()
    expect(section(wrapper, 'result').text()).toContain('证照')
    expect(section(wrapper, 'faq').text()).toContain('需要多长时间？')
    expect(section(wrapper, 'legalBasis').text()).toContain('《中华人民共和国城乡规划法》')
    expect(section(wrapper, 'rights').text()).toContain('行政复议')
  })

  it('lists the published versions with dates and change notes, newest first', async () => {
    const history = section(await mountGuide(), 'history')
    const entries = history.findAll('li')
    expect(entries).toHaveLength(2)
    expect(entries[0]?.text()).toContain('第 2 版')
    expect(entries[0]?.text()).toContain('现行版本')
    expect(entries[0]?.text()).toContain('2025年6月1日')
    expect(entries[0]?.text()).toContain('办理地点调整至四楼。')
    expect(entries[0]?.text()).toContain('办理信息')
    expect(entries[1]?.text()).toContain('首次发布')
  })

  it('shows content in Traditional Chinese and labels in the chosen language', async () => {
    await setLocale('zh-Hant', { remember: false })
    const { loadTraditionalConverter } = await import('@/composables/useScript')
    await loadTraditionalConverter()
    const wrapper = await mountGuide()
    expect(section(wrapper, 'conditions').text()).toContain('申請人為依法設立的企業')
    expect(section(wrapper, 'fees').text()).toContain('免費')
  })

  it('marks Chinese content with its language in the English interface', async () => {
    await setLocale('en', { remember: false })
    const wrapper = await mountGuide()
    expect(section(wrapper, 'conditions').get('h2').text()).toBe('Conditions')
    expect(section(wrapper, 'conditions').get('ol').attributes('lang')).toBe('zh-Hans')
    expect(section(wrapper, 'fees').text()).toContain('Free')
  })
})
