import { REASONS_OF_OUTCOME } from '@/api/enums'
import type {
  ApplicationOutcome,
  ApplicationOutcomeReason,
  AssignRequest,
  ConsultationParty,
  ConsultationRequest,
  CorrectionRequest,
  ExtensionDecision,
  ExtensionRequest,
  FeeMethod,
  FeeNoticeRequest,
  FieldError,
  OfficeApplicationView,
  ReplyRequest,
  TransferRequest,
} from '@/api/types'
import { correctionRequest, isOpen } from './applicationCase'

/**
 * The disclosure office's actions on a case (correction request, consultation and its opinion,
 * extension and its decision, fee notice and payment, assignment, transfer, documents, reply,
 * internal note): the form of each, its checks before sending, the body sent, and when each is
 * possible. The API decides; these only keep the office from asking what it would refuse.
 */
export interface CaseForm {
  correctionNote: string
  correctionDeadline: string
  outcome: ApplicationOutcome | undefined
  reason: ApplicationOutcomeReason | undefined
  replyText: string
  /** 索引号 of published records, one a line (予以公开 / 部分公开 only). */
  indexNumbers: string
  note: string
  consultParty: ConsultationParty | undefined
  consulted: string
  consultNote: string
  opinion: string
  extensionDays: number | undefined
  extensionReason: string
  decision: 'approve' | 'refuse' | undefined
  decisionNote: string
  feeMethod: FeeMethod | undefined
  feePages: number | undefined
  feePayBy: string
  /** The handler's user name, one of the department's staff. */
  handler: string | undefined
  transferDepartment: string | undefined
  transferReason: string
}

export type CaseAction =
  | 'correction'
  | 'reply'
  | 'note'
  | 'consultation'
  | 'opinion'
  | 'extension'
  | 'decision'
  | 'fee'
  | 'feePaid'
  | 'assignment'
  | 'transfer'
  | 'document'

export function emptyCaseForm(): CaseForm {
  return {
    correctionNote: '',
    correctionDeadline: '',
    outcome: undefined,
    reason: undefined,
    replyText: '',
    indexNumbers: '',
    note: '',
    consultParty: undefined,
    consulted: '',
    consultNote: '',
    opinion: '',
    extensionDays: undefined,
    extensionReason: '',
    decision: undefined,
    decisionNote: '',
    feeMethod: undefined,
    feePages: undefined,
    feePayBy: '',
    handler: undefined,
    transferDepartment: undefined,
    transferReason: '',
  }
}

/** The form field of each action that shows an API error at a path of its request body. */
const FIELD_OF: Readonly<Record<CaseAction, Readonly<Record<string, string>>>> = {
  correction: { note: 'correctionNote', deadline: 'correctionDeadline' },
  reply: { outcome: 'outcome', reason: 'reason', text: 'replyText', indexNumbers: 'indexNumbers' },
  note: { note: 'note' },
  consultation: { party: 'consultParty', consulted: 'consulted', note: 'consultNote' },
  opinion: { opinion: 'opinion' },
  extension: { workingDays: 'extensionDays', reason: 'extensionReason' },
  decision: { approve: 'decision', note: 'decisionNote' },
  fee: { method: 'feeMethod', pages: 'feePages', payBy: 'feePayBy' },
  feePaid: {},
  assignment: { handler: 'handler' },
  transfer: { departmentCode: 'transferDepartment', reason: 'transferReason' },
  document: { fileName: 'document', file: 'document' },
}

/**
 * The field showing an error of an action: an API path of its request body (`workingDays`), or
 * a field of the form itself (`extensionDays`, from the form's own checks).
 */
export function caseFieldOf(action: CaseAction | null, path: string): string | null {
  if (action === null) return null
  // indexNumbers[1] is shown at the list's field
  const top = path.replace(/\[\d+\]$/, '')
  const fields = FIELD_OF[action]
  return fields[top] ?? (Object.values(fields).includes(top) ? top : null)
}

const error = (field: keyof CaseForm | 'document', code: string): FieldError => ({
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

/** Only a reply that discloses (予以公开, 部分公开) points to published records. */
export function takesIndexNumbers(outcome: ApplicationOutcome | undefined): boolean {
  return outcome === 'DISCLOSED' || outcome === 'PARTLY_DISCLOSED'
}

/** A 索引号: `<credit code or directory code>/<year>-<five digits>`, as the API checks it. */
const INDEX_NUMBER = /^[0-9A-Za-z-]+\/[0-9]{4}-[0-9]{5}$/
export const MAX_INDEX_NUMBERS = 20

/** The 索引号 typed, one a line (or separated by commas or spaces), each once. */
export function indexNumbersOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,，、;；]+/)
        .map((n) => n.trim())
        .filter(Boolean),
    ),
  ]
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
  if (takesIndexNumbers(form.outcome)) {
    const numbers = indexNumbersOf(form.indexNumbers)
    if (numbers.some((n) => !INDEX_NUMBER.test(n)))
      errors.push(error('indexNumbers', 'index-number-format'))
    else if (numbers.length > MAX_INDEX_NUMBERS) errors.push(error('indexNumbers', 'too-many'))
  }
  return errors
}

export function toReplyRequest(form: CaseForm): ReplyRequest {
  if (!form.outcome) throw new Error('no outcome chosen')
  const numbers = takesIndexNumbers(form.outcome) ? indexNumbersOf(form.indexNumbers) : []
  return {
    outcome: form.outcome,
    reason: reasonsOf(form.outcome).length ? (form.reason ?? null) : null,
    text: form.replyText.trim(),
    ...(numbers.length ? { indexNumbers: numbers } : {}),
  }
}

// ---- consultation (Arts. 32, 34) -----------------------------------------------------------------

export function checkConsultation(form: CaseForm): FieldError[] {
  const errors: FieldError[] = []
  if (!form.consultParty) errors.push(error('consultParty', 'required'))
  if (!form.consulted.trim()) errors.push(error('consulted', 'required'))
  return errors
}

export function toConsultationRequest(form: CaseForm): ConsultationRequest {
  if (!form.consultParty) throw new Error('no party chosen')
  const note = form.consultNote.trim()
  return { party: form.consultParty, consulted: form.consulted.trim(), note: note || null }
}

export function checkOpinion(form: CaseForm): FieldError[] {
  return form.opinion.trim() ? [] : [error('opinion', 'required')]
}

// ---- extension (Art. 33) -------------------------------------------------------------------------

/** The longest extension Art. 33 allows, in working days. */
export const MAX_EXTENSION_DAYS = 20

export function checkExtension(form: CaseForm): FieldError[] {
  const errors: FieldError[] = []
  const days = form.extensionDays
  if (days === undefined) errors.push(error('extensionDays', 'required'))
  else if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_DAYS)
    errors.push(error('extensionDays', 'extension-days'))
  if (!form.extensionReason.trim()) errors.push(error('extensionReason', 'required'))
  return errors
}

export function toExtensionRequest(form: CaseForm): ExtensionRequest {
  return { workingDays: form.extensionDays ?? 0, reason: form.extensionReason.trim() }
}

export function checkDecision(form: CaseForm): FieldError[] {
  return form.decision ? [] : [error('decision', 'required')]
}

export function toExtensionDecision(form: CaseForm): ExtensionDecision {
  const note = form.decisionNote.trim()
  return { approve: form.decision === 'approve', note: note || null }
}

export type ExtensionAvailability =
  'available' | 'closed' | 'awaiting-correction' | 'pending' | 'extended'

/** The extension is asked for once (Art. 33), while the clock runs, one request at a time. */
export function extensionAvailability(
  view: Pick<OfficeApplicationView, 'state' | 'timeline' | 'extensionPending'>,
): ExtensionAvailability {
  if (!isOpen(view.state)) return 'closed'
  if (view.extensionPending) return 'pending'
  if ((view.timeline ?? []).some((e) => e.kind === 'EXTENDED')) return 'extended'
  if (view.state === 'AWAITING_CORRECTION') return 'awaiting-correction'
  return 'available'
}

export type DecisionAvailability = 'none' | 'decide' | 'own-request' | 'not-admin'

/** The office's head decides: an admin, who is not the one who asked. */
export function decisionAvailability(
  view: Pick<OfficeApplicationView, 'state' | 'extensionPending'>,
  user: { isAdmin: boolean; username: string | null | undefined },
): DecisionAvailability {
  if (!isOpen(view.state) || !view.extensionPending) return 'none'
  if (!user.isAdmin) return 'not-admin'
  if (user.username && view.extensionPending.requestedBy === user.username) return 'own-request'
  return 'decide'
}

// ---- fee (Art. 42) -------------------------------------------------------------------------------

export function checkFee(form: CaseForm, today: string): FieldError[] {
  const errors: FieldError[] = []
  if (!form.feeMethod) errors.push(error('feeMethod', 'required'))
  if (form.feeMethod === 'BY_PAGES') {
    if (form.feePages === undefined) errors.push(error('feePages', 'required'))
    else if (form.feePages < 1) errors.push(error('feePages', 'min-one'))
  }
  if (!form.feePayBy) errors.push(error('feePayBy', 'required'))
  else if (form.feePayBy <= today) errors.push(error('feePayBy', 'not-after-today'))
  return errors
}

export function toFeeNoticeRequest(form: CaseForm): FeeNoticeRequest {
  if (!form.feeMethod) throw new Error('no method chosen')
  return {
    method: form.feeMethod,
    payBy: form.feePayBy,
    pages: form.feeMethod === 'BY_PAGES' ? (form.feePages ?? null) : null,
  }
}

export type FeeAvailability = 'available' | 'closed' | 'awaiting' | 'not-now'

/** A fee notice goes out on a case in progress; while it is awaited, it can be marked paid. */
export function feeAvailability(view: Pick<OfficeApplicationView, 'state'>): FeeAvailability {
  if (!isOpen(view.state)) return 'closed'
  if (view.state === 'AWAITING_FEE') return 'awaiting'
  if (view.state === 'RECEIVED' || view.state === 'IN_PROGRESS') return 'available'
  return 'not-now'
}

// ---- consultation availability -------------------------------------------------------------------

export type ConsultationAvailability = 'available' | 'closed' | 'running' | 'not-now'

/** A consultation starts on a case in progress; while it runs, its opinion can be recorded. */
export function consultationAvailability(
  view: Pick<OfficeApplicationView, 'state'>,
): ConsultationAvailability {
  if (!isOpen(view.state)) return 'closed'
  if (view.state === 'IN_CONSULTATION') return 'running'
  if (view.state === 'RECEIVED' || view.state === 'IN_PROGRESS') return 'available'
  return 'not-now'
}

// ---- assignment and transfer ---------------------------------------------------------------------

/** A user name as Keycloak keeps them (the API's pattern). */
const USER_NAME = /^[A-Za-z0-9._@-]+$/

/** The handler is required, and one of the department's staff when their list is known. */
export function checkAssignment(form: CaseForm, staff?: readonly string[]): FieldError[] {
  const handler = form.handler?.trim() ?? ''
  if (!handler) return [error('handler', 'required')]
  if (!USER_NAME.test(handler)) return [error('handler', 'user-name')]
  return staff && !staff.includes(handler) ? [error('handler', 'not-department-staff')] : []
}

export function toAssignRequest(form: CaseForm): AssignRequest {
  return { handler: form.handler?.trim() ?? '' }
}

export function checkTransfer(form: CaseForm, current: string | undefined): FieldError[] {
  const errors: FieldError[] = []
  if (!form.transferDepartment) errors.push(error('transferDepartment', 'required'))
  else if (form.transferDepartment === current)
    errors.push(error('transferDepartment', 'same-department'))
  if (!form.transferReason.trim()) errors.push(error('transferReason', 'required'))
  return errors
}

export function toTransferRequest(form: CaseForm): TransferRequest {
  return { departmentCode: form.transferDepartment ?? '', reason: form.transferReason.trim() }
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

export type ReplyAvailability =
  'available' | 'closed' | 'awaiting-correction' | 'in-consultation' | 'awaiting-fee'

/** The reply waits for a correction, a consultation's opinion or a fee. */
export function replyAvailability(view: Pick<OfficeApplicationView, 'state'>): ReplyAvailability {
  if (!isOpen(view.state)) return 'closed'
  if (view.state === 'AWAITING_CORRECTION') return 'awaiting-correction'
  if (view.state === 'IN_CONSULTATION') return 'in-consultation'
  if (view.state === 'AWAITING_FEE') return 'awaiting-fee'
  return 'available'
}
