import { describe, expect, it } from 'vitest'
import {
  isNarrowed,
  parseDisclosureQuery,
  toDisclosureApiQuery,
  toDisclosureLocation,
} from './useDisclosureCatalogueQuery'

describe('the disclosure catalogue’s filters in the URL', () => {
  it('reads every filter and ignores what is unknown or malformed', () => {
    const state = parseDisclosureQuery({
      q: '  政务公开 ',
      department: 'public-security',
      kind: 'BUDGET',
      domain: 'fiscal-budgets',
      subItem: 'department-budgets',
      year: '2017',
      category: 'RESULT',
      validity: 'EXPIRED',
      page: '3',
    })
    expect(state).toEqual({
      q: '政务公开',
      department: 'public-security',
      kind: 'BUDGET',
      domain: 'fiscal-budgets',
      subItem: 'department-budgets',
      year: 2017,
      category: 'RESULT',
      validity: 'EXPIRED',
      page: 3,
    })
    expect(
      parseDisclosureQuery({
        department: 'Not A Code',
        kind: 'SECRET',
        year: '17',
        category: 'x',
        validity: 'valid',
        page: '-1',
      }),
    ).toMatchObject({
      department: '',
      kind: undefined,
      year: undefined,
      category: undefined,
      validity: undefined,
      page: 1,
    })
    expect(parseDisclosureQuery({ year: '9999' }).year).toBeUndefined()
  })

  it('keeps URLs short: defaults and what the page fixes are left out', () => {
    const scope = { kinds: ['BUDGET', 'FINAL_ACCOUNTS'] as const }
    const budgets = parseDisclosureQuery({ year: '2026' }, scope)
    expect(budgets.kind).toBe('BUDGET')
    expect(toDisclosureLocation(budgets, scope)).toEqual({ year: '2026' })
    const accounts = parseDisclosureQuery({ kind: 'FINAL_ACCOUNTS' }, scope)
    expect(toDisclosureLocation(accounts, scope)).toEqual({ kind: 'FINAL_ACCOUNTS' })
    // a kind the page does not show falls back to its first one
    expect(parseDisclosureQuery({ kind: 'POLICY' }, scope).kind).toBe('BUDGET')
    expect(isNarrowed(budgets, scope)).toBe(true)
    expect(isNarrowed(accounts, scope)).toBe(false)

    const domain = { domain: 'fiscal-budgets' }
    const inDomain = parseDisclosureQuery(
      { domain: 'work-safety', subItem: 'department-budgets' },
      domain,
    )
    expect(inDomain.domain).toBe('fiscal-budgets')
    expect(toDisclosureLocation(inDomain, domain)).toEqual({ subItem: 'department-budgets' })
  })

  it('sends the API only the filters that are set', () => {
    const state = parseDisclosureQuery({ department: 'public-security', page: '2' })
    expect(toDisclosureApiQuery(state, 20)).toEqual({
      q: undefined,
      department: 'public-security',
      kind: undefined,
      domain: undefined,
      subItem: undefined,
      year: undefined,
      category: undefined,
      validity: undefined,
      page: 2,
      size: 20,
    })
  })
})
