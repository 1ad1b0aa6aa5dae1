import { describe, expect, it } from 'vitest'
import { isReportOverdue, reportDueOn } from './reportDueDate'

describe('the day an annual report is due', () => {
  it('is 31 January of the next year for a department', () => {
    expect(reportDueOn(2017, 'public-security')).toBe('2018-01-31')
  })

  it('is 31 March of the next year for the city', () => {
    expect(reportDueOn(2017, null)).toBe('2018-03-31')
    expect(reportDueOn(2025, undefined)).toBe('2026-03-31')
    // an empty department code (the "city" choice of a select) is the city
    expect(reportDueOn(2025, '')).toBe('2026-03-31')
  })

  it('rolls over the century like any other year', () => {
    expect(reportDueOn(2099, 'housing')).toBe('2100-01-31')
  })

  it('refuses what is not a year', () => {
    expect(() => reportDueOn(2017.5, null)).toThrow(RangeError)
  })

  it('is overdue only after its day, not on it', () => {
    expect(isReportOverdue('2018-01-31', '2018-01-31')).toBe(false)
    expect(isReportOverdue('2018-01-31', '2018-02-01')).toBe(true)
    expect(isReportOverdue('2018-03-31', '2017-12-31')).toBe(false)
  })
})
