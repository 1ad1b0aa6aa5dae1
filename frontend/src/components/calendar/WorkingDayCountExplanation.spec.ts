import { describe, expect, it } from 'vitest'
import { deadlineAcrossNationalDay } from '@/test/fixtures'
import { mountWith } from '@/test/mount'
import WorkingDayCountExplanation from './WorkingDayCountExplanation.vue'

async function explain(props: Record<string, unknown>) {
  const { wrapper } = await mountWith(WorkingDayCountExplanation, { props })
  return wrapper
}

describe('the explanation of a working-day count', () => {
  it('gives the due date, the holidays skipped and the make-up days counted', async () => {
    const wrapper = await explain({ count: deadlineAcrossNationalDay })
    expect(wrapper.get('h3').text()).toBe('截止日期')
    expect(wrapper.get('.working-day-count__result').text()).toBe('2026年10月29日（星期四）')
    expect(wrapper.text()).toContain('自 2026年9月27日 起第 20 个工作日')
    const lists = wrapper.findAll('.working-day-count__days')
    expect(lists).toHaveLength(2)
    expect(lists[0]?.text()).toBe('2026年10月1日至2026年10月3日：国庆节（3 天）')
    expect(lists[1]?.text()).toBe('2026年10月10日：国庆节调休上班（1 天）')
    expect(wrapper.find('.working-day-count__warning').exists()).toBe(false)
    // one labelled region per explanation, its parts under its heading
    const section = wrapper.get('section')
    expect(section.attributes('aria-labelledby')).toBe(wrapper.get('h3').attributes('id'))
    expect(wrapper.findAll('h4').map((h) => h.text())).toEqual([
      '未计入的节假日',
      '计入的调休上班日',
    ])
  })

  it('warns clearly when the period runs into years without a schedule', async () => {
    const wrapper = await explain({
      count: {
        from: '2027-12-20',
        to: '2028-01-31',
        workingDays: 30,
        holidays: [],
        makeUpDays: [],
        yearsWithoutSchedule: [2027, 2028],
      },
      level: 2,
    })
    const warning = wrapper.get('.working-day-count__warning')
    expect(warning.get('h3').text()).toBe('注意：部分年度的节假日安排尚未录入')
    expect(warning.text()).toContain('2027 年、2028 年的节假日安排尚未录入')
    expect(wrapper.text()).toContain('期间没有节假日。')
    expect(wrapper.text()).toContain('期间没有调休上班日。')
  })

  it('can explain a number of working days between two dates', async () => {
    const wrapper = await explain({
      count: {
        ...deadlineAcrossNationalDay,
        from: '2026-09-30',
        to: '2026-10-31',
        workingDays: 18,
      },
      kind: 'period',
    })
    expect(wrapper.get('h3').text()).toBe('工作日数')
    expect(wrapper.get('.working-day-count__result').text()).toBe(
      '2026年9月30日至2026年10月31日（不含 2026年9月30日）共有 18 个工作日。',
    )
  })
})
