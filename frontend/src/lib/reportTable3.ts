import type { Table3Row } from '@/api/types'

/**
 * Table 三 of the annual report laid out as the 2021 form prints it (国办公开办函〔2021〕30号):
 * three header rows (申请人情况 › 自然人 | 法人或其他组织 › its five kinds | 总计) and three columns
 * of row headers (一/二/四 across all three; 三 spanning （一）–（七）; an outcome with sub-reasons
 * spanning them). Every data cell names all its headers (`headers`), so a screen reader reads
 * e.g. "申请人情况, 法人或其他组织, 商业企业, 三、本年度办理结果, （三）不予公开, 1.属于国家秘密".
 *
 * The API also gives each outcome with sub-reasons its own sum; the form has no row for it (the
 * outcome's label spans its sub-rows), so it is not laid out here — it stays in the API's JSON.
 */

/** The seven columns in the API's order: 自然人, the five kinds of organisation, 总计. */
export const TABLE3_COLUMN_COUNT = 7

export interface HeaderCell {
  id: string
  /** The row's label as on the form (from the API). */
  label: string
  rowspan: number
  colspan: number
}

export interface Table3BodyRow {
  key: string
  /** The row header cells that start in this row (the spanning ones only in their first row). */
  headers: HeaderCell[]
  counts: number[]
  /** For each count, the ids of every header (column and row) that applies to it. */
  cellHeaders: string[]
}

const ID_PREFIX = 't3'

/** A DOM id for a row header: `NOT_DISCLOSED.STATE_SECRET` → `t3-r-NOT_DISCLOSED-STATE_SECRET`. */
export function rowHeaderId(key: string, idPrefix = ID_PREFIX): string {
  return `${idPrefix}-r-${key.replace(/[^A-Za-z0-9_-]+/g, '-')}`
}

/** The ids of the column headers over data column `column` (0–6). */
export function columnHeaderIds(column: number, idPrefix = ID_PREFIX): string[] {
  const applicant = `${idPrefix}-applicant`
  if (column === 0 || column === TABLE3_COLUMN_COUNT - 1)
    return [applicant, `${idPrefix}-c${column}`]
  return [applicant, `${idPrefix}-org`, `${idPrefix}-c${column}`]
}

function countsOf(row: Table3Row): number[] {
  const counts = row.counts ?? []
  return Array.from({ length: TABLE3_COLUMN_COUNT }, (_, i) => counts[i] ?? 0)
}

/** Whether an API row is an outcome's sum of the sub-rows right after it (the form has no row for it). */
function isSumOfSubRows(rows: readonly Table3Row[], index: number): boolean {
  return (rows[index]?.level ?? 0) === 1 && (rows[index + 1]?.level ?? 0) === 2
}

/** How many body rows the API's rows from `from` give until the next level-0 row. */
function bodyRowsUntilNextSection(rows: readonly Table3Row[], from: number): number {
  let span = 0
  for (let j = from; j < rows.length && (rows[j]?.level ?? 0) > 0; j++)
    if (!isSumOfSubRows(rows, j)) span++
  return span
}

/**
 * The body rows of the form from the API's rows (in the API's order: 一, 二, 三, （一）…, their
 * sub-rows, （七）, 四). A level-0 row without counts (三) becomes a header spanning the rows up to
 * the next level-0 row; a level-1 row followed by level-2 rows becomes a header spanning them.
 */
export function layoutTable3(rows: readonly Table3Row[], idPrefix = ID_PREFIX): Table3BodyRow[] {
  const out: Table3BodyRow[] = []
  let group: HeaderCell | null = null
  let outcome: HeaderCell | null = null
  let pending: HeaderCell[] = []
  const withCells = (key: string, headers: HeaderCell[], counts: number[], rowIds: string[]) => {
    out.push({
      key,
      headers,
      counts,
      cellHeaders: counts.map((_, column) =>
        [...columnHeaderIds(column, idPrefix), ...rowIds].join(' '),
      ),
    })
  }

  rows.forEach((row, index) => {
    const key = row.key ?? `row${index}`
    const id = rowHeaderId(key, idPrefix)
    const label = row.label ?? ''
    const level = row.level ?? 0
    if (level === 0) {
      outcome = null
      if (row.counts === null || row.counts === undefined) {
        // 三、本年度办理结果
        const span = bodyRowsUntilNextSection(rows, index + 1)
        group = { id, label, rowspan: Math.max(span, 1), colspan: 1 }
        pending = [group]
        return
      }
      group = null
      withCells(key, [{ id, label, rowspan: 1, colspan: 3 }], countsOf(row), [id])
      return
    }
    const groupIds = group ? [group.id] : []
    if (level === 1) {
      if (isSumOfSubRows(rows, index)) {
        let subRows = 0
        for (let j = index + 1; j < rows.length && (rows[j]?.level ?? 0) === 2; j++) subRows++
        outcome = { id, label, rowspan: subRows, colspan: 1 }
        pending = [...pending, outcome]
        return
      }
      outcome = null
      withCells(
        key,
        [...pending, { id, label, rowspan: 1, colspan: group ? 2 : 3 }],
        countsOf(row),
        [...groupIds, id],
      )
      pending = []
      return
    }
    // a sub-reason (level 2) under the outcome before it
    const parentIds: string[] = outcome ? [outcome.id] : []
    withCells(key, [...pending, { id, label, rowspan: 1, colspan: 1 }], countsOf(row), [
      ...groupIds,
      ...parentIds,
      id,
    ])
    pending = []
  })
  return out
}

/** A count of a row by key and column (6: 总计), e.g. `cellOf(rows, 'received', 6)`. */
export function cellOf(rows: readonly Table3Row[], key: string, column: number): number | null {
  const row = rows.find((r) => r.key === key)
  return row?.counts?.[column] ?? null
}
