import type {
  Audience,
  CalendarDayKind,
  Channel,
  DepartmentKind,
  DisclosureDraftState,
  DisclosureKind,
  DisclosureMode,
  DisclosureStatus,
  ExerciseLevel,
  FivePublic,
  HandlingKind,
  InterpretationForm,
  ItemStatus,
  ItemType,
  MaterialForm,
  MaterialKind,
  MaterialSource,
  Necessity,
  OnlineDepth,
  RecordValidity,
  ResultType,
  ServiceSort,
  TimeUnit,
} from './types'

/**
 * The values of the contract's enums, in display order. `satisfies` makes the compiler check
 * each list against the generated type; `Exhaustive` checks that no value is missing.
 */
type Exhaustive<T extends string, L extends readonly T[]> = [T] extends [L[number]] ? L : never

function values<T extends string>() {
  return <const L extends readonly T[]>(list: Exhaustive<T, L>): L => list
}

export const ITEM_TYPES = values<ItemType>()([
  'ADMINISTRATIVE_LICENSE',
  'ADMINISTRATIVE_CONFIRMATION',
  'ADMINISTRATIVE_ADJUDICATION',
  'ADMINISTRATIVE_PAYMENT',
  'ADMINISTRATIVE_REWARD',
  'ADMINISTRATIVE_FILING',
  'OTHER_ADMINISTRATIVE_POWER',
  'PUBLIC_SERVICE',
  'ADMINISTRATIVE_PENALTY',
  'ADMINISTRATIVE_COERCION',
  'ADMINISTRATIVE_LEVY',
  'ADMINISTRATIVE_INSPECTION',
])
export const AUDIENCES = values<Audience>()(['PERSON', 'LEGAL_ENTITY', 'BOTH'])
export const ONLINE_DEPTHS = values<OnlineDepth>()(['I', 'II', 'III', 'IV'])
export const ITEM_STATUSES = values<ItemStatus>()(['DRAFT', 'ACTIVE', 'SUSPENDED', 'CANCELLED'])
export const HANDLING_KINDS = values<HandlingKind>()(['IMMEDIATE', 'COMMITTED'])
export const CHANNELS = values<Channel>()(['WINDOW', 'ONLINE', 'EXPRESS'])
export const TIME_UNITS = values<TimeUnit>()(['WORKING_DAYS', 'CALENDAR_DAYS', 'HOURS'])
export const EXERCISE_LEVELS = values<ExerciseLevel>()([
  'NATIONAL',
  'PROVINCIAL',
  'MUNICIPAL',
  'COUNTY',
  'TOWNSHIP',
  'VILLAGE',
])
export const MATERIAL_KINDS = values<MaterialKind>()([
  'ORIGINAL',
  'COPY',
  'ORIGINAL_AND_COPY',
  'ELECTRONIC',
])
export const MATERIAL_FORMS = values<MaterialForm>()(['PAPER', 'ELECTRONIC', 'PAPER_OR_ELECTRONIC'])
export const NECESSITIES = values<Necessity>()(['REQUIRED', 'OPTIONAL', 'DEFERRABLE'])
export const MATERIAL_SOURCES = values<MaterialSource>()(['APPLICANT', 'GOVERNMENT', 'OTHER'])
export const RESULT_TYPES = values<ResultType>()(['CERTIFICATE', 'APPROVAL', 'OTHER'])
export const DEPARTMENT_KINDS = values<DepartmentKind>()([
  'GOVERNMENT_OFFICE',
  'DEPARTMENT',
  'PUBLIC_INSTITUTION',
])
export const CALENDAR_DAY_KINDS = values<CalendarDayKind>()(['HOLIDAY', 'WORKDAY'])
export const SERVICE_SORTS = values<ServiceSort>()(['relevance', 'name', 'updated', 'popular'])
export const DISCLOSURE_KINDS = values<DisclosureKind>()([
  'REGULATION',
  'NORMATIVE_DOCUMENT',
  'POLICY',
  'INTERPRETATION',
  'BUDGET',
  'FINAL_ACCOUNTS',
  'GAZETTE_ISSUE',
  'NPC_REPLY',
  'CPPCC_REPLY',
  'GENERAL',
])
export const FIVE_PUBLIC = values<FivePublic>()([
  'DECISION',
  'EXECUTION',
  'MANAGEMENT',
  'SERVICE',
  'RESULT',
])
export const RECORD_VALIDITIES = values<RecordValidity>()(['VALID', 'EXPIRED', 'REPEALED'])
export const DISCLOSURE_MODES = values<DisclosureMode>()(['PROACTIVE', 'ON_REQUEST', 'NOT_DISCLOSED'])
export const DISCLOSURE_STATUSES = values<DisclosureStatus>()(['UNPUBLISHED', 'PUBLISHED', 'WITHDRAWN'])
export const DRAFT_STATES = values<DisclosureDraftState>()(['EDITING', 'IN_REVIEW'])
export const INTERPRETATION_FORMS = values<InterpretationForm>()([
  'TEXT',
  'GRAPHIC',
  'VIDEO',
  'INTERVIEW',
])

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value)
}
