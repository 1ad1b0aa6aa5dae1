import { describe, expect, it } from 'vitest'
import { htmlToParagraphs, paragraphsToHtml } from './reportText'

describe('the report’s written parts', () => {
  it('makes one paragraph of each line and never markup of what was typed', () => {
    expect(paragraphsToHtml('第一段\n\n  第二段 <b>不加粗</b> & 符号  \n')).toBe(
      '<p>第一段</p><p>第二段 &lt;b&gt;不加粗&lt;/b&gt; &amp; 符号</p>',
    )
    expect(paragraphsToHtml('  \n ')).toBe('')
  })

  it('reads stored paragraphs back as lines, and round-trips', () => {
    expect(htmlToParagraphs('<p>一是……</p><p>二是……</p>')).toBe('一是……\n二是……')
    expect(htmlToParagraphs(null)).toBe('')
    const text = '本年度公开工作稳步推进。\n存在问题：<形式单一> & 人员不足。'
    expect(htmlToParagraphs(paragraphsToHtml(text))).toBe(text)
  })
})
