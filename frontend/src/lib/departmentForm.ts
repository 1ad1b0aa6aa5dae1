import type { Department, DepartmentUpdate } from '@/api/types'

/** The department editor's values: every text as a string ('' for none). */
export interface DepartmentForm {
  code: string
  name: string
  kind: DepartmentUpdate['kind']
  creditCode: string
  address: string
  phone: string
  email: string
  officeHours: string
  website: string
  disclosureAddress: string
  disclosurePhone: string
  disclosureEmail: string
}

/** The directory's text fields with their longest length, in the order the form shows them. */
export const DEPARTMENT_TEXT_FIELDS = [
  ['name', 200],
  ['creditCode', 18],
  ['address', 300],
  ['phone', 60],
  ['email', 200],
  ['officeHours', 300],
  ['website', 300],
] as const
/** The contact for information requests (依申请公开): field, label, longest length. */
export const DISCLOSURE_FIELDS = [
  ['disclosureAddress', 'address', 300],
  ['disclosurePhone', 'phone', 60],
  ['disclosureEmail', 'email', 200],
] as const

const FORM_FIELDS: readonly string[] = [
  'code',
  'kind',
  ...DEPARTMENT_TEXT_FIELDS.map(([field]) => field),
  ...DISCLOSURE_FIELDS.map(([field]) => field),
]

export function toDepartmentForm(d: Department | null): DepartmentForm {
  return {
    code: d?.code ?? '',
    name: d?.name ?? '',
    kind: d?.kind ?? 'DEPARTMENT',
    creditCode: d?.creditCode ?? '',
    address: d?.address ?? '',
    phone: d?.phone ?? '',
    email: d?.email ?? '',
    officeHours: d?.officeHours ?? '',
    website: d?.website ?? '',
    disclosureAddress: d?.disclosureContact?.address ?? '',
    disclosurePhone: d?.disclosureContact?.phone ?? '',
    disclosureEmail: d?.disclosureContact?.email ?? '',
  }
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined)

export function toDepartmentUpdate(f: DepartmentForm): DepartmentUpdate {
  const disclosure = {
    address: optional(f.disclosureAddress),
    phone: optional(f.disclosurePhone),
    email: optional(f.disclosureEmail),
  }
  return {
    name: f.name.trim(),
    kind: f.kind,
    creditCode: optional(f.creditCode),
    address: optional(f.address),
    phone: optional(f.phone),
    email: optional(f.email),
    officeHours: optional(f.officeHours),
    website: optional(f.website),
    disclosureContact: Object.values(disclosure).some(Boolean) ? disclosure : undefined,
  }
}

/** The form field of an API error path (`name`, `details.disclosureContact.phone`), if any. */
export function departmentFieldOf(path: string): string | null {
  const p = path.replace(/^details\./, '')
  const disclosure = /^disclosureContact\.(address|phone|email)$/.exec(p)?.[1]
  const field = disclosure ? `disclosure${disclosure[0]?.toUpperCase()}${disclosure.slice(1)}` : p
  return FORM_FIELDS.includes(field) ? field : null
}
