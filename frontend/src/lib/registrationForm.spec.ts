import { describe, expect, it } from 'vitest'
import {
  checkRegistrationForm,
  emptyRegistrationForm,
  oneYearBefore,
  registrationFieldOf,
} from './registrationForm'

describe('the day an application by letter, visit or fax was received', () => {
  it('is today or within the past year, as the API accepts it', () => {
    const today = '2026-12-01'
    const codes = (receivedOn: string) =>
      checkRegistrationForm({ ...emptyRegistrationForm(today, 'housing'), receivedOn }, today)
        .filter((e) => e.field === 'receivedOn')
        .map((e) => e.code)
    expect(codes('2026-12-01')).toEqual([])
    expect(codes('2025-12-01')).toEqual([])
    expect(codes('2025-11-30')).toEqual(['received-out-of-range'])
    expect(codes('2026-12-02')).toEqual(['received-out-of-range'])
    expect(codes('')).toEqual(['required'])
  })

  it('counts a year back from 29 February to 28 February', () => {
    expect(oneYearBefore('2028-02-29')).toBe('2027-02-28')
    expect(oneYearBefore('2026-03-01')).toBe('2025-03-01')
  })

  it('shows the API’s errors of the application at the form’s fields', () => {
    expect(registrationFieldOf('application.idNumber')).toBe('idNumber')
    expect(registrationFieldOf('channel')).toBe('channel')
    expect(registrationFieldOf('application.unknown')).toBeNull()
  })
})
