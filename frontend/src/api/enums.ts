import type {
  ApplicantType,
  ApplicationDelivery,
  ApplicationFormWanted,
  ApplicationIdType,
  ApplicationOrganisationKind,
  ApplicationOutcome,
  ApplicationOutcomeReason,
  ApplicationState,
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
  'ANNUAL_REPORT',
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
export const DISCLOSURE_MODES = values<DisclosureMode>()([
  'PROACTIVE',
  'ON_REQUEST',
  'NOT_DISCLOSED',
])
export const DISCLOSURE_STATUSES = values<DisclosureStatus>()([
  'UNPUBLISHED',
  'PUBLISHED',
  'WITHDRAWN',
])
export const DRAFT_STATES = values<DisclosureDraftState>()(['EDITING', 'IN_REVIEW'])
export const INTERPRETATION_FORMS = values<InterpretationForm>()([
  'TEXT',
  'GRAPHIC',
  'VIDEO',
  'INTERVIEW',
])

// ---- on-request applications (依申请公开) --------------------------------------------------------
export const APPLICANT_TYPES = values<ApplicantType>()(['NATURAL_PERSON', 'ORGANISATION'])
export const ORGANISATION_KINDS = values<ApplicationOrganisationKind>()([
  'COMMERCIAL',
  'RESEARCH',
  'PUBLIC_INTEREST',
  'LEGAL_SERVICE',
  'OTHER',
])
export const ID_TYPES = values<ApplicationIdType>()([
  'RESIDENT_ID',
  'PASSPORT',
  'HK_MACAO_PERMIT',
  'TAIWAN_PERMIT',
  'UNIFIED_CREDIT_CODE',
  'OTHER',
])
export const FORMS_WANTED = values<ApplicationFormWanted>()(['PAPER', 'ELECTRONIC'])
export const DELIVERIES = values<ApplicationDelivery>()(['POST', 'PICK_UP', 'EMAIL', 'ONLINE'])
export const APPLICATION_STATES = values<ApplicationState>()([
  'RECEIVED',
  'AWAITING_CORRECTION',
  'IN_PROGRESS',
  'IN_CONSULTATION',
  'AWAITING_FEE',
  'REPLIED',
  'CLOSED',
  'WITHDRAWN',
])
/** The rows （一）–（六） of table 三 (2021 format of the annual report), in its order. */
export const OUTCOMES = values<ApplicationOutcome>()([
  'DISCLOSED',
  'PARTLY_DISCLOSED',
  'NOT_DISCLOSED',
  'UNABLE_TO_PROVIDE',
  'NOT_PROCESSED',
  'OTHER',
])
export const OUTCOME_REASONS = values<ApplicationOutcomeReason>()([
  'STATE_SECRET',
  'LAW_PROHIBITS',
  'SECURITY_STABILITY',
  'THIRD_PARTY_RIGHTS',
  'INTERNAL_AFFAIRS',
  'PROCESS_INFORMATION',
  'ENFORCEMENT_FILES',
  'ADMINISTRATIVE_QUERY',
  'NOT_HELD',
  'NEEDS_CREATION',
  'UNCLEAR_AFTER_CORRECTION',
  'PETITION_OR_COMPLAINT',
  'REPEATED',
  'PUBLICATION_REQUESTED',
  'EXCESSIVE',
  'CONFIRMATION_REQUESTED',
  'NOT_CORRECTED',
  'FEE_UNPAID',
  'OTHER',
])

/**
 * The sub-rows of table 三 each outcome names one of (none for 予以公开 and 部分公开), as the
 * schema's description of ApplicationOutcomeReason groups them.
 */
export const REASONS_OF_OUTCOME: Readonly<
  Record<ApplicationOutcome, readonly ApplicationOutcomeReason[]>
> = {
  DISCLOSED: [],
  PARTLY_DISCLOSED: [],
  NOT_DISCLOSED: OUTCOME_REASONS.slice(0, 8),
  UNABLE_TO_PROVIDE: OUTCOME_REASONS.slice(8, 11),
  NOT_PROCESSED: OUTCOME_REASONS.slice(11, 16),
  OTHER: OUTCOME_REASONS.slice(16),
}

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value)
}
