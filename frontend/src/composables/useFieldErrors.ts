import {
  computed,
  inject,
  nextTick,
  provide,
  ref,
  type ComputedRef,
  type InjectionKey,
  type Ref,
} from 'vue'
import type { FieldError } from '@/api/types'
import { isWithin, type PlacedError } from '@/lib/fieldPaths'

export interface FieldErrorsOptions {
  /** The DOM id of a field's control (its hint and error list add `-hint` and `-error`). */
  idOf: (field: string) => string
  /**
   * The field of the form that shows an error with this API path (problem+json
   * `errors[].field`), or null when the form has none (the error is then listed apart).
   */
  fieldOf: (path: string) => string | null
}

/**
 * A form's field errors: the API's `errors[].field` (or the form's own checks) placed at the
 * fields that show them, and the ids and ARIA attributes that tie each message to its input.
 * The base fields (components/base/*Field.vue) find it by injection.
 */
export interface FieldErrors {
  errors: Ref<FieldError[]>
  /** Every error with the field that shows it (`anchor`, null for none). */
  placed: ComputedRef<PlacedError[]>
  /** The errors no field of the form shows. */
  unplaced: ComputedRef<PlacedError[]>
  errorsOf: (field: string) => PlacedError[]
  idOf: (field: string) => string
  hintIdOf: (field: string) => string
  errorIdOf: (field: string) => string
  /** `aria-invalid` and `aria-describedby` (hint first, then the errors) of a field's control. */
  aria: (
    field: string,
    describedBy?: string,
  ) => { 'aria-invalid': 'true' | undefined; 'aria-describedby': string | undefined }
  /** Forgets the errors inside a path (a list whose items moved: their indices no longer hold). */
  clearWithin: (path: string) => void
  /** Moves focus to the first field that has an error; false when there is none. */
  focusFirst: () => Promise<boolean>
}

const KEY: InjectionKey<FieldErrors> = Symbol('field-errors')

/** Creates a form's field errors and provides them to the fields inside it. */
export function useFieldErrors(
  options: FieldErrorsOptions,
  errors: Ref<FieldError[]> = ref([]),
): FieldErrors {
  const placed = computed<PlacedError[]>(() =>
    errors.value.map((error) => ({
      ...error,
      anchor: error.field ? options.fieldOf(error.field) : null,
    })),
  )
  const errorsOf = (field: string) => placed.value.filter((e) => e.anchor === field)
  const errorIdOf = (field: string) => `${options.idOf(field)}-error`

  const fieldErrors: FieldErrors = {
    errors,
    placed,
    unplaced: computed(() => placed.value.filter((e) => e.anchor === null)),
    errorsOf,
    idOf: options.idOf,
    hintIdOf: (field) => `${options.idOf(field)}-hint`,
    errorIdOf,
    aria(field, describedBy) {
      const invalid = errorsOf(field).length > 0
      const ids = [describedBy, invalid ? errorIdOf(field) : undefined].filter(Boolean)
      return {
        'aria-invalid': invalid ? 'true' : undefined,
        'aria-describedby': ids.length ? ids.join(' ') : undefined,
      }
    },
    clearWithin(path) {
      errors.value = errors.value.filter((e) => !e.field || !isWithin(e.field, path))
    },
    async focusFirst() {
      const first = placed.value.find((e) => e.anchor !== null)?.anchor
      if (!first) return false
      await nextTick()
      document.getElementById(options.idOf(first))?.focus()
      return true
    },
  }
  provide(KEY, fieldErrors)
  return fieldErrors
}

export function injectFieldErrors(): FieldErrors {
  const fieldErrors = inject(KEY, null)
  if (!fieldErrors) throw new Error('a form field outside a form with useFieldErrors()')
  return fieldErrors
}
