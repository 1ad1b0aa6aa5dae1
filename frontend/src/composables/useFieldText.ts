import { useI18n } from 'vue-i18n'
import type { FieldError } from '@/api/types'
import { pathPattern } from '@/lib/fieldPaths'
import { GUIDE_FIELDS } from '@/lib/guideFields'
import type { LeafValue } from '@/lib/guideDiff'
import { useScript } from './useScript'

export interface UseFieldText {
  /** "申请材料 › 第 3 项 › 纸质份数" for `materials[2].copies` (without the section if asked). */
  label: (path: string, options?: { withoutSection?: boolean }) => string
  /** A field's value as people read it: enum codes translated, yes/no, lists joined. */
  formatValue: (path: string, value: LeafValue) => string
  /**
   * The translated message for a field error's code (at this kind of field, if it has its own),
   * else the server's own message.
   */
  errorMessage: (error: FieldError) => string
}

/** Labels, values and error messages of guide fields, in the interface language. */
export function useFieldText(themeName?: (code: string) => string | undefined): UseFieldText {
  const { t, te } = useI18n()
  const { display } = useScript()

  function label(path: string, { withoutSection = false } = {}): string {
    if (path === 'body') return t('fields.body')
    const tokens = path.match(/\[\d+\]|[^.[\]]+/g) ?? []
    const parts: string[] = []
    let prefix = ''
    for (const token of tokens) {
      const index = /^\[(\d+)\]$/.exec(token)
      if (index) {
        prefix += token
        parts.push(t('console.editor.itemN', { n: Number(index[1]) + 1 }))
        continue
      }
      prefix = prefix ? `${prefix}.${token}` : token
      const info = GUIDE_FIELDS[pathPattern(prefix)]
      const text = info ? t(info.label) : token
      if (parts[parts.length - 1] !== text) parts.push(text)
    }
    if (withoutSection && parts.length > 1) parts.shift()
    return parts.join(' › ')
  }

  function code(path: string, value: string): string {
    const info = GUIDE_FIELDS[pathPattern(path)]
    if (info?.theme) return themeName?.(value) ?? value
    if (info?.enum) {
      const key = `enums.${info.enum}.${value}`
      return te(key) ? t(key) : value
    }
    return display(value)
  }

  function formatValue(path: string, value: LeafValue): string {
    if (value === null || value === '') return t('console.diff.empty')
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no')
    if (typeof value === 'number') return String(value)
    if (typeof value === 'string') return code(path, value)
    return value.map((v) => code(path, v)).join(t('common.listSeparator'))
  }

  function errorMessage(error: FieldError): string {
    // a code can say more at one kind of field (`duplicate` at a date: the day is listed twice)
    const leaf = /([A-Za-z]+)$/.exec(error.field ?? '')?.[1]
    const specific = `fieldErrors.byField.${leaf ?? ''}.${error.code ?? ''}`
    if (leaf && error.code && te(specific)) return t(specific)
    const key = `fieldErrors.${error.code ?? ''}`
    if (error.code && te(key)) return t(key)
    return error.message ?? error.code ?? ''
  }

  return { label, formatValue, errorMessage }
}
