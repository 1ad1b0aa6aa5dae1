import type { FieldError, ReportRegister, ReportRegisterUpdate } from '@/api/types'

/**
 * The console's form of a department's entered figures for the annual report (table 二, Art. 20
 * (5), (6), (8)): three counts and an amount in 万元. An empty field is "not known" (null), not 0.
 */
export interface RegisterForm {
  licensing: number | undefined
  punishment: number | undefined
  coercion: number | undefined
  /** Typed as text (356.20): a number input would lose the trailing zero and accept 1e3. */
  fees: string
}

export const REGISTER_COUNT_FIELDS = ['licensing', 'punishment', 'coercion'] as const
export const MAX_COUNT = 100_000_000
const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/

/** The version of figures never entered: the API's ETag for "nothing yet" (send it to create). */
export function isNeverEntered(etag: string | null | undefined): boolean {
  return etag === '"-1"' || etag === '-1'
}

export function toRegisterForm(register: ReportRegister | null): RegisterForm {
  return {
    licensing: register?.licensing ?? undefined,
    punishment: register?.punishment ?? undefined,
    coercion: register?.coercion ?? undefined,
    fees: register?.fees === null || register?.fees === undefined ? '' : register.fees.toFixed(2),
  }
}

/** What the form's own checks find (the server checks the same again). */
export function checkRegisterForm(form: RegisterForm): FieldError[] {
  const found: FieldError[] = []
  for (const field of REGISTER_COUNT_FIELDS) {
    const value = form[field]
    if (value !== undefined && (!Number.isInteger(value) || value < 0 || value > MAX_COUNT))
      found.push({ field, code: 'out-of-range', message: '' })
  }
  const fees = form.fees.trim()
  if (fees && !AMOUNT.test(fees)) found.push({ field: 'fees', code: 'not-a-number', message: '' })
  return found
}

export function toRegisterUpdate(form: RegisterForm): ReportRegisterUpdate {
  const fees = form.fees.trim()
  return {
    licensing: form.licensing ?? null,
    punishment: form.punishment ?? null,
    coercion: form.coercion ?? null,
    fees: fees ? Number(fees) : null,
  }
}
