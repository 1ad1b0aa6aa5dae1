import type {
  ApplicantType,
  ApplicationDelivery,
  ApplicationFormWanted,
  ApplicationIdType,
  ApplicationOrganisationKind,
  ApplicationSubmit,
  FieldError,
} from '@/api/types'

/**
 * The on-request application form (Art. 29): its values, the checks made before sending (the
 * same rules the API applies, so most mistakes are shown at once and at their field), the body
 * sent, and the words looked up in what is already public.
 */
export interface ApplicationForm {
  applicantType: ApplicantType | undefined
  organisationKind: ApplicationOrganisationKind | undefined
  applicantName: string
  idType: ApplicationIdType | undefined
  idNumber: string
  phone: string
  email: string
  postalAddress: string
  departmentCode: string | undefined
  title: string
  documentNumber: string
  description: string
  formWanted: ApplicationFormWanted | undefined
  delivery: ApplicationDelivery | undefined
}

/** The fields of the form, in their order on the page (the error summary follows it). */
export const APPLICATION_FIELDS = [
  'applicantType',
  'organisationKind',
  'applicantName',
  'idType',
  'idNumber',
  'phone',
  'email',
  'postalAddress',
  'departmentCode',
  'title',
  'documentNumber',
  'description',
  'formWanted',
  'delivery',
] as const satisfies readonly (keyof ApplicationForm)[]

export type ApplicationField = (typeof APPLICATION_FIELDS)[number]

export const MAX_LENGTHS: Readonly<Partial<Record<ApplicationField, number>>> = {
  applicantName: 200,
  idNumber: 40,
  phone: 40,
  email: 200,
  postalAddress: 300,
  title: 300,
  documentNumber: 100,
  description: 5000,
}

export function emptyApplicationForm(): ApplicationForm {
  return {
    applicantType: undefined,
    organisationKind: undefined,
    applicantName: '',
    idType: undefined,
    idNumber: '',
    phone: '',
    email: '',
    postalAddress: '',
    departmentCode: undefined,
    title: '',
    documentNumber: '',
    description: '',
    formWanted: undefined,
    delivery: undefined,
  }
}

/** The form field that shows an API error at `path` (null: only in the summary). */
export function applicationFieldOf(path: string): ApplicationField | null {
  return (APPLICATION_FIELDS as readonly string[]).includes(path)
    ? (path as ApplicationField)
    : null
}

const ID_NUMBER = /^[0-9A-Za-z()-]+$/
const RESIDENT_ID = /^\d{17}[\dXx]$/
const UNIFIED_CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/i
const PHONE = /^[0-9+() -]*$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const ORGANISATION_ID_TYPES: readonly ApplicationIdType[] = ['UNIFIED_CREDIT_CODE', 'OTHER']

const blank = (value: string | undefined) => !value || !value.trim()

/**
 * What must change before the application can be sent, in the order of the form: the schema's
 * constraints and the API's own rules (ApplicationRules: an organisation names its kind and its
 * credit code; at least one contact; the delivery chosen needs its address).
 */
export function checkApplicationForm(form: ApplicationForm): FieldError[] {
  const errors: FieldError[] = []
  const add = (field: ApplicationField, code: string) => errors.push({ field, code, message: code })

  if (!form.applicantType) add('applicantType', 'required')
  if (form.applicantType === 'ORGANISATION' && !form.organisationKind)
    add('organisationKind', 'required')
  if (blank(form.applicantName)) add('applicantName', 'required')
  if (!form.idType) add('idType', 'required')
  else if (form.applicantType === 'ORGANISATION' && !ORGANISATION_ID_TYPES.includes(form.idType))
    add('idType', 'organisation-id')
  const id = form.idNumber.trim()
  if (!id) add('idNumber', 'required')
  else if (!ID_NUMBER.test(id)) add('idNumber', 'invalid')
  else if (form.idType === 'RESIDENT_ID' && !RESIDENT_ID.test(id))
    add('idNumber', 'resident-id-format')
  else if (form.idType === 'UNIFIED_CREDIT_CODE' && !UNIFIED_CREDIT_CODE.test(id))
    add('idNumber', 'credit-code-format')

  if (blank(form.phone) && blank(form.email) && blank(form.postalAddress))
    add('phone', 'contact-required')
  else if (!PHONE.test(form.phone.trim())) add('phone', 'invalid')
  if (!blank(form.email) && !EMAIL.test(form.email.trim())) add('email', 'invalid')
  else if (form.delivery === 'EMAIL' && blank(form.email)) add('email', 'required')
  if (form.delivery === 'POST' && blank(form.postalAddress)) add('postalAddress', 'required')

  if (!form.departmentCode) add('departmentCode', 'required')
  if (blank(form.description)) add('description', 'required')
  if (!form.formWanted) add('formWanted', 'required')
  if (!form.delivery) add('delivery', 'required')

  for (const [field, max] of Object.entries(MAX_LENGTHS) as [ApplicationField, number][]) {
    const value = form[field]
    if (typeof value === 'string' && value.trim().length > max) add(field, 'too-long')
  }
  const order = (e: FieldError) => APPLICATION_FIELDS.indexOf(e.field as ApplicationField)
  return errors.sort((a, b) => order(a) - order(b))
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined)

/** The body sent (call only when checkApplicationForm found nothing). */
export function toApplicationSubmit(form: ApplicationForm): ApplicationSubmit {
  if (!form.applicantType || !form.idType || !form.departmentCode)
    throw new Error('the form is incomplete')
  if (!form.formWanted || !form.delivery) throw new Error('the form is incomplete')
  return {
    applicantType: form.applicantType,
    organisationKind: form.applicantType === 'ORGANISATION' ? form.organisationKind : undefined,
    applicantName: form.applicantName.trim(),
    idType: form.idType,
    idNumber: form.idNumber.trim(),
    phone: optional(form.phone),
    email: optional(form.email),
    postalAddress: optional(form.postalAddress),
    departmentCode: form.departmentCode,
    title: optional(form.title),
    documentNumber: optional(form.documentNumber),
    description: form.description.trim(),
    formWanted: form.formWanted,
    delivery: form.delivery,
  }
}

// ---- "this may already be public" ---------------------------------------------------------------

/** The public search's longest query. */
const MAX_QUERY = 100
/** How many lookups one change of the form makes at most (per catalogue). */
const MAX_TERMS = 2

/**
 * Words that say nothing about which information is meant; a description is cut at them (the
 * search wants every word of a query, so one long sentence would find nothing).
 */
const FILLER =
  /[\s,.;:!?'"()[\]{}<>，。；：！？、“”‘’（）【】《》〈〉…—-]+|关于|有关|申请|公开|要求|提供|获取|查询|请求|希望|本人|我们|我|的|和|与|及|或|等|情况|相关|信息|资料|文件/g

/** The distinctive phrases of a description, longest first. */
export function keyPhrases(description: string): string[] {
  const parts = description
    .split(FILLER)
    .map((part) => part.trim())
    .filter((part) => [...part].length >= 2)
  return [...new Set(parts)].sort((a, b) => [...b].length - [...a].length)
}

/**
 * What to look up in the disclosure catalogue and the service guides: the title and the document
 * number when given (they find a document best), else the description's distinctive phrases.
 * At most two lookups; none when there is nothing to look for yet.
 */
export function mayBePublicTerms(
  form: Pick<ApplicationForm, 'title' | 'documentNumber' | 'description'>,
): string[] {
  const candidates = [
    form.title.trim(),
    form.documentNumber.trim(),
    ...keyPhrases(form.description),
  ].filter((term) => [...term].length >= 2)
  const terms = [...new Set(candidates.map((term) => term.slice(0, MAX_QUERY)))]
  return terms.slice(0, MAX_TERMS)
}

// ---- one submission per form fill ---------------------------------------------------------------

function randomKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function')
    return crypto.randomUUID()
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

export interface Submission<R> {
  /** The key of this form fill (sent as Idempotency-Key with every try). */
  readonly key: string
  /**
   * Sends once: a second call while the first is under way gets the same answer (a double
   * click); a retry after a failure sends again under the same key (the API answers a retry of
   * a recorded application with its receipt, never a second case).
   */
  send: (request: (key: string) => Promise<R>) => Promise<R>
  /** After a receipt: the next application is another one, with a new key. */
  renew: () => void
}

export function createSubmission<R>(newKey: () => string = randomKey): Submission<R> {
  let key = newKey()
  let pending: Promise<R> | null = null
  return {
    get key() {
      return key
    },
    send(request) {
      pending ??= request(key).finally(() => {
        pending = null
      })
      return pending
    },
    renew() {
      key = newKey()
      pending = null
    },
  }
}
