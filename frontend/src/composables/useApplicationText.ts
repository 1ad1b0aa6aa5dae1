import { useI18n } from 'vue-i18n'
import { isOneOf, OUTCOME_REASONS, OUTCOMES } from '@/api/enums'
import type {
  ApplicantType,
  ApplicationChannel,
  ApplicationDelivery,
  ApplicationEventKind,
  ApplicationFormWanted,
  ApplicationIdType,
  ApplicationOrganisationKind,
  ApplicationOutcome,
  ApplicationOutcomeReason,
  ApplicationState,
  TimelineEntry,
} from '@/api/types'
import { applicationFieldOf } from '@/lib/applicationForm'

/** The enum families of applications, with the type of their values. */
interface ApplicationEnums {
  applicantType: ApplicantType
  organisationKind: ApplicationOrganisationKind
  idType: ApplicationIdType
  formWanted: ApplicationFormWanted
  delivery: ApplicationDelivery
  state: ApplicationState
  channel: ApplicationChannel
  eventKind: ApplicationEventKind
  outcome: ApplicationOutcome
  outcomeRow: ApplicationOutcome
  reason: ApplicationOutcomeReason
}
export type ApplicationEnumFamily = keyof ApplicationEnums

export interface UseApplicationText {
  label: <F extends ApplicationEnumFamily>(family: F, value: ApplicationEnums[F]) => string
  options: <F extends ApplicationEnumFamily>(
    family: F,
    values: readonly ApplicationEnums[F][],
  ) => { value: ApplicationEnums[F]; label: string }[]
  /** The name of a form field in the error summary (a field of no form: "other problems"). */
  fieldLabel: (field: string) => string
  /** "不予公开（属于国家秘密）" — one row of table 三. */
  outcomeText: (
    outcome: ApplicationOutcome | null | undefined,
    reason: ApplicationOutcomeReason | null | undefined,
  ) => string
  /** A timeline entry's note as people read it (a reply's recorded outcome translated). */
  noteText: (entry: TimelineEntry) => string
}

/** Labels of applications and their cases, in the interface language. */
export function useApplicationText(): UseApplicationText {
  const { t } = useI18n()

  const label: UseApplicationText['label'] = (family, value) =>
    t(`applications.enums.${family}.${value}`)

  function outcomeText(
    outcome: ApplicationOutcome | null | undefined,
    reason: ApplicationOutcomeReason | null | undefined,
  ): string {
    if (!outcome) return ''
    const name = label('outcome', outcome)
    return reason
      ? t('applications.outcomeWithReason', { outcome: name, reason: label('reason', reason) })
      : name
  }

  return {
    label,
    options: (family, values) => values.map((value) => ({ value, label: label(family, value) })),
    fieldLabel(field) {
      const known = applicationFieldOf(field)
      return known ? t(`applications.fields.${known}`) : t('fieldErrors.general')
    },
    outcomeText,
    noteText(entry) {
      const note = entry.note ?? ''
      if (entry.kind !== 'REPLIED') return note
      // the office records a reply as "OUTCOME" or "OUTCOME / REASON"
      const [outcome, reason] = note.split(' / ')
      if (!isOneOf(OUTCOMES, outcome)) return note
      return outcomeText(outcome, isOneOf(OUTCOME_REASONS, reason) ? reason : null)
    },
  }
}
