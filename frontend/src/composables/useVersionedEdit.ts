import {
  computed,
  nextTick,
  onBeforeUnmount,
  onMounted,
  ref,
  shallowRef,
  watch,
  type ComputedRef,
  type Ref,
  type ShallowRef,
} from 'vue'
import { onBeforeRouteLeave } from 'vue-router'
import { toApiError, type ApiError } from '@/api/problem'
import type { Versioned } from '@/api/versioned'
import type { FieldErrors } from './useFieldErrors'

export interface VersionedEditOptions<T, F> {
  /** Which resource, e.g. `() => props.id`: loaded again when it changes; none for a new one. */
  key: () => string | null | undefined
  /** Fetches the resource with its version (ETag). */
  load: (key: string) => Promise<Versioned<T>>
  /** The form's values for a state of the resource (null: a new one). */
  toForm: (data: T | null) => F
  /** Equal for equal form values (what "unsaved changes" compares). Default: JSON. */
  fingerprint?: (form: F) => string
  /** Where the field errors of a refused write go. */
  fields: FieldErrors
  /** After field errors were placed (default: focus the first invalid field). */
  onInvalid?: () => Promise<unknown>
  /** The question asked before leaving with unsaved changes. */
  unsavedQuestion: () => string
}

export interface VersionedEdit<T, F> {
  /** The resource as the server last sent it. */
  data: ShallowRef<T | null>
  /** The version the form is based on: sent as If-Match with every write. */
  etag: Ref<string | null>
  form: Ref<F>
  dirty: ComputedRef<boolean>
  loading: Ref<boolean>
  loadError: ShallowRef<ApiError | null>
  /** Which action is running (one at a time), or null. */
  busy: Ref<string | null>
  /** A write failed for another reason than a conflict or invalid fields. */
  failure: ShallowRef<ApiError | null>
  /** Someone else changed the resource meanwhile (412): the edits stay until reloaded. */
  conflict: Ref<boolean>
  /** What the last action achieved (for a polite live region). */
  status: Ref<string>
  load: () => Promise<void>
  /**
   * Runs an action: one at a time, its failure handled (conflict, field errors, or
   * `failure`). True when it succeeded.
   */
  run: (action: string, task: () => Promise<void>) => Promise<boolean>
  /**
   * Sends a write with the current ETag and takes the server's answer as the new starting
   * point. What was typed while the write was under way stays in the form, as do all edits
   * with `keepEdits: true`; `keepEdits: false` resets the form to the answer.
   */
  write: (
    request: (etag: string | null) => Promise<Versioned<T>>,
    options?: { keepEdits?: boolean },
  ) => Promise<T>
  /** Takes a state of the resource as the new starting point of the form. */
  adopt: (result: Versioned<T>, options?: { keepEdits?: boolean }) => void
  /** Says something in the status region (again, even if it is the same text). */
  announce: (message: string) => Promise<void>
}

/**
 * Editing a resource with optimistic locking (ETag / If-Match; 412 when it is stale): load,
 * every write with If-Match, the conflict with the current version, field errors, and a
 * warning before leaving (another route, or the page) with unsaved changes.
 */
export function useVersionedEdit<T, F>(options: VersionedEditOptions<T, F>): VersionedEdit<T, F> {
  const fingerprint = options.fingerprint ?? ((form: F) => JSON.stringify(form))
  const data = shallowRef<T | null>(null)
  const etag = ref<string | null>(null)
  const form = ref(options.toForm(null)) as Ref<F>
  const baseline = ref(fingerprint(form.value))
  const loading = ref(false)
  const loadError = shallowRef<ApiError | null>(null)
  const busy = ref<string | null>(null)
  const failure = shallowRef<ApiError | null>(null)
  const conflict = ref(false)
  const status = ref('')
  const { fields } = options

  const dirty = computed(() => fingerprint(form.value) !== baseline.value)
  // a message about the last action ("saved") no longer holds once the form is edited again
  watch(dirty, (isDirty) => {
    if (isDirty) status.value = ''
  })

  function adopt(result: Versioned<T>, { keepEdits = false } = {}): void {
    data.value = result.data
    etag.value = result.etag
    const server = options.toForm(result.data)
    baseline.value = fingerprint(server)
    if (!keepEdits) form.value = server
  }

  async function load(): Promise<void> {
    const key = options.key()
    if (!key) {
      data.value = null
      etag.value = null
      form.value = options.toForm(null)
      baseline.value = fingerprint(form.value)
      return
    }
    loading.value = true
    loadError.value = null
    try {
      adopt(await options.load(key))
      conflict.value = false
      fields.errors.value = []
    } catch (error) {
      loadError.value = toApiError(error)
    } finally {
      loading.value = false
    }
  }

  async function write(
    request: (etag: string | null) => Promise<Versioned<T>>,
    { keepEdits }: { keepEdits?: boolean } = {},
  ): Promise<T> {
    const sent = fingerprint(form.value)
    const result = await request(etag.value)
    adopt(result, { keepEdits: keepEdits ?? fingerprint(form.value) !== sent })
    return result.data
  }

  async function announce(message: string): Promise<void> {
    status.value = ''
    await nextTick()
    status.value = message
  }

  async function run(action: string, task: () => Promise<void>): Promise<boolean> {
    if (busy.value !== null) return false
    busy.value = action
    failure.value = null
    status.value = ''
    try {
      await task()
      return true
    } catch (error) {
      const problem = toApiError(error)
      if (problem.status === 412) {
        conflict.value = true
      } else if (problem.fieldErrors.length) {
        fields.errors.value = problem.fieldErrors
        await (options.onInvalid ?? fields.focusFirst)()
      } else {
        failure.value = problem
      }
      return false
    } finally {
      busy.value = null
    }
  }

  watch(options.key, load, { immediate: true })

  // ---- leaving with unsaved changes ----------------------------------------------------------
  function warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (dirty.value) event.preventDefault()
  }
  onMounted(() => window.addEventListener('beforeunload', warnBeforeUnload))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', warnBeforeUnload))
  onBeforeRouteLeave(() => !dirty.value || window.confirm(options.unsavedQuestion()))

  return {
    data,
    etag,
    form,
    dirty,
    loading,
    loadError,
    busy,
    failure,
    conflict,
    status,
    load,
    run,
    write,
    adopt,
    announce,
  }
}
