import { computed, inject, provide, type ComputedRef, type InjectionKey, type Ref } from 'vue'
import type { FieldError, Theme } from '@/api/types'
import { fieldErrorId, isWithin, placeErrors, shownBy, type PlacedError } from '@/lib/fieldPaths'
import type { ShapedGuide } from '@/lib/guideDraft'
import { GUIDE_FIELDS } from '@/lib/guideFields'

/** Every path the draft form shows (an input, a list, a list item or a group). */
export const isShownInForm = shownBy(Object.keys(GUIDE_FIELDS))

/** What the parts of the draft form share: the working copy and the field errors. */
export interface DraftForm {
  guide: Ref<ShapedGuide>
  errors: Ref<FieldError[]>
  themes: Ref<Theme[]>
  placed: ComputedRef<PlacedError[]>
  /** Errors shown at this path (the field itself or, for lists and groups, the container). */
  errorsAt: (path: string) => PlacedError[]
  /** Attributes that tie an input to its error message. */
  aria: (path: string, describedBy?: string) => Record<string, string | undefined>
  /** Forgets the errors inside a list whose items moved (their indices no longer hold). */
  clearWithin: (path: string) => void
  disabled: Ref<boolean>
}

const KEY: InjectionKey<DraftForm> = Symbol('draft-form')

export function provideDraftForm(
  guide: Ref<ShapedGuide>,
  errors: Ref<FieldError[]>,
  themes: Ref<Theme[]>,
  disabled: Ref<boolean>,
): DraftForm {
  const placed = computed(() => placeErrors(errors.value, isShownInForm))
  const form: DraftForm = {
    guide,
    errors,
    themes,
    placed,
    disabled,
    errorsAt: (path) => placed.value.filter((e) => e.anchor === path),
    aria(path, describedBy) {
      const invalid = placed.value.some((e) => e.anchor === path)
      const ids = [describedBy, invalid ? fieldErrorId(path) : undefined].filter(Boolean)
      return {
        'aria-invalid': invalid ? 'true' : undefined,
        'aria-describedby': ids.length ? ids.join(' ') : undefined,
      }
    },
    clearWithin(path) {
      errors.value = errors.value.filter((e) => !e.field || !isWithin(e.field, path))
    },
  }
  provide(KEY, form)
  return form
}

export function useDraftForm(): DraftForm {
  const form = inject(KEY)
  if (!form) throw new Error('useDraftForm() outside a draft form')
  return form
}
