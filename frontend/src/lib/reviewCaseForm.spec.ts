import { describe, expect, it } from 'vitest'
import {
  checkReviewCaseForm,
  toReviewCaseCreate,
  toReviewCaseForm,
  toReviewCaseUpdate,
} from './reviewCaseForm'

const codes = (found: { field?: string; code?: string }[]) =>
  found.map((e) => `${e.field}:${e.code}`)

describe('the form of a review or lawsuit', () => {
  it('needs the department, kind and filing day to register one', () => {
    const form = toReviewCaseForm(null)
    expect(codes(checkReviewCaseForm(form, true))).toEqual([
      'departmentCode:required',
      'kind:required',
      'filedOn:required',
    ])
    // once registered they are fixed: not checked again
    expect(checkReviewCaseForm(form, false)).toEqual([])
  })

  it('asks for the decision day exactly when there is a result, not before the filing', () => {
    const base = {
      ...toReviewCaseForm(null, 'housing'),
      kind: 'REVIEW' as const,
      filedOn: '2017-03-01',
    }
    expect(codes(checkReviewCaseForm({ ...base, result: 'UPHELD' }, true))).toEqual([
      'decidedOn:decided-needs-date',
    ])
    expect(codes(checkReviewCaseForm({ ...base, decidedOn: '2017-05-01' }, true))).toEqual([
      'decidedOn:pending-has-date',
    ])
    expect(
      codes(checkReviewCaseForm({ ...base, result: 'CORRECTED', decidedOn: '2017-02-28' }, true)),
    ).toEqual(['decidedOn:decided-before-filed'])
    expect(
      checkReviewCaseForm({ ...base, result: 'CORRECTED', decidedOn: '2017-03-01' }, true),
    ).toEqual([])
  })

  it('refuses an application number that is not an id', () => {
    const form = {
      ...toReviewCaseForm(null, 'housing'),
      kind: 'LAWSUIT_DIRECT' as const,
      filedOn: '2017-03-01',
      applicationId: 'HLD-2017-001',
    }
    expect(codes(checkReviewCaseForm(form, true))).toEqual(['applicationId:malformed-id'])
  })

  it('sends null for what is empty, and no decision day while pending', () => {
    const form = {
      ...toReviewCaseForm(null, 'housing'),
      kind: 'REVIEW' as const,
      filedOn: '2017-03-01',
      note: '  ',
    }
    expect(toReviewCaseCreate(form)).toEqual({
      departmentCode: 'housing',
      applicationId: null,
      kind: 'REVIEW',
      filedOn: '2017-03-01',
      result: 'PENDING',
      decidedOn: null,
      note: null,
    })
    expect(
      toReviewCaseUpdate({ ...form, result: 'OTHER', decidedOn: '2017-04-02', note: ' 撤回 ' }),
    ).toEqual({
      result: 'OTHER',
      decidedOn: '2017-04-02',
      note: '撤回',
    })
  })
})
