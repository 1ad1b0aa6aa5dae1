import { describe, expect, it } from 'vitest'
import { table3Rows } from '@/test/reportFixtures'
import { cellOf, columnHeaderIds, layoutTable3, rowHeaderId } from './reportTable3'

describe('table 三 laid out as the 2021 form', () => {
  const rows = table3Rows({ received: [1, 2, 3, 4, 5, 6, 21] })
  const body = layoutTable3(rows)

  it('has a body row for every API row but the heading 三, which spans （一）–（七）', () => {
    expect(rows).toHaveLength(30)
    expect(body).toHaveLength(29)
    expect(body.map((r) => r.key)).not.toContain('results')
    const first = body.find((r) => r.key === 'DISCLOSED')
    expect(first?.headers[0]).toMatchObject({
      label: '三、本年度办理结果',
      rowspan: 26,
      colspan: 1,
    })
    // （一）…（七） (the outcomes with sub-reasons head their 小计 row) and the 19 sub-rows: 26 rows
    expect(body.filter((r) => r.headers.some((h) => h.id === rowHeaderId('results')))).toHaveLength(
      1,
    )
  })

  it('spans an outcome over its 小计 and its sub-reasons, and heads the outcomes without any across two columns', () => {
    const notDisclosed = body.find((r) => r.key === 'NOT_DISCLOSED')
    expect(notDisclosed?.headers.map((h) => [h.label, h.rowspan, h.colspan])).toEqual([
      ['（三）不予公开', 9, 1],
      [null, 1, 1],
    ])
    const disclosed = body.find((r) => r.key === 'DISCLOSED')
    expect(disclosed?.headers.at(-1)).toMatchObject({ label: '（一）予以公开', colspan: 2 })
    const received = body.find((r) => r.key === 'received')
    expect(received?.headers).toEqual([
      { id: 't3-r-received', label: '一、本年新收政府信息公开申请数量', rowspan: 1, colspan: 3 },
    ])
    const carriedOut = body.at(-1)
    expect(carriedOut?.key).toBe('carriedOut')
    expect(carriedOut?.headers[0]?.colspan).toBe(3)
  })

  it('names every header of a data cell, columns first', () => {
    const secret = body.find((r) => r.key === 'NOT_DISCLOSED.STATE_SECRET')
    expect(secret?.cellHeaders[1]).toBe(
      't3-applicant t3-org t3-c1 t3-r-results t3-r-NOT_DISCLOSED t3-r-NOT_DISCLOSED-STATE_SECRET',
    )
    expect(secret?.cellHeaders[0]).toBe(
      't3-applicant t3-c0 t3-r-results t3-r-NOT_DISCLOSED t3-r-NOT_DISCLOSED-STATE_SECRET',
    )
    const received = body.find((r) => r.key === 'received')
    expect(received?.cellHeaders[6]).toBe('t3-applicant t3-c6 t3-r-received')
    expect(received?.counts).toEqual([1, 2, 3, 4, 5, 6, 21])
  })

  it('gives column headers by the form: 自然人 and 总计 outside 法人或其他组织', () => {
    expect(columnHeaderIds(0)).toEqual(['t3-applicant', 't3-c0'])
    expect(columnHeaderIds(5)).toEqual(['t3-applicant', 't3-org', 't3-c5'])
    expect(columnHeaderIds(6)).toEqual(['t3-applicant', 't3-c6'])
  })

  it('reads a cell by row key and column', () => {
    expect(cellOf(rows, 'received', 6)).toBe(21)
    expect(cellOf(rows, 'results', 6)).toBeNull()
    expect(cellOf(rows, 'nonsense', 0)).toBeNull()
  })
})
