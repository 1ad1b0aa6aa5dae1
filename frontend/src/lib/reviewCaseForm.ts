import type {
  FieldError,
  ReviewCase,
  ReviewCaseCreate,
  ReviewCaseUpdate,
  ReviewKind,
  ReviewResult,
} from '@/api/types'

/**
 * The console's form of an administrative review or lawsuit (table 四). Department, kind, filing
 * day and the application are fixed once registered; the result and its day change. A result
 * other than 尚未审结 needs the day it was decided, and a pending case has none.
 */
export interface ReviewCaseForm {
  departmentCode: string | undefined
  applicationId: string
  kind: ReviewKind | undefined
  filedOn: string
  result: ReviewResult
  decidedOn: string
  note: string
}

export const REVIEW_KINDS: readonly ReviewKind[] = [
  'REVIEW',
  'LAWSUIT_DIRECT',
  'LAWSUIT_AFTER_REVIEW',
]
export const REVIEW_RESULTS: readonly ReviewResult[] = ['PENDING', 'UPHELD', 'CORRECTED', 'OTHER']
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function toReviewCaseForm(
  value: ReviewCase | null,
  department: string | null = null,
): ReviewCaseForm {
  return {
    departmentCode: value?.departmentCode ?? department ?? undefined,
    applicationId: value?.applicationId ?? '',
    kind: value?.kind,
    filedOn: value?.filedOn ?? '',
    result: value?.result ?? 'PENDING',
    decidedOn: value?.decidedOn ?? '',
    note: value?.note ?? '',
  }
}

const error = (field: string, code: string): FieldError => ({ field, code, message: '' })

/** What the form's own checks find; `creating`: the fixed fields are checked too. */
export function checkReviewCaseForm(form: ReviewCaseForm, creating: boolean): FieldError[] {
  const found: FieldError[] = []
  if (creating) {
    if (!form.departmentCode) found.push(error('departmentCode', 'required'))
    const application = form.applicationId.trim()
    if (application && !UUID.test(application)) found.push(error('applicationId', 'malformed-id'))
    if (!form.kind) found.push(error('kind', 'required'))
    if (!form.filedOn) found.push(error('filedOn', 'required'))
    else if (!ISO_DATE.test(form.filedOn)) found.push(error('filedOn', 'invalid'))
  }
  if (form.result === 'PENDING') {
    if (form.decidedOn) found.push(error('decidedOn', 'pending-has-date'))
  } else if (!form.decidedOn) {
    found.push(error('decidedOn', 'decided-needs-date'))
  } else if (!ISO_DATE.test(form.decidedOn)) {
    found.push(error('decidedOn', 'invalid'))
  } else if (ISO_DATE.test(form.filedOn) && form.decidedOn < form.filedOn) {
    found.push(error('decidedOn', 'decided-before-filed'))
  }
  return found
}

export function toReviewCaseUpdate(form: ReviewCaseForm): ReviewCaseUpdate {
  return {
    result: form.result,
    decidedOn: form.result === 'PENDING' ? null : form.decidedOn || null,
    note: form.note.trim() || null,
  }
}

/** The body of a registration; call after checkReviewCaseForm(form, true) found nothing. */
export function toReviewCaseCreate(form: ReviewCaseForm): ReviewCaseCreate {
  if (!form.departmentCode || !form.kind) throw new Error('check the form first')
  return {
    departmentCode: form.departmentCode,
    applicationId: form.applicationId.trim() || null,
    kind: form.kind,
    filedOn: form.filedOn,
    ...toReviewCaseUpdate(form),
  }
}
