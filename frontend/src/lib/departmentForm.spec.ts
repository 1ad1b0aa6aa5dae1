import { describe, expect, it } from 'vitest'
import { departments } from '@/test/fixtures'
import { departmentFieldOf, toDepartmentForm, toDepartmentUpdate } from './departmentForm'

describe('the department form', () => {
  it('sends what was entered, trimmed, and leaves out what is empty', () => {
    const form = toDepartmentForm(departments[1] ?? null)
    form.email = '  gaj@huludao.example '
    expect(toDepartmentUpdate(form)).toEqual({
      name: '葫芦岛市公安局',
      kind: 'DEPARTMENT',
      phone: '0429-3000000',
      email: 'gaj@huludao.example',
    })
  })

  it('finds the field of an API error, also inside the disclosure contact', () => {
    expect(departmentFieldOf('creditCode')).toBe('creditCode')
    expect(departmentFieldOf('details.disclosureContact.phone')).toBe('disclosurePhone')
    expect(departmentFieldOf('code')).toBe('code')
    expect(departmentFieldOf('details.somethingNew')).toBeNull()
  })
})
