import { afterEach, describe, expect, it } from 'vitest'
import { effectScope, nextTick } from 'vue'
import { setLocale } from './useLocale'
import { loadTraditionalConverter, useScript } from './useScript'

function withScript() {
  const scope = effectScope()
  const script = scope.run(() => useScript())
  if (!script) throw new Error('useScript() returned nothing')
  return { script, stop: () => scope.stop() }
}

describe('useScript', () => {
  afterEach(async () => {
    await setLocale('zh-Hans')
  })

  it('shows catalogue content unchanged in Simplified Chinese', async () => {
    await setLocale('zh-Hans')
    const { script, stop } = withScript()
    expect(script.display('居民身份证申领')).toBe('居民身份证申领')
    expect(script.pending.value).toBe(false)
    stop()
  })

  it('shows catalogue content unchanged in English (content is not translated)', async () => {
    await setLocale('en')
    const { script, stop } = withScript()
    expect(script.display('机动车驾驶证补领')).toBe('机动车驾驶证补领')
    stop()
  })

  it('converts content to Traditional Chinese once zh-Hant is chosen', async () => {
    await setLocale('zh-Hant')
    const { script, stop } = withScript()
    await loadTraditionalConverter()
    await nextTick()
    expect(script.pending.value).toBe(false)
    expect(script.display('居民身份证申领')).toBe('居民身份證申領')
    expect(script.display('办理流程：申请、受理、审查、决定、送达')).toBe(
      '辦理流程：申請、受理、審查、決定、送達',
    )
    // phrase-aware: 发 becomes 髮 in 头发 but 發 in 发布; 干 becomes 幹 in 干部
    expect(script.display('头发')).toBe('頭髮')
    expect(script.display('发布')).toBe('發佈')
    expect(script.display('基层干部')).toBe('基層幹部')
    stop()
  })

  it('switches back to the original text when the reader returns to Simplified', async () => {
    await setLocale('zh-Hant')
    const { script, stop } = withScript()
    await loadTraditionalConverter()
    expect(script.display('政务公开')).toBe('政務公開')
    await setLocale('zh-Hans')
    expect(script.display('政务公开')).toBe('政务公开')
    stop()
  })

  it('treats missing text as empty', () => {
    const { script, stop } = withScript()
    expect(script.display(null)).toBe('')
    expect(script.display(undefined)).toBe('')
    stop()
  })
})
