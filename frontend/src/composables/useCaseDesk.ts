import { inject, provide, type InjectionKey, type Ref } from 'vue'
import type { FieldError, OfficeApplicationView } from '@/api/types'
import type { Versioned } from '@/api/versioned'
import type { CaseAction, CaseForm } from '@/lib/caseActions'

/**
 * What the action panels of a case in the disclosure office share with its page: the form (one
 * for all actions, its fields named as in CaseForm, ids `case-<field>`), which action runs, and
 * one way to send an action — checked first, then written with the case's ETag (If-Match), the
 * outcome announced; a conflict (412), field errors or another failure shown by the page.
 */
export interface CaseDesk {
  form: Ref<CaseForm>
  busy: Readonly<Ref<string | null>>
  /** Today in the city (ISO date). */
  today: string
  /** Shows the form's own check of an action (errors focus the summary); true when none. */
  check: (action: CaseAction, errors: FieldError[]) => Promise<boolean>
  /**
   * Sends one action when `errors` (the form's own checks) is empty; true when it succeeded.
   * `keepEdits: false` (the default) resets the form to the answer.
   */
  perform: (
    action: CaseAction,
    errors: FieldError[],
    send: (etag: string | null) => Promise<Versioned<OfficeApplicationView>>,
    done: string,
    options?: { keepEdits?: boolean },
  ) => Promise<boolean>
}

const KEY: InjectionKey<CaseDesk> = Symbol('case-desk')

export function provideCaseDesk(desk: CaseDesk): CaseDesk {
  provide(KEY, desk)
  return desk
}

export function useCaseDesk(): CaseDesk {
  const desk = inject(KEY, null)
  if (!desk) throw new Error('useCaseDesk() outside a case page')
  return desk
}
