import { describe, expect, it } from 'vitest'
import type { DisclosureContent, DueRecord } from '@/api/types'
import {
  checkDisclosureForm,
  diffContent,
  disclosureFieldOf,
  groupDue,
  toDisclosureContent,
  toDisclosureForm,
} from './disclosureForm'
import { safeHtml } from './safeHtml'

const budget: DisclosureContent = {
  title: '葫芦岛市公安局2017年部门预算',
  writtenOn: '2017-02-10',
  subItems: ['department-budgets'],
  disclosureMode: 'PROACTIVE',
  category: 'RESULT',
  validity: 'VALID',
  budget: {
    year: 2017,
    overview: '部门概况',
    tables: [
      {
        code: '表一',
        name: '收支总表',
        rows: [{ code: '2010301', name: '行政运行', amount: 356.42 }],
      },
    ],
    explanation: '情况说明',
    glossary: '名词解释',
  },
  attachments: [{ id: 'f1', fileName: 'a.pdf', mediaType: 'application/pdf', size: 10 }],
}

describe('the record form', () => {
  it('sends what was loaded back unchanged, amounts as numbers and files by id', () => {
    const form = toDisclosureForm(budget)
    expect(form.budget.tables[0]?.rows[0]?.amount).toBe('356.42')
    const sent = toDisclosureContent(form, 'BUDGET')
    expect(sent.budget).toEqual(budget.budget)
    expect(sent.attachments).toEqual([{ id: 'f1' }])
    expect(sent.gazette).toBeUndefined()
  })

  it('leaves out the sections another kind does not have (the API refuses them)', () => {
    const form = toDisclosureForm({
      ...budget,
      interprets: 'x',
      reply: { number: '1', proposer: 'p' },
    })
    const sent = toDisclosureContent(form, 'GENERAL')
    expect(sent.budget).toBeUndefined()
    expect(sent.reply).toBeUndefined()
    expect(sent.interprets).toBeUndefined()
    expect(toDisclosureContent(form, 'INTERPRETATION').interprets).toBe('x')
  })

  it('refuses an amount that is no number before anything is sent', () => {
    const form = toDisclosureForm(budget)
    const row = form.budget.tables[0]?.rows[0]
    if (row) row.amount = '三百'
    expect(checkDisclosureForm(form, 'BUDGET')).toEqual([
      { field: 'budget.tables[0].rows[0].amount', code: 'invalid', message: '' },
    ])
  })

  it('places the errors of a submission at the fields, rows and groups the editor shows', () => {
    expect(disclosureFieldOf('budget.glossary')).toBe('budget.glossary')
    expect(disclosureFieldOf('subItems[0]')).toBe('subItems')
    expect(disclosureFieldOf('budget.tables[1].rows')).toBe('budget.tables[1].rows')
    expect(disclosureFieldOf('gazette.documents')).toBe('gazette.documents')
    expect(disclosureFieldOf('content.title')).toBe('title')
    expect(disclosureFieldOf('reply.repliedOn')).toBe('reply.repliedOn')
    expect(disclosureFieldOf('somethingElse')).toBeNull()
  })
})

describe('comparing a draft with the current version', () => {
  it('lists the fields that changed, were added or removed', () => {
    const draft: DisclosureContent = {
      ...budget,
      title: '新标题',
      keywords: ['预算'],
      budget: { ...(budget.budget ?? { year: 2017 }), glossary: undefined },
    }
    expect(diffContent(budget, draft)).toEqual([
      { path: 'title', before: budget.title, after: '新标题' },
      { path: 'keywords', before: null, after: ['预算'] },
      { path: 'budget.glossary', before: '名词解释', after: null },
    ])
  })

  it('shows the attachments by file name', () => {
    expect(
      diffContent({ title: 't' }, budget).find((c) => c.path === 'attachments')?.after,
    ).toEqual(['a.pdf'])
  })
})

describe('the Art. 26 panel', () => {
  const due = (
    id: string,
    d: string,
    flags: { overdue?: boolean; dueSoon?: boolean } = {},
  ): DueRecord => ({
    id,
    deadline: { due: d, ...flags },
  })

  it('puts overdue records first, then those due soon, each the earliest first', () => {
    const groups = groupDue([
      due('later', '2026-12-30'),
      due('soon2', '2026-12-10', { dueSoon: true }),
      due('late', '2026-11-01', { overdue: true, dueSoon: true }),
      due('soon1', '2026-12-08', { dueSoon: true }),
    ])
    expect(groups.overdue.map((r) => r.id)).toEqual(['late'])
    expect(groups.dueSoon.map((r) => r.id)).toEqual(['soon1', 'soon2'])
    expect(groups.later.map((r) => r.id)).toEqual(['later'])
  })
})

describe('the body preview', () => {
  it('keeps the allowed markup and drops scripts, handlers and javascript: links', () => {
    const html = safeHtml(
      '<p onclick="x()">一<strong>二</strong></p><script>alert(1)</script><a href="javascript:alert(1)">链接</a><iframe src="https://e.example"></iframe>',
    )
    expect(html).toBe('<p>一<strong>二</strong></p><a rel="noopener noreferrer">链接</a>')
  })
})
