import type { ApplicationChannel, FieldError, StaffRegistration } from '@/api/types'
import {
  applicationFieldOf,
  checkApplicationForm,
  emptyApplicationForm,
  toApplicationSubmit,
  type ApplicationForm,
} from './applicationForm'

/**
 * An application the office registers for the applicant (received by letter, in person or by
 * fax): the Art. 29 form, the channel and the day received (Art. 31: for a letter, the day it was
 * signed for), which the API accepts from a year ago up to today.
 */
export type RegisteredChannel = Exclude<ApplicationChannel, 'ONLINE'>

export interface RegistrationForm {
  application: ApplicationForm
  channel: RegisteredChannel | undefined
  receivedOn: string
}

export function emptyRegistrationForm(
  today: string,
  departmentCode: string | undefined,
): RegistrationForm {
  return {
    application: { ...emptyApplicationForm(), departmentCode },
    channel: undefined,
    receivedOn: today,
  }
}

/** The field of the form showing an API error: `application.description` → `description`. */
export function registrationFieldOf(path: string): string | null {
  if (path === 'channel' || path === 'receivedOn') return path
  return applicationFieldOf(path.replace(/^application\./, ''))
}

/** The same day one year earlier (29 February → 28 February), as the API counts it. */
export function oneYearBefore(day: string): string {
  const [year, month, date] = day.split('-').map(Number)
  const candidate = new Date(Date.UTC((year ?? 0) - 1, (month ?? 1) - 1, date ?? 1))
  if (candidate.getUTCMonth() !== (month ?? 1) - 1) candidate.setUTCDate(0)
  return candidate.toISOString().slice(0, 10)
}

export function checkRegistrationForm(form: RegistrationForm, today: string): FieldError[] {
  const errors: FieldError[] = []
  if (!form.channel) errors.push({ field: 'channel', code: 'required', message: 'required' })
  if (!form.receivedOn) errors.push({ field: 'receivedOn', code: 'required', message: 'required' })
  else if (form.receivedOn > today || form.receivedOn < oneYearBefore(today))
    errors.push({ field: 'receivedOn', code: 'received-out-of-range', message: 'out-of-range' })
  return [...errors, ...checkApplicationForm(form.application)]
}

/** The body sent (call only when checkRegistrationForm found nothing). */
export function toStaffRegistration(form: RegistrationForm): StaffRegistration {
  if (!form.channel) throw new Error('no channel chosen')
  return {
    channel: form.channel,
    receivedOn: form.receivedOn,
    application: toApplicationSubmit(form.application),
  }
}
