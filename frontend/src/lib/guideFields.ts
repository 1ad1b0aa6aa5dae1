/**
 * Every place in a guide (ServiceGuide) the console shows: its label (an i18n key) and how
 * its values read. The draft form renders an input (or a list, or a group) for each pattern,
 * field errors are placed by it, and the diff labels and formats changes with it.
 */
export type EnumFamily =
  | 'itemType'
  | 'audience'
  | 'exerciseLevel'
  | 'handlingKind'
  | 'channel'
  | 'onlineDepth'
  | 'timeUnitName'
  | 'materialKind'
  | 'materialForm'
  | 'necessity'
  | 'materialSource'
  | 'resultType'

export interface GuideField {
  /** i18n key of the label. */
  label: string
  /** Values are codes of this enum (translated with `enums.<family>.<code>`). */
  enum?: EnumFamily
  /** Values are theme codes (shown with the theme's name). */
  theme?: true
}

const timeLimit = (prefix: string, label: string): Record<string, GuideField> => ({
  [prefix]: { label },
  [`${prefix}.value`]: { label: 'fields.timeLimit.value' },
  [`${prefix}.unit`]: { label: 'fields.timeLimit.unit', enum: 'timeUnitName' },
  [`${prefix}.note`]: { label: 'fields.timeLimit.note' },
})

export const GUIDE_FIELDS: Readonly<Record<string, GuideField>> = {
  name: { label: 'fields.name' },
  type: { label: 'fields.type', enum: 'itemType' },
  audience: { label: 'fields.audience', enum: 'audience' },
  mainItem: { label: 'fields.mainItem' },
  variant: { label: 'fields.variant' },
  themes: { label: 'fields.themes', theme: true },

  authority: { label: 'fields.authority._' },
  'authority.level': { label: 'fields.authority.level', enum: 'exerciseLevel' },
  'authority.powerSource': { label: 'fields.authority.powerSource' },
  'authority.entrustedBody': { label: 'fields.authority.entrustedBody' },
  'authority.legalBasis': { label: 'fields.authority.legalBasis' },
  'authority.legalBasis[]': { label: 'fields.authority.legalBasis' },
  'authority.legalBasis[].title': { label: 'fields.legalBasis.title' },
  'authority.legalBasis[].provision': { label: 'fields.legalBasis.provision' },

  handling: { label: 'fields.handling._' },
  'handling.conditions': { label: 'fields.handling.conditions' },
  'handling.conditions[]': { label: 'fields.handling.condition' },
  ...timeLimit('handling.legalTimeLimit', 'fields.handling.legalTimeLimit'),
  ...timeLimit('handling.promisedTimeLimit', 'fields.handling.promisedTimeLimit'),
  'handling.kind': { label: 'fields.handling.kind', enum: 'handlingKind' },
  'handling.channels': { label: 'fields.handling.channels', enum: 'channel' },
  'handling.specialProcedures': { label: 'fields.handling.specialProcedures' },
  'handling.visits': { label: 'fields.handling.visits' },
  'handling.location': { label: 'fields.handling.location' },
  'handling.hours': { label: 'fields.handling.hours' },
  'handling.consultation': { label: 'fields.handling.consultation' },
  'handling.complaint': { label: 'fields.handling.complaint' },

  online: { label: 'fields.online._' },
  'online.depth': { label: 'fields.online.depth', enum: 'onlineDepth' },
  'online.url': { label: 'fields.online.url' },
  'online.onSiteReason': { label: 'fields.online.onSiteReason' },
  'online.appointment': { label: 'fields.online.appointment' },
  'online.onlinePayment': { label: 'fields.online.onlinePayment' },
  'online.delivery': { label: 'fields.online.delivery' },

  materials: { label: 'fields.materials._' },
  'materials[]': { label: 'fields.materials._' },
  'materials[].name': { label: 'fields.materials.name' },
  'materials[].kind': { label: 'fields.materials.kind', enum: 'materialKind' },
  'materials[].form': { label: 'fields.materials.form', enum: 'materialForm' },
  'materials[].necessity': { label: 'fields.materials.necessity', enum: 'necessity' },
  'materials[].source': { label: 'fields.materials.source', enum: 'materialSource' },
  'materials[].copies': { label: 'fields.materials.copies' },
  'materials[].specification': { label: 'fields.materials.specification' },
  'materials[].blankForm': { label: 'fields.materials.blankForm' },
  'materials[].sampleForm': { label: 'fields.materials.sampleForm' },
  'materials[].notes': { label: 'fields.materials.notes' },
  'materials[].acceptanceStandard': { label: 'fields.materials.acceptanceStandard' },
  'materials[].basis': { label: 'fields.materials.basis' },

  fees: { label: 'fields.fees._' },
  'fees.charged': { label: 'fields.fees.charged' },
  'fees.basis': { label: 'fields.fees.basis' },
  'fees.items': { label: 'fields.fees.items' },
  'fees.items[]': { label: 'fields.fees.items' },
  'fees.items[].name': { label: 'fields.fee.name' },
  'fees.items[].standard': { label: 'fields.fee.standard' },
  'fees.items[].basis': { label: 'fields.fee.basis' },
  'fees.items[].reducible': { label: 'fields.fee.reducible' },
  'fees.items[].reductionBasis': { label: 'fields.fee.reductionBasis' },

  steps: { label: 'fields.steps._' },
  'steps[]': { label: 'fields.steps._' },
  'steps[].name': { label: 'fields.steps.name' },
  'steps[].description': { label: 'fields.steps.description' },
  'steps[].office': { label: 'fields.steps.office' },
  'steps[].handlerRole': { label: 'fields.steps.handlerRole' },
  ...timeLimit('steps[].timeLimit', 'fields.steps.timeLimit'),

  result: { label: 'fields.result._' },
  'result.type': { label: 'fields.result.type', enum: 'resultType' },
  'result.name': { label: 'fields.result.name' },
  'result.sample': { label: 'fields.result.sample' },

  faq: { label: 'fields.faq._' },
  'faq[]': { label: 'fields.faq._' },
  'faq[].question': { label: 'fields.faq.question' },
  'faq[].answer': { label: 'fields.faq.answer' },

  intermediaryServices: { label: 'fields.intermediaryServices' },
  'intermediaryServices[]': { label: 'fields.intermediaryService' },
  rightsAndObligations: { label: 'fields.rightsAndObligations' },
  remedies: { label: 'fields.remedies' },
}

/** Top-level sections of a guide in the order the console and the diff show them. */
export const GUIDE_SECTIONS = [
  'name',
  'type',
  'audience',
  'mainItem',
  'variant',
  'themes',
  'authority',
  'handling',
  'online',
  'materials',
  'fees',
  'steps',
  'result',
  'faq',
  'intermediaryServices',
  'rightsAndObligations',
  'remedies',
] as const

export type GuideSection = (typeof GUIDE_SECTIONS)[number]

/** Lists of codes: compared and shown as a whole (other lists item by item). */
export const WHOLE_VALUE_LISTS: ReadonlySet<string> = new Set(['themes', 'handling.channels'])
