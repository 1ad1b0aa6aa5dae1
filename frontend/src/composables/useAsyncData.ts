import {
  getCurrentScope,
  onScopeDispose,
  ref,
  shallowRef,
  watch,
  type Ref,
  type ShallowRef,
  type WatchSource,
} from 'vue'
import { ApiError, isAbort, toApiError } from '@/api/problem'

export interface AsyncData<T> {
  data: ShallowRef<T | null>
  error: ShallowRef<ApiError | null>
  loading: Ref<boolean>
  /** Fetches again (a newer call cancels an older one still running). */
  reload: () => Promise<void>
}

/**
 * Loading / error / data for one fetch. When `source` changes the fetch runs again and the
 * previous request is aborted, so a slow old answer never overwrites a newer one.
 */
export function useAsyncData<T>(
  fetcher: (signal: AbortSignal) => Promise<T>,
  source?: WatchSource<unknown>,
  options: { keepData?: boolean } = {},
): AsyncData<T> {
  const data = shallowRef<T | null>(null)
  const error = shallowRef<ApiError | null>(null)
  const loading = ref(false)
  let controller: AbortController | null = null

  async function reload(): Promise<void> {
    controller?.abort()
    const current = new AbortController()
    controller = current
    loading.value = true
    error.value = null
    if (!options.keepData) data.value = null
    try {
      const value = await fetcher(current.signal)
      if (controller === current) data.value = value
    } catch (e) {
      if (controller === current && !isAbort(e) && !current.signal.aborted)
        error.value = toApiError(e)
    } finally {
      if (controller === current) loading.value = false
    }
  }

  if (source) watch(source, () => void reload(), { immediate: true })
  if (getCurrentScope()) onScopeDispose(() => controller?.abort())

  return { data, error, loading, reload }
}

export { ApiError }
