import type { OfficeApplicationView } from '@/api/types'

export const CASE_ID = '00000000-0000-4000-8000-000000000001'

/** A case in the disclosure office (in progress, due far ahead), with overrides. */
export function officeCase(overrides: Partial<OfficeApplicationView> = {}): OfficeApplicationView {
  return {
    id: CASE_ID,
    trackingNumber: 'YSQ2026-000001',
    departmentCode: 'public-security',
    state: 'IN_PROGRESS',
    channel: 'ONLINE',
    applicantType: 'NATURAL_PERSON',
    organisationKind: null,
    applicantName: '张三',
    idType: 'RESIDENT_ID',
    idNumberMasked: '2****************X',
    phone: '0429-1234567',
    email: null,
    postalAddress: null,
    title: null,
    documentNumber: null,
    description: '户籍窗口服务规范',
    formWanted: 'ELECTRONIC',
    delivery: 'ONLINE',
    receivedOn: '2026-12-01',
    clock: {
      replyDue: '2099-12-29',
      workingDaysLeft: 19,
      overdue: false,
      dueSoon: false,
      correctionRequestBy: '2099-12-10',
      correctionDue: null,
      pausedWorkingDays: 0,
      extendedWorkingDays: 0,
      yearsWithoutSchedule: [],
    },
    handler: null,
    outcome: null,
    outcomeReason: null,
    replyText: null,
    repliedOn: null,
    indexNumbers: [],
    documents: [],
    extensionPending: null,
    fee: null,
    timeline: [{ kind: 'RECEIVED', on: '2026-12-01', at: '2026-12-01T02:00:00Z', internal: false }],
    ...overrides,
  }
}
