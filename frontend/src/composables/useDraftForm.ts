import { inject, provide, type InjectionKey, type Ref } from 'vue'
import type { FieldError, Theme } from '@/api/types'
import { anchorPath, fieldId, shownBy } from '@/lib/fieldPaths'
import type { ShapedGuide } from '@/lib/guideDraft'
import { GUIDE_FIELDS } from '@/lib/guideFields'
import { useFieldErrors, type FieldErrors } from './useFieldErrors'

/** Every path the draft form shows (an input, a list, a list item or a group). */
const isShownInForm = shownBy(Object.keys(GUIDE_FIELDS))

/**
 * What the parts of the draft form share: the working copy, the themes to choose from and
 * the field errors. Every field's name is its path in the guide (`materials[2].copies`), its
 * id fieldId(path); an error is shown at the nearest field, list item, list or group.
 */
export interface DraftForm {
  guide: Ref<ShapedGuide>
  themes: Readonly<Ref<readonly Theme[]>>
  fields: FieldErrors
}

const KEY: InjectionKey<DraftForm> = Symbol('draft-form')

/** The field errors of a guide: fields named by their path, ids fieldId(path). */
export function useGuideFieldErrors(errors?: Ref<FieldError[]>): FieldErrors {
  return useFieldErrors(
    { idOf: fieldId, fieldOf: (path) => anchorPath(path, isShownInForm) },
    errors,
  )
}

export function provideDraftForm(
  guide: Ref<ShapedGuide>,
  fields: FieldErrors,
  themes: Readonly<Ref<readonly Theme[]>>,
): DraftForm {
  const form: DraftForm = { guide, themes, fields }
  provide(KEY, form)
  return form
}

export function useDraftForm(): DraftForm {
  const form = inject(KEY)
  if (!form) throw new Error('useDraftForm() outside a draft form')
  return form
}
