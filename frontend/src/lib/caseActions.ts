import { REASONS_OF_OUTCOME } from '@/api/enums'
import type {
  ApplicationOutcome,
  ApplicationOutcomeReason,
  CorrectionRequest,
  FieldError,
  OfficeApplicationView,
  ReplyRequest,
} from '@/api/types'
import { correctionRequest, isOpen } from './applicationCase'

/**
 * The disclosure office's actions on a case (correction request, reply, internal note): the
 * form of each, its checks before sending, the body sent, and when each is possible.
 */
export interface CaseForm {
  correctionNote: string
  correctionDeadline: string
  outcome: ApplicationOutcome | undefined
  reason: ApplicationOutcomeReason | undefined
  replyText: string
  note: string
}

export type CaseAction = 'correction' | 'reply' | 'note'

export function emptyCaseForm(): CaseForm {
  return {
    correctionNote: '',
    correctionDeadline: '',
    outcome: undefined,
    reason: undefined,
    replyText: '',
    note: '',
  }
}

/** The form field of each action that shows an API error at a path of its request body. */
const FIELD_OF: Readonly<Record<CaseAction, Readonly<Record<string, keyof CaseForm>>>> = {
  correction: { note: 'correctionNote', deadline: 'correctionDeadline' },
  reply: { outcome: 'outcome', reason: 'reason', text: 'replyText' },
  note: { note: 'note' },
}

export function caseFieldOf(action: CaseAction | null, path: string): keyof CaseForm | null {
  if (action === null) return null
  return FIELD_OF[action][path] ?? null
}

const error = (field: keyof CaseForm, code: string): FieldError => ({
  field,
  code,
  message: code,
})

export function checkCorrection(form: CaseForm, today: string): FieldError[] {
  const errors: FieldError[] = []
  if (!form.correctionNote.trim()) errors.push(error('correctionNote', 'required'))
  if (!form.correctionDeadline) errors.push(error('correctionDeadline', 'required'))
  else if (form.correctionDeadline <= today)
    errors.push(error('correctionDeadline', 'not-after-today'))
  return errors
}

export function toCorrectionRequest(form: CaseForm): CorrectionRequest {
  return { note: form.correctionNote.trim(), deadline: form.correctionDeadline }
}

/** The sub-reasons the chosen outcome names one of (none for 予以公开 and 部分公开). */
export function reasonsOf(
  outcome: ApplicationOutcome | undefined,
): readonly ApplicationOutcomeReason[] {
  return outcome ? REASONS_OF_OUTCOME[outcome] : []
}

export function checkReply(form: CaseForm): FieldError[] {
  const errors: FieldError[] = []
  if (!form.outcome) errors.push(error('outcome', 'required'))
  else {
    const allowed = reasonsOf(form.outcome)
    if (allowed.length && !form.reason) errors.push(error('reason', 'required'))
    if (form.reason && !allowed.includes(form.reason))
      errors.push(error('reason', 'not-for-outcome'))
  }
  if (!form.replyText.trim()) errors.push(error('replyText', 'required'))
  return errors
}

export function toReplyRequest(form: CaseForm): ReplyRequest {
  if (!form.outcome) throw new Error('no outcome chosen')
  return {
    outcome: form.outcome,
    reason: reasonsOf(form.outcome).length ? (form.reason ?? null) : null,
    text: form.replyText.trim(),
  }
}

export function checkNote(form: CaseForm): FieldError[] {
  return form.note.trim() ? [] : [error('note', 'required')]
}

export type CorrectionAvailability = 'available' | 'closed' | 'asked' | 'late' | 'not-now'

/**
 * Whether the office may still ask for a correction (Art. 30): once, within 7 working days of
 * receipt (`clock.correctionRequestBy`), while the case is open and not in consultation.
 */
export function correctionAvailability(
  view: Pick<OfficeApplicationView, 'state' | 'clock' | 'timeline'>,
  today: string,
): CorrectionAvailability {
  if (!isOpen(view.state)) return 'closed'
  if (correctionRequest(view.timeline) || view.state === 'AWAITING_CORRECTION') return 'asked'
  const by = view.clock?.correctionRequestBy
  if (by && today > by) return 'late'
  if (view.state === 'IN_CONSULTATION') return 'not-now'
  return 'available'
}

export type ReplyAvailability = 'available' | 'closed' | 'awaiting-correction'

export function replyAvailability(view: Pick<OfficeApplicationView, 'state'>): ReplyAvailability {
  if (!isOpen(view.state)) return 'closed'
  if (view.state === 'AWAITING_CORRECTION') return 'awaiting-correction'
  return 'available'
}
