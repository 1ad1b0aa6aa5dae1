import { useI18n } from 'vue-i18n'
import type {
  DisclosureDraftState,
  DisclosureKind,
  DisclosureMode,
  DisclosureStatus,
  FivePublic,
  InterpretationForm,
  RecordValidity,
} from '@/api/types'
import { labelKeyOf, type ContentValue } from './disclosureForm'

/** The enum families of the disclosure catalogue, with the type of their values. */
interface DisclosureEnums {
  kind: DisclosureKind
  status: DisclosureStatus
  draftState: DisclosureDraftState
  validity: RecordValidity
  mode: DisclosureMode
  category: FivePublic
  interpretationForm: InterpretationForm
}
export type DisclosureEnumFamily = keyof DisclosureEnums

/** The enum family of a content field (its values are translated when shown). */
const ENUM_FIELDS: Readonly<Record<string, DisclosureEnumFamily>> = {
  disclosureMode: 'mode',
  category: 'category',
  validity: 'validity',
  interpretationForm: 'interpretationForm',
}

export interface UseDisclosureText {
  /** An enum value in the interface language. */
  enumLabel: <F extends DisclosureEnumFamily>(family: F, value: DisclosureEnums[F]) => string
  /** Select options of an enum family, in the given order. */
  enumOptions: <F extends DisclosureEnumFamily>(
    family: F,
    values: readonly DisclosureEnums[F][],
  ) => { value: DisclosureEnums[F]; label: string }[]
  /** A kind with its Chinese name also in other languages ("Normative document (行政规范性文件)"). */
  kindLabel: (kind: DisclosureKind) => string
  /** "部门预决算 › 部门预决算表 › 第 1 项 › 金额（万元）" for `budget.tables[0].rows[…].amount`. */
  fieldLabel: (path: string) => string
  /** A field's value as people read it (enum codes translated, lists joined). */
  fieldValue: (
    path: string,
    value: ContentValue,
    names?: { subItem?: (code: string) => string },
  ) => string
}

/** Labels and values of the disclosure catalogue, in the interface language. */
export function useDisclosureText(): UseDisclosureText {
  const { t, locale } = useI18n()

  const enumLabel: UseDisclosureText['enumLabel'] = (family, value) =>
    t(`consoleDisclosure.enums.${family}.${value}`)

  function kindLabel(kind: DisclosureKind): string {
    const name = enumLabel('kind', kind)
    if (locale.value === 'zh-Hans') return name
    const chinese = t(`consoleDisclosure.enums.kind.${kind}`, {}, { locale: 'zh-Hans' })
    return locale.value === 'en' && chinese !== name ? `${name} (${chinese})` : name
  }

  function fieldLabel(path: string): string {
    const tokens = path.replace(/^content\./, '').match(/\[\d+\]|[^.[\]]+/g) ?? []
    const parts: string[] = []
    let pattern = ''
    for (const token of tokens) {
      const index = /^\[(\d+)\]$/.exec(token)
      if (index) {
        pattern += '[]'
        parts.push(t('console.editor.itemN', { n: Number(index[1]) + 1 }))
        continue
      }
      pattern = pattern ? `${pattern}.${token}` : token
      const key = labelKeyOf(pattern)
      parts.push(key ? t(`consoleDisclosure.fields.${key}`) : token)
    }
    return parts.join(' › ')
  }

  function fieldValue(
    path: string,
    value: ContentValue,
    names: { subItem?: (code: string) => string } = {},
  ): string {
    if (value === null || value === '') return t('consoleDisclosure.review.emptyValue')
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no')
    if (typeof value === 'number') return String(value)
    const family = ENUM_FIELDS[path]
    const one = (v: string) =>
      family
        ? t(`consoleDisclosure.enums.${family}.${v}`)
        : path === 'subItems' && names.subItem
          ? names.subItem(v)
          : v
    return typeof value === 'string' ? one(value) : value.map(one).join(t('common.listSeparator'))
  }

  return {
    enumLabel,
    enumOptions: (family, values) =>
      values.map((value) => ({ value, label: enumLabel(family, value) })),
    kindLabel,
    fieldLabel,
    fieldValue,
  }
}
