import { describe, expect, it } from 'vitest'
import { cityYear, defaultReportYear, reportYears, trendYears } from './reportYears'

describe('the years of the annual report', () => {
  it('takes the year in the city, not on the reader’s clock', () => {
    // 31 December 2025 20:00 UTC is already 1 January 2026 in Huludao
    expect(cityYear(new Date('2025-12-31T20:00:00Z'))).toBe(2026)
  })

  it('offers this year down to 2008 and shows last year first', () => {
    const now = new Date('2026-12-01T12:00:00+08:00')
    const years = reportYears(now)
    expect(years[0]).toBe(2026)
    expect(years.at(-1)).toBe(2008)
    expect(years).toHaveLength(19)
    expect(defaultReportYear(now)).toBe(2025)
  })

  it('charts the year and the four before it, never before 2008', () => {
    expect(trendYears(2017)).toEqual([2013, 2014, 2015, 2016, 2017])
    expect(trendYears(2009)).toEqual([2008, 2009])
  })
})
