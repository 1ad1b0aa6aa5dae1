import type { Attachment } from '@/api/adminDisclosures'
import type {
  DisclosureContent,
  DisclosureKind,
  DisclosureMode,
  DueRecord,
  FieldError,
  FivePublic,
  InterpretationForm,
  RecordValidity,
} from '@/api/types'
import { anchorPath, shownBy } from '@/lib/fieldPaths'

/**
 * The disclosure record editor's values and rules, apart from any component: the form's shape
 * (every text a string, '' for none), what is sent (trimmed, only the sections of the record's
 * kind), where an API error path is shown, and a field-by-field comparison of two versions.
 */

export interface BudgetRowForm {
  code: string
  name: string
  /** As typed (a decimal number such as 356.42). */
  amount: string
}

export interface BudgetTableForm {
  code: string
  name: string
  rows: BudgetRowForm[]
}

export interface GazetteEntryForm {
  title: string
  documentNumber: string
  /** The document's own record, when it has one ('' for none). */
  record: string
}

export interface DisclosureForm {
  title: string
  documentNumber: string
  writtenOn: string
  topic: string
  keywords: string[]
  subItems: string[]
  disclosureMode: DisclosureMode | undefined
  category: FivePublic | undefined
  validity: RecordValidity | undefined
  validFrom: string
  validUntil: string
  body: string
  interprets: string
  interpretationForm: InterpretationForm | undefined
  mediaUrl: string
  related: string[]
  supersedes: string
  budget: {
    year: number | undefined
    overview: string
    tables: BudgetTableForm[]
    explanation: string
    glossary: string
  }
  gazette: { year: number | undefined; issue: number | undefined; documents: GazetteEntryForm[] }
  reply: { number: string; proposer: string; repliedOn: string }
  attachments: Attachment[]
}

/** Policy and normative documents: each must have an interpretation (seed part 六). */
export const POLICY_KINDS: readonly DisclosureKind[] = [
  'REGULATION',
  'NORMATIVE_DOCUMENT',
  'POLICY',
]

export const isBudgetKind = (kind: DisclosureKind | undefined) =>
  kind === 'BUDGET' || kind === 'FINAL_ACCOUNTS'
export const isReplyKind = (kind: DisclosureKind | undefined) =>
  kind === 'NPC_REPLY' || kind === 'CPPCC_REPLY'
/** Kinds whose content is structured: the body is optional. */
export const isStructuredKind = (kind: DisclosureKind | undefined) =>
  isBudgetKind(kind) || kind === 'GAZETTE_ISSUE'
export const needsDocumentNumber = (kind: DisclosureKind | undefined) =>
  kind === 'REGULATION' || kind === 'NORMATIVE_DOCUMENT'

export function toDisclosureForm(content: DisclosureContent | null | undefined): DisclosureForm {
  const c = content ?? { title: '' }
  return {
    title: c.title,
    documentNumber: c.documentNumber ?? '',
    writtenOn: c.writtenOn ?? '',
    topic: c.topic ?? '',
    keywords: [...(c.keywords ?? [])],
    subItems: [...(c.subItems ?? [])],
    disclosureMode: c.disclosureMode,
    category: c.category,
    validity: c.validity,
    validFrom: c.validFrom ?? '',
    validUntil: c.validUntil ?? '',
    body: c.body ?? '',
    interprets: c.interprets ?? '',
    interpretationForm: c.interpretationForm,
    mediaUrl: c.mediaUrl ?? '',
    related: [...(c.related ?? [])],
    supersedes: c.supersedes ?? '',
    budget: {
      year: c.budget?.year,
      overview: c.budget?.overview ?? '',
      tables: (c.budget?.tables ?? []).map((table) => ({
        code: table.code,
        name: table.name,
        rows: table.rows.map((row) => ({
          code: row.code ?? '',
          name: row.name,
          amount: String(row.amount),
        })),
      })),
      explanation: c.budget?.explanation ?? '',
      glossary: c.budget?.glossary ?? '',
    },
    gazette: {
      year: c.gazette?.year,
      issue: c.gazette?.issue,
      documents: (c.gazette?.documents ?? []).map((d) => ({
        title: d.title,
        documentNumber: d.documentNumber ?? '',
        record: d.record ?? '',
      })),
    },
    reply: {
      number: c.reply?.number ?? '',
      proposer: c.reply?.proposer ?? '',
      repliedOn: c.reply?.repliedOn ?? '',
    },
    attachments: [...(c.attachments ?? [])],
  }
}

const text = (value: string) => (value.trim() ? value.trim() : undefined)
const texts = (values: readonly string[]) => values.map((v) => v.trim()).filter(Boolean)

/** A decimal amount as typed ("356.42", "1,200.5"), or NaN. */
export function parseAmount(value: string): number {
  const cleaned = value.trim().replace(/[,，\s]/g, '')
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN
}

const hasBudget = (f: DisclosureForm) =>
  f.budget.year !== undefined ||
  Boolean(f.budget.overview.trim() || f.budget.explanation.trim() || f.budget.glossary.trim()) ||
  f.budget.tables.length > 0
const hasGazette = (f: DisclosureForm) =>
  f.gazette.year !== undefined || f.gazette.issue !== undefined || f.gazette.documents.length > 0
const hasReply = (f: DisclosureForm) =>
  Boolean(f.reply.number.trim() || f.reply.proposer.trim() || f.reply.repliedOn)

/** What is saved: trimmed, empty values left out, only the sections of the record's kind. */
export function toDisclosureContent(f: DisclosureForm, kind: DisclosureKind): DisclosureContent {
  const interpretation = kind === 'INTERPRETATION'
  const related = texts(f.related)
  const keywords = texts(f.keywords)
  return {
    title: f.title.trim(),
    documentNumber: text(f.documentNumber),
    writtenOn: text(f.writtenOn),
    topic: text(f.topic),
    keywords: keywords.length ? keywords : undefined,
    subItems: f.subItems.length ? [...f.subItems] : undefined,
    disclosureMode: f.disclosureMode,
    category: f.category,
    validity: f.validity,
    validFrom: text(f.validFrom),
    validUntil: text(f.validUntil),
    body: text(f.body),
    interprets: interpretation ? text(f.interprets) : undefined,
    interpretationForm: interpretation ? f.interpretationForm : undefined,
    mediaUrl: interpretation ? text(f.mediaUrl) : undefined,
    related: related.length ? related : undefined,
    supersedes: text(f.supersedes),
    budget:
      isBudgetKind(kind) && hasBudget(f)
        ? {
            year: f.budget.year ?? 0,
            overview: text(f.budget.overview),
            tables: f.budget.tables.map((table) => ({
              code: table.code.trim(),
              name: table.name.trim(),
              rows: table.rows.map((row) => ({
                code: text(row.code),
                name: row.name.trim(),
                amount: parseAmount(row.amount),
              })),
            })),
            explanation: text(f.budget.explanation),
            glossary: text(f.budget.glossary),
          }
        : undefined,
    gazette:
      kind === 'GAZETTE_ISSUE' && hasGazette(f)
        ? {
            year: f.gazette.year ?? 0,
            issue: f.gazette.issue ?? 0,
            documents: f.gazette.documents.map((d) => ({
              title: d.title.trim(),
              documentNumber: text(d.documentNumber),
              record: text(d.record),
            })),
          }
        : undefined,
    reply:
      isReplyKind(kind) && hasReply(f)
        ? {
            number: f.reply.number.trim(),
            proposer: f.reply.proposer.trim(),
            repliedOn: text(f.reply.repliedOn),
          }
        : undefined,
    // the files are kept by id; a list without one removes it
    attachments: f.attachments.map((a) => ({ id: a.id })),
  }
}

/**
 * What the form can tell before anything is sent (a draft may be incomplete: the publication
 * rules are the API's, checked on submission). Only what the API could not even store.
 */
export function checkDisclosureForm(f: DisclosureForm, kind: DisclosureKind): FieldError[] {
  const found: FieldError[] = []
  const add = (field: string, code: string) => found.push({ field, code, message: '' })
  if (!f.title.trim()) add('title', 'required')
  if (isBudgetKind(kind) && hasBudget(f)) {
    if (f.budget.year === undefined) add('budget.year', 'required')
    f.budget.tables.forEach((table, i) => {
      if (!table.code.trim()) add(`budget.tables[${i}].code`, 'required')
      if (!table.name.trim()) add(`budget.tables[${i}].name`, 'required')
      table.rows.forEach((row, j) => {
        if (!row.name.trim()) add(`budget.tables[${i}].rows[${j}].name`, 'required')
        if (!row.amount.trim()) add(`budget.tables[${i}].rows[${j}].amount`, 'required')
        else if (Number.isNaN(parseAmount(row.amount)))
          add(`budget.tables[${i}].rows[${j}].amount`, 'invalid')
      })
    })
  }
  if (kind === 'GAZETTE_ISSUE' && hasGazette(f)) {
    if (f.gazette.year === undefined) add('gazette.year', 'required')
    if (f.gazette.issue === undefined) add('gazette.issue', 'required')
    f.gazette.documents.forEach((d, i) => {
      if (!d.title.trim()) add(`gazette.documents[${i}].title`, 'required')
    })
  }
  if (isReplyKind(kind) && hasReply(f)) {
    if (!f.reply.number.trim()) add('reply.number', 'required')
    if (!f.reply.proposer.trim()) add('reply.proposer', 'required')
  }
  return found
}

/**
 * The label (a key of `consoleDisclosure.fields`) of each path pattern the editor shows; list
 * items (`budget.tables[]`) are shown too, as groups, and named by their position.
 */
export const DISCLOSURE_FIELD_LABELS = {
  departmentCode: 'departmentCode',
  kind: 'kind',
  title: 'title',
  documentNumber: 'documentNumber',
  writtenOn: 'writtenOn',
  topic: 'topic',
  keywords: 'keywords',
  subItems: 'subItems',
  disclosureMode: 'disclosureMode',
  category: 'category',
  validity: 'validity',
  validFrom: 'validFrom',
  validUntil: 'validUntil',
  body: 'body',
  interprets: 'interprets',
  interpretationForm: 'interpretationForm',
  mediaUrl: 'mediaUrl',
  related: 'related',
  supersedes: 'supersedes',
  attachments: 'attachments',
  file: 'file',
  note: 'note',
  budget: 'budget',
  'budget.year': 'budgetYear',
  'budget.overview': 'overview',
  'budget.tables': 'tables',
  'budget.tables[].code': 'tableCode',
  'budget.tables[].name': 'tableName',
  'budget.tables[].rows': 'rows',
  'budget.tables[].rows[].code': 'rowCode',
  'budget.tables[].rows[].name': 'rowName',
  'budget.tables[].rows[].amount': 'amount',
  'budget.explanation': 'explanation',
  'budget.glossary': 'glossary',
  gazette: 'gazette',
  'gazette.year': 'gazetteYear',
  'gazette.issue': 'issue',
  'gazette.documents': 'documents',
  'gazette.documents[].title': 'entryTitle',
  'gazette.documents[].documentNumber': 'entryNumber',
  'gazette.documents[].record': 'entryRecord',
  reply: 'reply',
  'reply.number': 'replyNumber',
  'reply.proposer': 'proposer',
  'reply.repliedOn': 'repliedOn',
} as const
export type DisclosureFieldLabel =
  (typeof DISCLOSURE_FIELD_LABELS)[keyof typeof DISCLOSURE_FIELD_LABELS]

const LIST_ITEMS = [
  'keywords[]',
  'related[]',
  'budget.tables[]',
  'budget.tables[].rows[]',
  'gazette.documents[]',
]
const isShown = shownBy([...Object.keys(DISCLOSURE_FIELD_LABELS), ...LIST_ITEMS])

export function labelKeyOf(pattern: string): DisclosureFieldLabel | undefined {
  return (DISCLOSURE_FIELD_LABELS as Record<string, DisclosureFieldLabel | undefined>)[pattern]
}

/**
 * Where an API error is shown: `budget.glossary` at that field, `subItems[0]` at the sub-items,
 * `budget.tables[1].rows` at the table's rows. A new record's errors name its content
 * (`content.title`). Unknown paths are listed apart.
 */
export function disclosureFieldOf(path: string): string | null {
  return anchorPath(path.replace(/^content\./, ''), isShown)
}

// ---- comparing two versions (the reviewer's view) ----------------------------------------------

export type ContentValue = string | number | boolean | null | readonly string[]

export interface ChangedField {
  /** The field's path (`budget.tables[0].rows[2].amount`). */
  path: string
  before: ContentValue
  after: ContentValue
}

function flatten(value: unknown, prefix: string, into: Map<string, ContentValue>): void {
  if (value === undefined || value === null || value === '') return
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) {
      if (value.length) into.set(prefix, value as string[])
      return
    }
    value.forEach((item, i) => flatten(item, `${prefix}[${i}]`, into))
    return
  }
  if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      flatten(inner, prefix ? `${prefix}.${key}` : key, into)
    }
    return
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    into.set(prefix, value)
}

/** A version's fields as paths and values (attachments as their file names). */
export function contentFields(
  content: DisclosureContent | null | undefined,
): Map<string, ContentValue> {
  const fields = new Map<string, ContentValue>()
  if (!content) return fields
  const { attachments, ...rest } = content
  flatten(rest, '', fields)
  const names = (attachments ?? []).map((a) => a.fileName ?? a.id)
  if (names.length) fields.set('attachments', names)
  return fields
}

const same = (a: ContentValue, b: ContentValue) => JSON.stringify(a) === JSON.stringify(b)

/** The fields that differ between two versions, in the order the draft has them. */
export function diffContent(
  before: DisclosureContent | null | undefined,
  after: DisclosureContent | null | undefined,
): ChangedField[] {
  const old = contentFields(before)
  const next = contentFields(after)
  const paths = [...next.keys(), ...[...old.keys()].filter((p) => !next.has(p))]
  return paths
    .map((path) => ({ path, before: old.get(path) ?? null, after: next.get(path) ?? null }))
    .filter((change) => !same(change.before, change.after))
}

// ---- Art. 26 -----------------------------------------------------------------------------------

export interface DueGroups {
  overdue: DueRecord[]
  dueSoon: DueRecord[]
  later: DueRecord[]
}

const byDue = (a: DueRecord, b: DueRecord) =>
  (a.deadline?.due ?? '').localeCompare(b.deadline?.due ?? '')

/** Overdue first, then due within 5 working days, then the rest; each the earliest first. */
export function groupDue(records: readonly DueRecord[]): DueGroups {
  const sorted = [...records].sort(byDue)
  return {
    overdue: sorted.filter((r) => r.deadline?.overdue),
    dueSoon: sorted.filter((r) => !r.deadline?.overdue && r.deadline?.dueSoon),
    later: sorted.filter((r) => !r.deadline?.overdue && !r.deadline?.dueSoon),
  }
}
