import type {
  Authority,
  Channel,
  Faq,
  Fee,
  Fees,
  Handling,
  LegalBasis,
  Material,
  Online,
  ProcessStep,
  Result,
  ServiceGuide,
} from '@/api/types'

/**
 * The draft form edits a working copy of a guide. `shapeGuide` gives it every group and list
 * the form binds to (empty ones included); `cleanGuide` removes what is empty again (blank
 * text, empty lists and groups, half-entered time limits) before it is saved or compared.
 * Both are pure: the same guide always gives the same result.
 */

/** A deep copy of plain JSON data (the API's guides are plain JSON). */
function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** A guide with every group and list present (what the draft form binds to). */
export type ShapedGuide = ServiceGuide & {
  themes: string[]
  authority: Authority & { legalBasis: LegalBasis[] }
  handling: Handling & { conditions: string[]; channels: Channel[] }
  online: Online
  materials: Material[]
  fees: Fees & { charged: boolean; items: Fee[] }
  steps: ProcessStep[]
  result: Result
  faq: Faq[]
  intermediaryServices: string[]
}

function emptyGuide(): ServiceGuide {
  return { name: '', type: 'PUBLIC_SERVICE', audience: 'PERSON' }
}

/** A copy of the guide with every group and list present, for binding form inputs. */
export function shapeGuide(source: ServiceGuide | null | undefined): ShapedGuide {
  const g = cloneJson(source ?? emptyGuide())
  return {
    ...g,
    themes: g.themes ?? [],
    authority: { ...g.authority, legalBasis: g.authority?.legalBasis ?? [] },
    handling: {
      ...g.handling,
      conditions: g.handling?.conditions ?? [],
      channels: g.handling?.channels ?? [],
    },
    online: g.online ?? {},
    materials: g.materials ?? [],
    fees: { ...g.fees, charged: g.fees?.charged ?? false, items: g.fees?.items ?? [] },
    steps: g.steps ?? [],
    result: g.result ?? {},
    faq: g.faq ?? [],
    intermediaryServices: g.intermediaryServices ?? [],
  }
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (typeof value === 'number' && Number.isNaN(value))
  )
}

/** Keys whose value is a time limit: without a value it is dropped (a note alone means nothing). */
const TIME_LIMIT_KEYS = new Set(['legalTimeLimit', 'promisedTimeLimit', 'timeLimit'])

function prune(value: unknown, key: string, inList: boolean): unknown {
  if (isBlank(value)) return undefined
  if (Array.isArray(value)) {
    const items = value.map((item) => prune(item, key, true))
    // text lists lose their blank lines; list items that are objects stay (even half-filled,
    // so that the server can say which required field is missing)
    const kept = items.filter((item) => item !== undefined)
    return kept.length ? kept : undefined
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const pruned = prune(v, k, false)
      if (pruned !== undefined) out[k] = pruned
    }
    if (TIME_LIMIT_KEYS.has(key) && isBlank(out.value)) return undefined
    if (Object.keys(out).length === 0) return inList ? {} : undefined
    return out
  }
  return value
}

/** The guide as it is sent to the API: no blank text, empty lists or empty groups. */
export function cleanGuide(guide: ServiceGuide): ServiceGuide {
  const cleaned = (prune(cloneJson(guide), '', false) ?? {}) as Partial<ServiceGuide>
  return { ...cleaned, name: cleaned.name ?? '', type: guide.type, audience: guide.audience }
}

/** A stable text form of a guide, to tell whether a working copy has changed. */
export function guideFingerprint(guide: ServiceGuide): string {
  return JSON.stringify(cleanGuide(guide))
}

/** Moves an item of a list (in place); returns the new index. */
export function moveItem<T>(list: T[], from: number, to: number): number {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return from
  const [item] = list.splice(from, 1)
  list.splice(to, 0, item as T)
  return to
}
