import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { AdminDisclosureSummary } from '@/api/types'
import { useScript } from '@/composables/useScript'
import { POLICY_KINDS } from './disclosureForm'
import { useDisclosureForm } from './useDisclosureForm'

export interface RecordOption {
  value: string
  label: string
}

/**
 * The department's published records as options of a select ("标题（索引号）"), without the
 * record being edited; a chosen record the list does not have stays, named by its id.
 */
export function useRecordOptions(
  filter: (record: AdminDisclosureSummary) => boolean = () => true,
): { options: ComputedRef<RecordOption[]>; withChosen: (id: string) => RecordOption[] } {
  const { t } = useI18n()
  const { display } = useScript()
  const { records, recordId } = useDisclosureForm()
  const options = computed(() =>
    (records.value ?? [])
      .filter((r) => r.id !== recordId.value && r.status === 'PUBLISHED' && filter(r))
      .map((r) => ({
        value: r.id ?? '',
        label: r.indexNumber ? `${display(r.title)}（${r.indexNumber}）` : display(r.title),
      })),
  )
  function withChosen(id: string): RecordOption[] {
    if (!id || options.value.some((o) => o.value === id)) return options.value
    return [
      ...options.value,
      { value: id, label: t('consoleDisclosure.editor.unknownRecord', { id }) },
    ]
  }
  return { options, withChosen }
}

/** Policy and normative documents: what an interpretation may interpret. */
export const isPolicyDocument = (record: AdminDisclosureSummary) =>
  record.kind !== undefined && POLICY_KINDS.includes(record.kind)
