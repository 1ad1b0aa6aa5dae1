import { describe, expect, it } from 'vitest'
import { dueMark } from './applicationCase'
import {
  checkCorrection,
  checkReply,
  correctionAvailability,
  emptyCaseForm,
  reasonsOf,
  replyAvailability,
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
