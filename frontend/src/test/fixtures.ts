import type {
  CalendarYearSummary,
  CalendarYearView,
  Department,
  ServiceDetail,
  Theme,
  VersionSummary,
  WorkingDayCount,
} from '@/api/types'

export const ITEM_ID = '1b4c4e97-48e6-32e6-8e09-ca19de0653b0'

export function serviceDetail(overrides: Partial<ServiceDetail> = {}): ServiceDetail {
  return {
    id: ITEM_ID,
    implementationCode: '1121140001197357X7120100375598000001',
    basicCode: '120100375598',
    department: { code: 'natural-resources', name: '葫芦岛市自然资源局' },
    status: 'ACTIVE',
    version: 2,
    publishedAt: '2025-04-24T07:21:37Z',
    demo: true,
    guide: {
      name: '建设工程规划许可证核发（新办）',
      type: 'ADMINISTRATIVE_LICENSE',
      audience: 'LEGAL_ENTITY',
      themes: ['land-planning'],
      authority: {
        level: 'MUNICIPAL',
        powerSource: '法定本级行使',
        legalBasis: [{ title: '《中华人民共和国城乡规划法》', provision: '第四十条' }],
      },
      handling: {
        conditions: ['申请人为依法设立的企业', '建设项目符合国土空间规划'],
        legalTimeLimit: { value: 20, unit: 'WORKING_DAYS', note: '自受理之日起计算' },
        promisedTimeLimit: { value: 5, unit: 'WORKING_DAYS' },
        kind: 'COMMITTED',
        channels: ['WINDOW', 'ONLINE'],
        specialProcedures: '专家评审时间不计入',
        visits: 1,
        location: '葫芦岛市政务服务中心四楼A区',
        hours: '工作日 8:30—11:30',
        consultation: '咨询电话：0429-3096262',
        complaint: '监督投诉电话：0429-3051652',
      },
      online: {
        depth: 'III',
        url: 'https://zwfw.huludao.example/item/120100375598',
        onSiteReason: '需核验原件',
        appointment: true,
        onlinePayment: false,
      },
      materials: [
        {
          name: '申请表',
          kind: 'ORIGINAL',
          form: 'PAPER',
          necessity: 'REQUIRED',
          source: 'APPLICANT',
          copies: 1,
        },
        {
          name: '营业执照',
          kind: 'COPY',
          form: 'PAPER',
          necessity: 'REQUIRED',
          source: 'GOVERNMENT',
          copies: 2,
        },
        {
          name: '授权委托书',
          kind: 'ORIGINAL',
          form: 'PAPER',
          necessity: 'OPTIONAL',
          source: 'APPLICANT',
          copies: 1,
        },
      ],
      fees: { charged: false },
      steps: [
        { name: '申请', handlerRole: '申请人' },
        { name: '受理', timeLimit: { value: 1, unit: 'WORKING_DAYS' } },
      ],
      result: { type: 'CERTIFICATE', name: '建设工程规划许可证', sample: '见大厅公示' },
      faq: [{ question: '需要多长时间？', answer: '承诺5个工作日。' }],
      rightsAndObligations: '申请人有权依法申请。',
      remedies: '可依法申请行政复议或提起行政诉讼。',
    },
    ...overrides,
  }
}

export const versions: VersionSummary[] = [
  {
    version: 2,
    state: 'PUBLISHED',
    status: 'ACTIVE',
    publishedAt: '2025-06-01T02:00:00Z',
    changeNote: '办理地点调整至四楼。',
    changedSections: ['handling'],
  },
  {
    version: 1,
    state: 'SUPERSEDED',
    status: 'ACTIVE',
    publishedAt: '2025-04-24T07:21:37Z',
    changeNote: '首次发布',
    changedSections: [],
  },
]

export const departments: Department[] = [
  {
    code: 'natural-resources',
    name: '葫芦岛市自然资源局',
    kind: 'DEPARTMENT',
    address: '辽宁省葫芦岛市龙港区龙湾大街1号',
    phone: '0429-2000000',
    email: 'zrzyj@huludao.example',
    disclosureContact: { address: '政务公开办', phone: '0429-2000001' },
    demo: true,
  },
  { code: 'public-security', name: '葫芦岛市公安局', kind: 'DEPARTMENT', phone: '0429-3000000' },
]

export const themes: Theme[] = [
  {
    code: 'land-planning',
    audience: 'LEGAL_ENTITY',
    name: '国土和规划建设',
    nameEn: 'Land, planning and construction',
    serviceCount: 82,
  },
  {
    code: 'identity-documents',
    audience: 'PERSON',
    name: '证件办理',
    nameEn: 'Identity documents',
    serviceCount: 19,
  },
  {
    code: 'military-service',
    audience: 'PERSON',
    name: '入伍服役',
    nameEn: 'Military service',
    serviceCount: 0,
  },
]

export const calendarYears: CalendarYearSummary[] = [
  { year: 2017, source: '国务院办公厅关于2017年部分节假日安排的通知', holidays: 27, makeUpDays: 6 },
  { year: 2026, source: '国务院办公厅关于2026年部分节假日安排的通知', holidays: 33, makeUpDays: 6 },
]

/** Part of 2026: the National Day holiday and the Saturday worked for it. */
export const calendar2026: CalendarYearView = {
  year: 2026,
  source: '国务院办公厅关于2026年部分节假日安排的通知',
  updatedAt: '2025-11-04T02:00:00Z',
  days: [
    { date: '2026-10-01', kind: 'HOLIDAY', name: '国庆节' },
    { date: '2026-10-02', kind: 'HOLIDAY', name: '国庆节' },
    { date: '2026-10-03', kind: 'HOLIDAY', name: '国庆节' },
    { date: '2026-10-10', kind: 'WORKDAY', name: '国庆节调休上班' },
  ],
}

/** 20 working days from 27 September 2026, across National Day. */
export const deadlineAcrossNationalDay: WorkingDayCount = {
  from: '2026-09-27',
  to: '2026-10-29',
  workingDays: 20,
  holidays: calendar2026.days?.filter((d) => d.kind === 'HOLIDAY'),
  makeUpDays: calendar2026.days?.filter((d) => d.kind === 'WORKDAY'),
  yearsWithoutSchedule: [],
}
