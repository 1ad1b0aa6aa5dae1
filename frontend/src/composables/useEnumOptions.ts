import { useI18n } from 'vue-i18n'

export interface EnumOption<V extends string> {
  value: V
  label: string
}

/** Options of a select for an enum of the API, labelled by its translations (`enums.<family>`). */
export function useEnumOptions(): <V extends string>(
  values: readonly V[],
  family: string,
) => EnumOption<V>[] {
  const { t } = useI18n()
  return (values, family) =>
    values.map((value) => ({ value, label: t(`enums.${family}.${value}`) }))
}
