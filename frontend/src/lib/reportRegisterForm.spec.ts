import { describe, expect, it } from 'vitest'
import {
  checkRegisterForm,
  isNeverEntered,
  toRegisterForm,
  toRegisterUpdate,
  type RegisterForm,
} from './reportRegisterForm'

const empty: RegisterForm = {
  licensing: undefined,
  punishment: undefined,
  coercion: undefined,
  fees: '',
}

describe('the form of the entered figures', () => {
  it('knows the ETag of figures never entered', () => {
    expect(isNeverEntered('"-1"')).toBe(true)
    expect(isNeverEntered('"0"')).toBe(false)
    expect(isNeverEntered(null)).toBe(false)
  })

  it('keeps "not known" apart from zero, both ways', () => {
    expect(toRegisterForm(null)).toEqual(empty)
    expect(toRegisterUpdate(empty)).toEqual({
      licensing: null,
      punishment: null,
      coercion: null,
      fees: null,
    })
    const form = toRegisterForm({
      year: 2017,
      departmentCode: 'housing',
      licensing: 0,
      fees: 356.2,
    })
    expect(form).toEqual({
      licensing: 0,
      punishment: undefined,
      coercion: undefined,
      fees: '356.20',
    })
    expect(toRegisterUpdate(form)).toEqual({
      licensing: 0,
      punishment: null,
      coercion: null,
      fees: 356.2,
    })
  })

  it('refuses an amount with more than two decimals or that is not a number, at its field', () => {
    expect(checkRegisterForm({ ...empty, fees: '12.345' })).toEqual([
      { field: 'fees', code: 'not-a-number', message: '' },
    ])
    expect(checkRegisterForm({ ...empty, fees: '1e3' })).toHaveLength(1)
    expect(checkRegisterForm({ ...empty, fees: ' 356.2 ' })).toEqual([])
  })

  it('refuses negative and too large counts', () => {
    expect(checkRegisterForm({ ...empty, licensing: -1, coercion: 100_000_001 })).toEqual([
      { field: 'licensing', code: 'out-of-range', message: '' },
      { field: 'coercion', code: 'out-of-range', message: '' },
    ])
    expect(checkRegisterForm({ ...empty, punishment: 100_000_000 })).toEqual([])
  })
})
