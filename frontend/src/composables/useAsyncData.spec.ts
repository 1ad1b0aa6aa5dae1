import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { ApiError } from '@/api/problem'
import { must } from '@/test/mount'
import { useAsyncData } from './useAsyncData'

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

describe('useAsyncData', () => {
  it('loads, then refetches when its source changes; a stale answer never wins', async () => {
    const source = ref(1)
    const pending: {
      id: number
      signal: AbortSignal
      answer: ReturnType<typeof deferred<string>>
    }[] = []
    const scope = effectScope()
    const state = must(
      scope.run(() =>
        useAsyncData(
          (signal) => {
            const answer = deferred<string>()
            pending.push({ id: source.value, signal, answer })
            return answer.promise
          },
          () => source.value,
        ),
      ),
    )
    expect(state.loading.value).toBe(true)
    source.value = 2
    await nextTick()
    expect(pending).toHaveLength(2)
    expect(pending[0]?.signal.aborted).toBe(true)
    pending[1]?.answer.resolve('second')
    await flushPromises()
    pending[0]?.answer.resolve('first (late)')
    await flushPromises()
    expect(state.data.value).toBe('second')
    expect(state.loading.value).toBe(false)
    scope.stop()
    expect(pending[1]?.signal.aborted).toBe(true)
  })

  it('keeps the problem of a failed fetch and can try again', async () => {
    let fail = true
    const scope = effectScope()
    const state = must(
      scope.run(() =>
        useAsyncData(
          async () => {
            if (fail)
              throw new ApiError(503, { status: 503, title: 'Unavailable', detail: 'Try later.' })
            return 42
          },
          () => true,
        ),
      ),
    )
    await flushPromises()
    expect(state.error.value?.status).toBe(503)
    expect(state.error.value?.message).toBe('Try later.')
    fail = false
    await state.reload()
    expect(state.error.value).toBeNull()
    expect(state.data.value).toBe(42)
    scope.stop()
  })
})
