import { describe, expect, it, vi } from 'vitest'
import {
  checkApplicationForm,
  createSubmission,
  emptyApplicationForm,
  keyPhrases,
  mayBePublicTerms,
  toApplicationSubmit,
  type ApplicationForm,
} from './applicationForm'

function person(overrides: Partial<ApplicationForm> = {}): ApplicationForm {
  return {
    ...emptyApplicationForm(),
    applicantType: 'NATURAL_PERSON',
    applicantName: '张三',
    idType: 'RESIDENT_ID',
    idNumber: '21140219900101123X',
    phone: '0429-1234567',
    departmentCode: 'housing',
    description: '2025年本区老旧小区改造项目的资金使用情况',
    formWanted: 'ELECTRONIC',
    delivery: 'ONLINE',
    ...overrides,
  }
}

const codes = (form: ApplicationForm) =>
  checkApplicationForm(form).map((e) => `${e.field}:${e.code}`)

describe('the application form checks (Art. 29)', () => {
  it('an empty form lists every required field, in the order of the form', () => {
    expect(codes(emptyApplicationForm())).toEqual([
      'applicantType:required',
      'applicantName:required',
      'idType:required',
      'idNumber:required',
      'phone:contact-required',
      'departmentCode:required',
      'description:required',
      'formWanted:required',
      'delivery:required',
    ])
  })

  it('a complete application of a person passes', () => {
    expect(codes(person())).toEqual([])
  })

  it('an organisation names its kind and identifies itself by its credit code', () => {
    expect(codes(person({ applicantType: 'ORGANISATION' }))).toEqual([
      'organisationKind:required',
      'idType:organisation-id',
    ])
    expect(
      codes(
        person({
          applicantType: 'ORGANISATION',
          organisationKind: 'COMMERCIAL',
          idType: 'UNIFIED_CREDIT_CODE',
          idNumber: '91211400MA0XXXXX1Y',
        }),
      ),
    ).toEqual([])
  })

  it('needs one contact at least, and the address the delivery chosen needs', () => {
    expect(codes(person({ phone: '' }))).toEqual(['phone:contact-required'])
    expect(codes(person({ delivery: 'EMAIL' }))).toEqual(['email:required'])
    expect(codes(person({ delivery: 'POST' }))).toEqual(['postalAddress:required'])
    expect(codes(person({ email: 'not-an-address' }))).toEqual(['email:invalid'])
  })

  it('checks the form of an ID number', () => {
    expect(codes(person({ idNumber: '12345' }))).toEqual(['idNumber:resident-id-format'])
    expect(codes(person({ idNumber: '张三' }))).toEqual(['idNumber:invalid'])
    expect(codes(person({ idType: 'PASSPORT', idNumber: 'E12345678' }))).toEqual([])
  })

  it('refuses a blank name or description and text over its length', () => {
    expect(codes(person({ applicantName: '   ', description: ' ' }))).toEqual([
      'applicantName:required',
      'description:required',
    ])
    expect(codes(person({ title: '题'.repeat(301) }))).toEqual(['title:too-long'])
  })
})

describe('the body sent', () => {
  it('is trimmed, leaves out empty optional fields and a person’s organisation kind', () => {
    const body = toApplicationSubmit(
      person({ applicantName: ' 张三 ', organisationKind: 'COMMERCIAL', email: '  ' }),
    )
    expect(body).toEqual({
      applicantType: 'NATURAL_PERSON',
      organisationKind: undefined,
      applicantName: '张三',
      idType: 'RESIDENT_ID',
      idNumber: '21140219900101123X',
      phone: '0429-1234567',
      email: undefined,
      postalAddress: undefined,
      departmentCode: 'housing',
      title: undefined,
      documentNumber: undefined,
      description: '2025年本区老旧小区改造项目的资金使用情况',
      formWanted: 'ELECTRONIC',
      delivery: 'ONLINE',
    })
  })
})

describe('what may already be public is looked up by', () => {
  it('the title and the document number first', () => {
    expect(
      mayBePublicTerms({
        title: '老旧小区改造资金',
        documentNumber: '葫政发〔2026〕1号',
        description: '很长的描述',
      }),
    ).toEqual(['老旧小区改造资金', '葫政发〔2026〕1号'])
  })

  it('else the distinctive phrases of the description, longest first, two at most', () => {
    expect(keyPhrases('关于2025年老旧小区改造项目的资金使用情况和验收报告')).toEqual([
      '2025年老旧小区改造项目',
      '资金使用',
      '验收报告',
    ])
    expect(
      mayBePublicTerms({
        title: '',
        documentNumber: '',
        description: '关于2025年老旧小区改造项目的资金使用情况和验收报告',
      }),
    ).toEqual(['2025年老旧小区改造项目', '资金使用'])
  })

  it('nothing while there is nothing to look for, and never more than the search takes', () => {
    expect(mayBePublicTerms({ title: ' ', documentNumber: '', description: '的' })).toEqual([])
    const [term] = mayBePublicTerms({
      title: '规'.repeat(150),
      documentNumber: '',
      description: '',
    })
    expect(term).toHaveLength(100)
  })
})

describe('one submission per form fill (Idempotency-Key)', () => {
  it('a double click sends once and both get the same receipt', async () => {
    const submission = createSubmission<string>(() => 'key-1')
    const request = vi.fn((key: string) => Promise.resolve(`receipt of ${key}`))
    const [first, second] = await Promise.all([submission.send(request), submission.send(request)])
    expect(request).toHaveBeenCalledTimes(1)
    expect(first).toBe('receipt of key-1')
    expect(second).toBe(first)
  })

  it('a retry after a failure sends again under the same key', async () => {
    let n = 0
    const submission = createSubmission<string>(() => `key-${++n}`)
    const keys: string[] = []
    const failing = (key: string) => {
      keys.push(key)
      return Promise.reject(new Error('the answer was lost'))
    }
    await expect(submission.send(failing)).rejects.toThrow('the answer was lost')
    await submission.send((key) => {
      keys.push(key)
      return Promise.resolve('receipt')
    })
    expect(keys).toEqual(['key-1', 'key-1'])
  })

  it('the next application gets a new key', () => {
    let n = 0
    const submission = createSubmission<string>(() => `key-${++n}`)
    expect(submission.key).toBe('key-1')
    submission.renew()
    expect(submission.key).toBe('key-2')
  })

  it('the default keys are UUIDs, a new one per form fill', () => {
    const a = createSubmission<string>().key
    const b = createSubmission<string>().key
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(a).not.toBe(b)
  })
})
