import type {
  DisclosureDetail,
  DisclosurePage,
  DisclosureSummary,
  DisclosureVersionSummary,
  KeyDomain,
} from '@/api/types'

/** Records, versions and key domains of the disclosure catalogue, for the public pages' specs. */

export const POLICY_ID = '6f1c2a0e-8a51-4a39-9a3e-6b1d2c3e4f50'
export const INTERPRETATION_ID = '0b9e8d7c-6a5b-4c3d-8e2f-1a0b9c8d7e6f'
export const NEWER_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'
export const BUDGET_ID = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f'

export const keyDomains: KeyDomain[] = [
  {
    code: 'powers-responsibilities',
    name: '权责清单',
    subItems: [
      { code: 'power-list', name: '权力清单' },
      { code: 'responsibility-list', name: '责任清单' },
    ],
  },
  {
    code: 'fiscal-budgets',
    name: '财政预决算',
    subItems: [
      { code: 'government-budgets', name: '政府预决算' },
      { code: 'department-budgets', name: '部门预决算' },
      { code: 'three-public-expenses', name: '"三公"经费' },
    ],
  },
]

export function disclosureSummary(overrides: Partial<DisclosureSummary> = {}): DisclosureSummary {
  return {
    id: POLICY_ID,
    indexNumber: '11211400MB0000001X/2026-00007',
    kind: 'NORMATIVE_DOCUMENT',
    title: '关于规范户籍窗口服务的通知',
    documentNumber: '葫公发〔2026〕7号',
    department: { code: 'public-security', name: '葫芦岛市公安局' },
    writtenOn: '2026-03-02',
    publishedOn: '2026-03-10',
    category: 'DECISION',
    validity: 'VALID',
    subItems: ['power-list'],
    domains: ['powers-responsibilities'],
    ...overrides,
  }
}

export function disclosurePage(items: DisclosureSummary[], total = items.length): DisclosurePage {
  return { items, total, page: 1, size: 20 }
}

export function disclosureDetail(overrides: Partial<DisclosureDetail> = {}): DisclosureDetail {
  return {
    id: POLICY_ID,
    indexNumber: '11211400MB0000001X/2026-00007',
    kind: 'NORMATIVE_DOCUMENT',
    title: '关于规范户籍窗口服务的通知',
    documentNumber: '葫公发〔2026〕7号',
    department: { code: 'public-security', name: '葫芦岛市公安局' },
    writtenOn: '2026-03-02',
    publishedOn: '2026-03-10',
    topic: '公安、安全、司法',
    keywords: ['户籍', '窗口服务'],
    subItems: ['power-list'],
    domains: ['powers-responsibilities'],
    category: 'DECISION',
    validity: 'VALID',
    validFrom: '2026-04-01',
    body: '<p>各派出所：</p><p>为规范户籍窗口服务，现通知如下。</p>',
    interpretations: [
      {
        id: INTERPRETATION_ID,
        indexNumber: '11211400MB0000001X/2026-00008',
        kind: 'INTERPRETATION',
        title: '《关于规范户籍窗口服务的通知》解读',
      },
    ],
    related: [],
    attachments: [
      {
        id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
        fileName: '户籍窗口服务规范.pdf',
        mediaType: 'application/pdf',
        size: 184320,
      },
    ],
    version: 2,
    publishedAt: '2026-03-10T02:00:00Z',
    changeNote: '更正附件',
    ...overrides,
  }
}

export const disclosureVersions: DisclosureVersionSummary[] = [
  { version: 2, state: 'PUBLISHED', publishedAt: '2026-03-10T02:00:00Z', changeNote: '更正附件' },
  { version: 1, state: 'SUPERSEDED', publishedAt: '2026-03-09T02:00:00Z', changeNote: '首次发布' },
]
