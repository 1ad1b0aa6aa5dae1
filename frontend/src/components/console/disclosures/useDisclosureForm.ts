import { inject, provide, type InjectionKey, type Ref } from 'vue'
import type { AdminDisclosureSummary, DisclosureKind, KeyDomain } from '@/api/types'
import type { FieldErrors } from '@/composables/useFieldErrors'
import type { DisclosureForm } from './disclosureForm'

/**
 * What the sections of the record editor share: the working copy, the record's kind and
 * department, whether it can be edited (not while in review), and the field errors (every
 * field's name is its path in the content, its id fieldId(path)).
 */
export interface DisclosureFormContext {
  form: Ref<DisclosureForm>
  kind: Readonly<Ref<DisclosureKind>>
  department: Readonly<Ref<string>>
  /** The record itself (excluded from the records it may link to). */
  recordId: Readonly<Ref<string>>
  fields: FieldErrors
  /** The department's records (to link to, interpret or replace); null while loading. */
  records: Readonly<Ref<readonly AdminDisclosureSummary[] | null>>
  recordsFailed: Readonly<Ref<boolean>>
  domains: Readonly<Ref<readonly KeyDomain[] | null>>
  domainsFailed: Readonly<Ref<boolean>>
}

const KEY: InjectionKey<DisclosureFormContext> = Symbol('disclosure-form')

export function provideDisclosureForm(context: DisclosureFormContext): DisclosureFormContext {
  provide(KEY, context)
  return context
}

export function useDisclosureForm(): DisclosureFormContext {
  const context = inject(KEY, null)
  if (!context) throw new Error('useDisclosureForm() outside the disclosure record editor')
  return context
}
