import type { ServiceGuide } from '@/api/types'
import { pathPattern } from './fieldPaths'
import { GUIDE_FIELDS, GUIDE_SECTIONS, WHOLE_VALUE_LISTS, type GuideSection } from './guideFields'

/** A leaf value of a guide: text, a number, yes/no, or a list of codes. */
export type LeafValue = string | number | boolean | readonly string[] | null

export interface FieldChange {
  /** The field's path, e.g. `handling.location` or `materials[2].copies`. */
  path: string
  before: LeafValue
  after: LeafValue
}

export interface SectionChanges {
  section: GuideSection
  changes: FieldChange[]
}

const FIELD_ORDER = new Map(Object.keys(GUIDE_FIELDS).map((pattern, index) => [pattern, index]))

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  )
}

function toLeaf(value: unknown): LeafValue {
  if (isEmpty(value)) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value
  }
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))
  return JSON.stringify(value)
}

function sameLeaf(a: LeafValue, b: LeafValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => v === b[i])
  }
  return a === b
}

function childPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key
}

function orderOf(path: string): number {
  return FIELD_ORDER.get(pathPattern(path)) ?? Number.MAX_SAFE_INTEGER
}

function walk(a: unknown, b: unknown, path: string, out: FieldChange[]): void {
  if (isEmpty(a) && isEmpty(b)) return
  const wholeList = WHOLE_VALUE_LISTS.has(pathPattern(path))
  if (!wholeList && (Array.isArray(a) || Array.isArray(b))) {
    const left = Array.isArray(a) ? a : []
    const right = Array.isArray(b) ? b : []
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      walk(left[i], right[i], `${path}[${i}]`, out)
    }
    return
  }
  if (isPlainObject(a) || isPlainObject(b)) {
    const left = isPlainObject(a) ? a : {}
    const right = isPlainObject(b) ? b : {}
    const keys = [...new Set([...Object.keys(right), ...Object.keys(left)])]
    keys.sort((x, y) => orderOf(childPath(path, x)) - orderOf(childPath(path, y)))
    for (const key of keys) walk(left[key], right[key], childPath(path, key), out)
    return
  }
  const before = toLeaf(a)
  const after = toLeaf(b)
  if (!sameLeaf(before, after)) out.push({ path, before, after })
}

/**
 * The field-level differences between two guides, grouped by top-level section in the order
 * of the guide; inside a section, fields in the order of the guide and list items by index.
 * Empty text, empty lists and missing values all count as "nothing".
 */
export function diffGuides(
  before: ServiceGuide | null | undefined,
  after: ServiceGuide | null | undefined,
): SectionChanges[] {
  const result: SectionChanges[] = []
  for (const section of GUIDE_SECTIONS) {
    const changes: FieldChange[] = []
    walk(before?.[section], after?.[section], section, changes)
    if (changes.length > 0) result.push({ section, changes })
  }
  return result
}
