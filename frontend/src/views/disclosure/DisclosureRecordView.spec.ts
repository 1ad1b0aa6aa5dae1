import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '@/test/fakeApi'
import {
  BUDGET_ID,
  disclosureDetail,
  disclosureVersions,
  INTERPRETATION_ID,
  keyDomains,
  NEWER_ID,
  POLICY_ID,
} from '@/test/disclosureFixtures'
import { mountWith } from '@/test/mount'
import DisclosureRecordView from './DisclosureRecordView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())

beforeEach(() => {
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/key-domains$/, () => ({ body: keyDomains }))
    .on('GET', /^\/api\/v1\/disclosures\/[^/]+\/versions$/, () => ({ body: disclosureVersions }))
    .on('GET', /^\/api\/v1\/disclosures\/[^/]+$/, () => ({ body: disclosureDetail() }))
})

async function open(id = POLICY_ID, version?: string) {
  const path = `/disclosure/records/${id}${version ? `/versions/${version}` : ''}`
  return mountWith(DisclosureRecordView, { props: version ? { id, version } : { id }, path })
}

function metadata(wrapper: Awaited<ReturnType<typeof open>>['wrapper']): Record<string, string> {
  return Object.fromEntries(
    wrapper
      .findAll('.disclosure-metadata tr')
      .map((tr) => [tr.get('th').text(), tr.get('td').text()]),
  )
}

describe('the record page', () => {
  it('shows the catalogue entry, the body, files, interpretations and the history', async () => {
    const { wrapper } = await open()
    expect(wrapper.get('h1').text()).toBe('关于规范户籍窗口服务的通知')
    expect(metadata(wrapper)).toEqual({
      索引号: '11211400MB0000001X/2026-00007',
      信息分类: '权责清单 · 权力清单',
      主题分类: '公安、安全、司法',
      信息类型: '行政规范性文件',
      发布机构: '葫芦岛市公安局',
      成文日期: '2026年3月2日',
      发布日期: '2026年3月10日',
      文号: '葫公发〔2026〕7号',
      主题词: '户籍、窗口服务',
      有效性: '有效自 2026年4月1日 起施行',
      五公开: '决策公开',
    })
    // the server-cleaned HTML is rendered as HTML
    expect(
      wrapper
        .get('.disclosure-body')
        .findAll('p')
        .map((p) => p.text()),
    ).toEqual(['各派出所：', '为规范户籍窗口服务，现通知如下。'])
    const file = wrapper.get('.disclosure-attachments a')
    expect(file.attributes('href')).toBe(
      `http://localhost:8080/api/v1/disclosures/${POLICY_ID}/attachments/a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d`,
    )
    expect(file.text()).toBe('下载户籍窗口服务规范.pdf')
    expect(wrapper.get('.disclosure-attachments__facts').text()).toBe('PDF，180 kB')
    expect(wrapper.get('#record-interpretations').text()).toBe('政策解读')
    expect(wrapper.get('.disclosure-links a').attributes('href')).toBe(
      `/disclosure/records/${INTERPRETATION_ID}`,
    )
    expect(wrapper.find('.disclosure-notice').exists()).toBe(false)
    const history = wrapper.findAll('.disclosure-history__entry')
    expect(history[0]?.text()).toContain('正在查看')
    expect(history[1]?.get('a').attributes('href')).toBe(
      `/disclosure/records/${POLICY_ID}/versions/1`,
    )
    // Legislation JSON-LD in <head>
    const json = document.head.querySelector('script[type="application/ld+json"]')?.textContent
    expect(JSON.parse(json ?? '{}')).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '葫公发〔2026〕7号',
      legislationLegalForce: 'https://schema.org/InForce',
    })
  })

  it('shows no file list while the record has none', async () => {
    fakeApi.on('GET', /^\/api\/v1\/disclosures\/[^/]+$/, () => ({
      body: disclosureDetail({ attachments: undefined }),
    }))
    const { wrapper } = await open()
    expect(wrapper.find('#record-attachments').exists()).toBe(false)
  })

  it('warns that a repealed, replaced record is no longer in force and links the newer one', async () => {
    fakeApi.on('GET', /^\/api\/v1\/disclosures\/[^/]+$/, () => ({
      body: disclosureDetail({
        validity: 'REPEALED',
        validUntil: '2026-06-30',
        supersededBy: {
          id: NEWER_ID,
          indexNumber: 'z',
          kind: 'NORMATIVE_DOCUMENT',
          title: '新通知',
        },
      }),
    }))
    const { wrapper } = await open()
    const notice = wrapper.get('.disclosure-notice--status')
    expect(notice.attributes('role')).toBe('note')
    expect(notice.text()).toContain('本文件已于 2026年6月30日 废止。')
    expect(notice.get('a').attributes('href')).toBe(`/disclosure/records/${NEWER_ID}`)
    const json = document.head.querySelector('script[type="application/ld+json"]')?.textContent
    expect(JSON.parse(json ?? '{}').legislationLegalForce).toBe('https://schema.org/NotInForce')
  })

  it('an interpretation links the document it interprets', async () => {
    fakeApi.on('GET', /^\/api\/v1\/disclosures\/[^/]+$/, () => ({
      body: disclosureDetail({
        id: INTERPRETATION_ID,
        kind: 'INTERPRETATION',
        interpretationForm: 'TEXT',
        interpretations: [],
        interprets: { id: POLICY_ID, indexNumber: 'p', kind: 'NORMATIVE_DOCUMENT', title: '通知' },
      }),
    }))
    const { wrapper } = await open(INTERPRETATION_ID)
    expect(wrapper.get('#record-interprets').text()).toBe('解读的文件')
    expect(wrapper.find('#record-interpretations').exists()).toBe(false)
    expect(wrapper.get('.disclosure-links a').attributes('href')).toBe(
      `/disclosure/records/${POLICY_ID}`,
    )
    expect(metadata(wrapper).解读形式).toBe('文字解读')
  })

  it('a past version says so and links the current one', async () => {
    fakeApi.on('GET', /^\/api\/v1\/disclosures\/[^/]+\/versions\/1$/, () => ({
      body: disclosureDetail({ version: 1, publishedAt: '2026-03-09T02:00:00Z' }),
    }))
    const { wrapper } = await open(POLICY_ID, '1')
    expect(fakeApi.last('GET', /versions\/1$/)).toBeDefined()
    const notice = wrapper.get('.disclosure-notice--version')
    expect(notice.text()).toContain('您正在查看第 1 版（2026年3月9日 发布）')
    expect(notice.get('a').attributes('href')).toBe(`/disclosure/records/${POLICY_ID}`)
    expect(wrapper.findAll('.disclosure-history__entry')[0]?.get('a').attributes('href')).toBe(
      `/disclosure/records/${POLICY_ID}`,
    )
    expect(document.head.querySelector('script[type="application/ld+json"]')).toBeNull()
  })

  it('a budget shows its four parts with real tables in 万元', async () => {
    fakeApi.on('GET', /^\/api\/v1\/disclosures\/[^/]+$/, () => ({
      body: disclosureDetail({
        id: BUDGET_ID,
        kind: 'BUDGET',
        interpretations: [],
        body: null,
        budget: {
          year: 2026,
          overview: '主要职责',
          tables: [
            {
              code: '表一',
              name: '部门收支总表',
              rows: [{ code: '2010301', name: '行政运行', amount: 356.4 }],
            },
          ],
          explanation: '收支增减的原因',
          glossary: '基本支出：保障机构正常运转的支出。',
        },
      }),
    }))
    const { wrapper } = await open(BUDGET_ID)
    expect(wrapper.findAll('.budget-report h3').map((h) => h.text())).toEqual([
      '部门概况',
      '部门预决算表',
      '情况说明',
      '名词解释',
    ])
    const table = wrapper.get('.budget-report__table')
    expect(table.get('caption').text()).toBe('表一 部门收支总表（单位：万元）')
    expect(table.findAll('thead th').map((th) => th.text())).toEqual([
      '科目编码',
      '科目名称',
      '金额（万元）',
    ])
    expect(
      table
        .findAll('tbody tr')[0]
        ?.findAll('th, td')
        .map((c) => c.text()),
    ).toEqual(['2010301', '行政运行', '356.40'])
    const json = document.head.querySelector('script[type="application/ld+json"]')?.textContent
    expect(JSON.parse(json ?? '{}')['@type']).toBe('DigitalDocument')
  })

  it('a gazette issue lists its documents, linked when they have a record; a reply its facts', async () => {
    fakeApi.on('GET', /^\/api\/v1\/disclosures\/[^/]+$/, () => ({
      body: disclosureDetail({
        kind: 'GAZETTE_ISSUE',
        interpretations: [],
        gazette: {
          year: 2017,
          issue: 3,
          documents: [
            {
              title: '关于印发2017年政务公开工作安排的通知',
              documentNumber: '葫政办发〔2017〕103号',
              record: NEWER_ID,
            },
            { title: '未收录的文件' },
          ],
        },
        reply: { number: '第045号', proposer: '王某某等3名代表', repliedOn: '2017-07-20' },
      }),
    }))
    const { wrapper } = await open()
    expect(wrapper.get('.gazette-issue__facts').text()).toBe('年度2017 年期号第 3 期')
    const rows = wrapper.findAll('.gazette-issue__documents tbody tr')
    expect(rows[0]?.get('a').attributes('href')).toBe(`/disclosure/records/${NEWER_ID}`)
    expect(rows[1]?.find('a').exists()).toBe(false)
    expect(wrapper.get('#record-reply').text()).toBe('办理信息')
    expect(wrapper.text()).toContain('王某某等3名代表')
  })

  it('an unknown or withdrawn record is “not found”', async () => {
    fakeApi.on('GET', /^\/api\/v1\/disclosures\/[^/]+$/, () => ({
      status: 404,
      body: { status: 404, title: 'Not Found' },
    }))
    const { wrapper } = await open()
    expect(wrapper.get('h1').text()).toBe('未找到该政府信息')
  })
})
