import { afterEach, describe, expect, it } from 'vitest'
import { setLocale } from '@/composables/useLocale'
import { loadTraditionalConverter } from '@/composables/useScript'
import { mountWith } from '@/test/mount'
import HighlightedText from './HighlightedText.vue'

describe('HighlightedText', () => {
  afterEach(() => setLocale('zh-Hans', { remember: false }))

  it('wraps the matched spans in <mark>', async () => {
    const { wrapper } = await mountWith(HighlightedText, {
      props: { text: '建设工程规划许可证核发', highlights: [{ start: 4, end: 6 }] },
    })
    expect(wrapper.findAll('mark').map((m) => m.text())).toEqual(['规划'])
    expect(wrapper.text()).toBe('建设工程规划许可证核发')
  })

  it('shows markup in the text as text, never as HTML', async () => {
    const text = '<img src=x onerror="alert(1)">规划'
    const { wrapper } = await mountWith(HighlightedText, {
      props: { text, highlights: [{ start: 0, end: 5 }] },
    })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.text()).toBe(text)
    expect(wrapper.find('mark').element.textContent).toBe('<img ')
  })

  it('converts each run to Traditional Chinese without moving the highlight', async () => {
    await setLocale('zh-Hant', { remember: false })
    await loadTraditionalConverter()
    const { wrapper } = await mountWith(HighlightedText, {
      props: { text: '建设工程规划许可证核发', highlights: [{ start: 4, end: 6 }] },
    })
    expect(wrapper.find('mark').text()).toBe('規劃')
    expect(wrapper.text()).toBe('建設工程規劃許可證核發')
  })
})
