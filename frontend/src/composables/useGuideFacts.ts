import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Department, ServiceDetail } from '@/api/types'
import type { Fact } from '@/components/guide/FactList.vue'
import { useReferenceDataStore } from '@/stores/referenceData'
import { useDepartmentFacts } from './useDepartmentFacts'
import { useFormat } from './useFormat'
import { useScript } from './useScript'

export interface GuideFacts {
  basicFacts: ComputedRef<Fact[]>
  timeFacts: ComputedRef<Fact[]>
  placeFacts: ComputedRef<Fact[]>
  onlineFacts: ComputedRef<Fact[]>
  contactFacts: ComputedRef<Fact[]>
  departmentFacts: ComputedRef<Fact[]>
  resultFacts: ComputedRef<Fact[]>
  authorityFacts: ComputedRef<Fact[]>
  rightsFacts: ComputedRef<Fact[]>
}

/**
 * The facts of a guide page, section by section, as people read them: codes translated,
 * content in the chosen script (with its `lang`), empty facts left for FactList to skip.
 */
export function useGuideFacts(
  props: Readonly<{ item: ServiceDetail; department?: Department | null }>,
): GuideFacts {
  const { t } = useI18n()
  const { display, lang } = useScript()
  const format = useFormat()
  const { themeName } = useReferenceDataStore()
  const department = useDepartmentFacts()

  const guide = computed(() => props.item.guide)
  const handling = computed(() => guide.value?.handling)
  const online = computed(() => guide.value?.online)
  const authority = computed(() => guide.value?.authority)

  const content = (text: string | null | undefined) => (text ? display(text) : undefined)
  const yesNo = (value: boolean | undefined) =>
    value === undefined
      ? undefined
      : value
        ? t('guide.online.supported')
        : t('guide.online.notSupported')

  const basicFacts = computed<Fact[]>(() => {
    const g = guide.value
    return [
      {
        label: t('guide.facts.department'),
        value: content(props.item.department?.name),
        lang: lang.value,
      },
      { label: t('guide.facts.type'), value: g?.type ? t(`enums.itemType.${g.type}`) : undefined },
      {
        label: t('guide.facts.audience'),
        value: g?.audience ? t(`enums.audience.${g.audience}`) : undefined,
      },
      {
        label: t('guide.facts.kind'),
        value: handling.value?.kind ? t(`enums.handlingKind.${handling.value.kind}`) : undefined,
      },
      {
        label: t('guide.facts.channels'),
        value: handling.value?.channels
          ?.map((c) => t(`enums.channel.${c}`))
          .join(t('common.listSeparator')),
      },
      {
        label: t('guide.facts.themes'),
        value: g?.themes?.map((code) => themeName(code) ?? code).join(t('common.listSeparator')),
      },
      { label: t('guide.facts.mainItem'), value: content(g?.mainItem), lang: lang.value },
      { label: t('guide.facts.variant'), value: content(g?.variant), lang: lang.value },
      { label: t('guide.facts.implementationCode'), value: props.item.implementationCode },
      { label: t('guide.facts.basicCode'), value: props.item.basicCode },
      {
        label: t('guide.facts.version'),
        value: props.item.version
          ? t('guide.facts.versionValue', { version: props.item.version })
          : undefined,
      },
      { label: t('guide.facts.publishedAt'), value: format.date(props.item.publishedAt) },
      {
        label: t('guide.facts.intermediary'),
        value: g?.intermediaryServices?.map(display).join(t('common.listSeparator')),
        lang: lang.value,
      },
    ]
  })

  const timeFacts = computed<Fact[]>(() => [
    {
      label: t('guide.time.legal'),
      value: [
        format.timeLimit(handling.value?.legalTimeLimit),
        content(handling.value?.legalTimeLimit?.note),
      ]
        .filter(Boolean)
        .join('\n'),
    },
    {
      label: t('guide.time.promised'),
      value: [
        format.timeLimit(handling.value?.promisedTimeLimit),
        content(handling.value?.promisedTimeLimit?.note),
      ]
        .filter(Boolean)
        .join('\n'),
    },
    {
      label: t('guide.time.kind'),
      value: handling.value?.kind ? t(`enums.handlingKind.${handling.value.kind}`) : undefined,
    },
    {
      label: t('guide.time.specialProcedures'),
      value: content(handling.value?.specialProcedures),
      lang: lang.value,
    },
  ])

  const placeFacts = computed<Fact[]>(() => [
    {
      label: t('guide.place.location'),
      value: content(handling.value?.location),
      lang: lang.value,
    },
    { label: t('guide.place.hours'), value: content(handling.value?.hours), lang: lang.value },
  ])

  const onlineFacts = computed<Fact[]>(() => {
    const visits = handling.value?.visits
    return [
      {
        label: t('guide.online.depth'),
        value: online.value?.depth ? t(`enums.onlineDepth.${online.value.depth}`) : undefined,
      },
      { label: t('guide.online.url'), value: online.value?.url, href: online.value?.url },
      {
        label: t('guide.online.visits'),
        value:
          visits === undefined
            ? undefined
            : visits === 0
              ? t('guide.online.noVisit')
              : t('guide.online.visitsValue', { count: visits }, visits),
      },
      {
        label: t('guide.online.onSiteReason'),
        value: content(online.value?.onSiteReason),
        lang: lang.value,
      },
      { label: t('guide.online.appointment'), value: yesNo(online.value?.appointment) },
      { label: t('guide.online.onlinePayment'), value: yesNo(online.value?.onlinePayment) },
      { label: t('guide.online.delivery'), value: yesNo(online.value?.delivery) },
    ]
  })

  const contactFacts = computed<Fact[]>(() => [
    {
      label: t('guide.contacts.consultation'),
      value: content(handling.value?.consultation),
      lang: lang.value,
    },
    {
      label: t('guide.contacts.complaint'),
      value: content(handling.value?.complaint),
      lang: lang.value,
    },
  ])

  const departmentFacts = computed<Fact[]>(() =>
    props.department ? department.contactFacts(props.department) : [],
  )

  const resultFacts = computed<Fact[]>(() => {
    const r = guide.value?.result
    return [
      {
        label: t('guide.result.type'),
        value: r?.type ? t(`enums.resultType.${r.type}`) : undefined,
      },
      { label: t('guide.result.name'), value: content(r?.name), lang: lang.value },
      { label: t('guide.result.sample'), value: content(r?.sample), lang: lang.value },
    ]
  })

  const authorityFacts = computed<Fact[]>(() => [
    {
      label: t('guide.facts.level'),
      value: authority.value?.level ? t(`enums.exerciseLevel.${authority.value.level}`) : undefined,
    },
    {
      label: t('guide.facts.powerSource'),
      value: content(authority.value?.powerSource),
      lang: lang.value,
    },
    {
      label: t('guide.facts.entrustedBody'),
      value: content(authority.value?.entrustedBody),
      lang: lang.value,
    },
  ])

  const rightsFacts = computed<Fact[]>(() => [
    {
      label: t('guide.rights.rightsAndObligations'),
      value: content(guide.value?.rightsAndObligations),
      lang: lang.value,
    },
    { label: t('guide.rights.remedies'), value: content(guide.value?.remedies), lang: lang.value },
  ])

  return {
    basicFacts,
    timeFacts,
    placeFacts,
    onlineFacts,
    contactFacts,
    departmentFacts,
    resultFacts,
    authorityFacts,
    rightsFacts,
  }
}
