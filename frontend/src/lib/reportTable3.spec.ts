import { describe, expect, it } from 'vitest'
import { table3Rows } from '@/test/reportFixtures'
import { cellOf, columnHeaderIds, layoutTable3, rowHeaderId } from './reportTable3'

describe('table 三 laid out as the 2021 form', () => {
  const rows = table3Rows({ received: [1, 2, 3, 4, 5, 6, 21] })
  const body = layoutTable3(rows)

  it('has the form’s 25 body rows: no row for 三 nor for an outcome’s sum of its sub-reasons', () => {
    expect(rows).toHaveLength(30)
    expect(body).toHaveLength(25)
    const sums = ['results', 'NOT_DISCLOSED', 'UNABLE_TO_PROVIDE', 'NOT_PROCESSED', 'OTHER']
    expect(body.map((r) => r.key)).toEqual(
      rows.map((r) => r.key ?? '').filter((k) => !sums.includes(k)),
    )
  })

  it('spans 三 over its 22 rows, each outcome with sub-reasons over exactly them, the others across two columns', () => {
    const spans = body.map((r) =>
      r.headers.map((h) => [h.label.split('.')[0], h.rowspan, h.colspan]),
    )
    expect(spans.slice(0, 4)).toEqual([
      [['一、本年新收政府信息公开申请数量', 1, 3]],
      [['二、上年结转政府信息公开申请数量', 1, 3]],
      [
        ['三、本年度办理结果', 22, 1],
        ['（一）予以公开', 1, 2],
      ],
      [['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 1, 2]],
    ])
    expect(spans[4]).toEqual([
      ['（三）不予公开', 8, 1],
      ['1', 1, 1],
    ])
    expect(spans[12]).toEqual([
      ['（四）无法提供', 3, 1],
      ['1', 1, 1],
    ])
    expect(spans[15]).toEqual([
      ['（五）不予处理', 5, 1],
      ['1', 1, 1],
    ])
    expect(spans[20]).toEqual([
      ['（六）其他处理', 3, 1],
      ['1', 1, 1],
    ])
    expect(spans.slice(21)).toEqual([
      [['2', 1, 1]],
      [['3', 1, 1]],
      [['（七）总计', 1, 2]],
      [['四、结转下年度继续办理', 1, 3]],
    ])
  })

  it('fills exactly the three row-header columns of every row, counting the spans from above', () => {
    const covered = body.map(() => 0)
    body.forEach((row, r) => {
      for (const h of row.headers)
        for (let i = r; i < r + h.rowspan; i++) covered[i] = (covered[i] ?? 0) + h.colspan
    })
    expect(covered).toEqual(body.map(() => 3))
    expect(body.every((r) => r.counts.length === 7 && r.cellHeaders.length === 7)).toBe(true)
  })

  it('keeps the API’s per-outcome sum out of the body, whatever it says', () => {
    const withSum = layoutTable3(table3Rows({ NOT_DISCLOSED: [9, 9, 9, 9, 9, 9, 54] }))
    expect(withSum.flatMap((r) => r.counts)).not.toContain(54)
  })

  it('names every header of a data cell, columns first', () => {
    const secret = body.find((r) => r.key === 'NOT_DISCLOSED.STATE_SECRET')
    expect(secret?.cellHeaders[1]).toBe(
      't3-applicant t3-org t3-c1 t3-r-results t3-r-NOT_DISCLOSED t3-r-NOT_DISCLOSED-STATE_SECRET',
    )
    expect(secret?.cellHeaders[0]).toBe(
      't3-applicant t3-c0 t3-r-results t3-r-NOT_DISCLOSED t3-r-NOT_DISCLOSED-STATE_SECRET',
    )
    expect(rowHeaderId('OTHER.FEE_UNPAID')).toBe('t3-r-OTHER-FEE_UNPAID')
    const fee = body.find((r) => r.key === 'OTHER.FEE_UNPAID')
    expect(fee?.cellHeaders[6]).toBe(
      't3-applicant t3-c6 t3-r-results t3-r-OTHER t3-r-OTHER-FEE_UNPAID',
    )
    const handled = body.find((r) => r.key === 'handled')
    expect(handled?.cellHeaders[6]).toBe('t3-applicant t3-c6 t3-r-results t3-r-handled')
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
