import { useI18n } from 'vue-i18n'
import type { Department } from '@/api/types'
import type { Fact } from '@/components/guide/FactList.vue'
import { useScript } from './useScript'

/** How to reach a department (the directory and every guide show the same facts). */
export function useDepartmentFacts(): { contactFacts: (d: Department) => Fact[] } {
  const { t } = useI18n()
  const { display, lang } = useScript()

  function contactFacts(d: Department): Fact[] {
    return [
      { label: t('departments.address'), value: display(d.address), lang: lang.value },
      { label: t('departments.phone'), value: d.phone },
      { label: t('departments.email'), value: d.email },
      { label: t('departments.officeHours'), value: display(d.officeHours), lang: lang.value },
      { label: t('departments.website'), value: d.website, href: d.website },
    ]
  }

  return { contactFacts }
}
