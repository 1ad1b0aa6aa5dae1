import { describe, expect, it } from 'vitest'
import { dueMark } from './applicationCase'
import {
  caseFieldOf,
  checkAssignment,
  checkCorrection,
  checkExtension,
  checkReply,
  checkTransfer,
  consultationAvailability,
  correctionAvailability,
  decisionAvailability,
  emptyCaseForm,
  extensionAvailability,
  feeAvailability,
  indexNumbersOf,
  reasonsOf,
  replyAvailability,
  toFeeNoticeRequest,
  toReplyRequest,
} from './caseActions'

describe('a reply is one row of table 三', () => {
  it('予以公开 and 部分公开 have no sub-reason; the others name one of their own', () => {
    expect(reasonsOf('DISCLOSED')).toEqual([])
    expect(reasonsOf('PARTLY_DISCLOSED')).toEqual([])
    expect(reasonsOf('NOT_DISCLOSED')).toHaveLength(8)
    expect(reasonsOf('UNABLE_TO_PROVIDE')).toEqual([
      'NOT_HELD',
      'NEEDS_CREATION',
      'UNCLEAR_AFTER_CORRECTION',
    ])
    expect(reasonsOf('NOT_PROCESSED')).toHaveLength(5)
    expect(reasonsOf('OTHER')).toEqual(['NOT_CORRECTED', 'FEE_UNPAID', 'OTHER'])
  })

  it('needs the outcome, its reason where it has them, and the text', () => {
    const codes = (form: ReturnType<typeof emptyCaseForm>) =>
      checkReply(form).map((e) => `${e.field}:${e.code}`)
    expect(codes(emptyCaseForm())).toEqual(['outcome:required', 'replyText:required'])
    expect(codes({ ...emptyCaseForm(), outcome: 'NOT_DISCLOSED', replyText: '答复' })).toEqual([
      'reason:required',
    ])
    expect(
      codes({
        ...emptyCaseForm(),
        outcome: 'DISCLOSED',
        reason: 'STATE_SECRET',
        replyText: '答复',
      }),
    ).toEqual(['reason:not-for-outcome'])
    expect(codes({ ...emptyCaseForm(), outcome: 'PARTLY_DISCLOSED', replyText: '答复' })).toEqual(
      [],
    )
  })

  it('sends no reason for an outcome without them', () => {
    expect(
      toReplyRequest({
        ...emptyCaseForm(),
        outcome: 'PARTLY_DISCLOSED',
        replyText: ' 部分公开。 ',
      }),
    ).toEqual({ outcome: 'PARTLY_DISCLOSED', reason: null, text: '部分公开。' })
  })
})

describe('a correction (Art. 30)', () => {
  it('needs what to correct and a deadline after today', () => {
    const codes = (deadline: string) =>
      checkCorrection(
        { ...emptyCaseForm(), correctionNote: '写明年份', correctionDeadline: deadline },
        '2026-12-01',
      ).map((e) => e.code)
    expect(codes('')).toEqual(['required'])
    expect(codes('2026-12-01')).toEqual(['not-after-today'])
    expect(codes('2026-12-08')).toEqual([])
  })

  it('is asked once, within 7 working days of receipt, while the case is open', () => {
    const clock = { correctionRequestBy: '2026-12-09' }
    const asked = [{ kind: 'CORRECTION_REQUESTED' as const, on: '2026-12-02' }]
    expect(correctionAvailability({ state: 'RECEIVED', clock, timeline: [] }, '2026-12-01')).toBe(
      'available',
    )
    expect(
      correctionAvailability({ state: 'IN_PROGRESS', clock, timeline: asked }, '2026-12-03'),
    ).toBe('asked')
    expect(correctionAvailability({ state: 'RECEIVED', clock, timeline: [] }, '2026-12-10')).toBe(
      'late',
    )
    expect(correctionAvailability({ state: 'REPLIED', clock, timeline: [] }, '2026-12-01')).toBe(
      'closed',
    )
  })

  it('the reply waits for it', () => {
    expect(replyAvailability({ state: 'AWAITING_CORRECTION' })).toBe('awaiting-correction')
    expect(replyAvailability({ state: 'IN_PROGRESS' })).toBe('available')
    expect(replyAvailability({ state: 'WITHDRAWN' })).toBe('closed')
  })
})

describe('the inbox marks', () => {
  it('overdue before today, due soon up to the 5th working day, nothing for closed cases', () => {
    const today = '2026-12-01'
    const limit = '2026-12-08'
    expect(dueMark({ state: 'IN_PROGRESS', replyDue: '2026-11-30' }, today, limit)).toBe('overdue')
    expect(dueMark({ state: 'RECEIVED', replyDue: '2026-12-08' }, today, limit)).toBe('due-soon')
    expect(dueMark({ state: 'RECEIVED', replyDue: '2026-12-09' }, today, limit)).toBeNull()
    expect(dueMark({ state: 'REPLIED', replyDue: '2026-11-30' }, today, limit)).toBeNull()
    expect(dueMark({ state: 'AWAITING_CORRECTION', replyDue: null }, today, limit)).toBeNull()
  })
})

describe('the steps that pause or lengthen the clock', () => {
  it('a consultation starts on a case in progress; while it runs, the reply waits', () => {
    expect(consultationAvailability({ state: 'RECEIVED' })).toBe('available')
    expect(consultationAvailability({ state: 'IN_PROGRESS' })).toBe('available')
    expect(consultationAvailability({ state: 'IN_CONSULTATION' })).toBe('running')
    expect(consultationAvailability({ state: 'AWAITING_CORRECTION' })).toBe('not-now')
    expect(consultationAvailability({ state: 'REPLIED' })).toBe('closed')
    expect(replyAvailability({ state: 'IN_CONSULTATION' })).toBe('in-consultation')
    expect(replyAvailability({ state: 'AWAITING_FEE' })).toBe('awaiting-fee')
  })

  it('the extension is asked once, for 1 to 20 working days, one request at a time', () => {
    const extended = [{ kind: 'EXTENDED' as const, on: '2026-12-05' }]
    const pending = { workingDays: 10, reason: '调阅档案', requestedBy: 'staff-a' }
    expect(extensionAvailability({ state: 'IN_PROGRESS', timeline: [] })).toBe('available')
    expect(
      extensionAvailability({ state: 'IN_PROGRESS', timeline: [], extensionPending: pending }),
    ).toBe('pending')
    expect(extensionAvailability({ state: 'IN_PROGRESS', timeline: extended })).toBe('extended')
    expect(extensionAvailability({ state: 'AWAITING_CORRECTION', timeline: [] })).toBe(
      'awaiting-correction',
    )
    const days = (extensionDays: number | undefined) =>
      checkExtension({ ...emptyCaseForm(), extensionDays, extensionReason: '理由' }).map(
        (e) => e.code,
      )
    expect(days(undefined)).toEqual(['required'])
    expect(days(0)).toEqual(['extension-days'])
    expect(days(21)).toEqual(['extension-days'])
    expect(days(20)).toEqual([])
  })

  it('is decided by an admin who did not ask for it', () => {
    const view = {
      state: 'IN_PROGRESS' as const,
      extensionPending: { workingDays: 10, reason: '理由', requestedBy: 'admin-a' },
    }
    expect(decisionAvailability(view, { isAdmin: true, username: 'admin-b' })).toBe('decide')
    expect(decisionAvailability(view, { isAdmin: true, username: 'admin-a' })).toBe('own-request')
    expect(decisionAvailability(view, { isAdmin: false, username: 'staff-x' })).toBe('not-admin')
    expect(
      decisionAvailability({ state: 'IN_PROGRESS' }, { isAdmin: true, username: 'admin-b' }),
    ).toBe('none')
  })

  it('a fee notice goes on a case in progress; the pages count only when counting by pages', () => {
    expect(feeAvailability({ state: 'IN_PROGRESS' })).toBe('available')
    expect(feeAvailability({ state: 'AWAITING_FEE' })).toBe('awaiting')
    expect(feeAvailability({ state: 'IN_CONSULTATION' })).toBe('not-now')
    expect(
      toFeeNoticeRequest({
        ...emptyCaseForm(),
        feeMethod: 'BY_REQUESTS',
        feePages: 40,
        feePayBy: '2026-12-20',
      }),
    ).toEqual({ method: 'BY_REQUESTS', payBy: '2026-12-20', pages: null })
  })
})

describe('the reply’s 索引号 and the form’s fields', () => {
  it('reads 索引号 one a line or separated, each once, and only for a disclosure', () => {
    expect(indexNumbersOf(' A1/2026-00001\nA1/2026-00002，A1/2026-00001 ')).toEqual([
      'A1/2026-00001',
      'A1/2026-00002',
    ])
    const form = {
      ...emptyCaseForm(),
      outcome: 'NOT_DISCLOSED' as const,
      reason: 'STATE_SECRET' as const,
      replyText: '不予公开。',
      indexNumbers: 'A1/2026-00001',
    }
    expect(checkReply(form)).toEqual([])
    expect(toReplyRequest(form)).not.toHaveProperty('indexNumbers')
    expect(
      checkReply({ ...form, outcome: 'DISCLOSED', reason: undefined, indexNumbers: 'A1/26-1' }),
    ).toEqual([
      { field: 'indexNumbers', code: 'index-number-format', message: 'index-number-format' },
    ])
  })

  it('places an error of the API or of the form’s own check at the field showing it', () => {
    expect(caseFieldOf('extension', 'workingDays')).toBe('extensionDays')
    expect(caseFieldOf('extension', 'extensionDays')).toBe('extensionDays')
    expect(caseFieldOf('reply', 'indexNumbers[2]')).toBe('indexNumbers')
    expect(caseFieldOf('extension', 'opinion')).toBeNull()
    expect(caseFieldOf(null, 'note')).toBeNull()
  })

  it('a transfer goes to another department, with its reason', () => {
    const form = { ...emptyCaseForm(), transferDepartment: 'housing', transferReason: '' }
    expect(checkTransfer(form, 'housing').map((e) => `${e.field}:${e.code}`)).toEqual([
      'transferDepartment:same-department',
      'transferReason:required',
    ])
  })
})

describe('an assignment', () => {
  it('names one of the department’s staff when their list is known', () => {
    const form = (handler: string | undefined) => ({ ...emptyCaseForm(), handler })
    expect(checkAssignment(form(undefined)).map((e) => e.code)).toEqual(['required'])
    expect(checkAssignment(form('张三')).map((e) => e.code)).toEqual(['user-name'])
    expect(checkAssignment(form('clerk'), ['clerk', 'staff'])).toEqual([])
    expect(checkAssignment(form('outsider'), ['clerk']).map((e) => e.code)).toEqual([
      'not-department-staff',
    ])
    expect(checkAssignment(form('outsider'))).toEqual([])
  })
})
