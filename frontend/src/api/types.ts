/**
 * Names for the generated API types (src/api/schema.d.ts, from openapi/openapi.yaml).
 * Aliases only: every shape comes from the contract, none is written by hand.
 */
import type { components, operations } from './schema'

type Schemas = components['schemas']

export type ServiceGuide = Schemas['ServiceGuide']
export type ServiceDetail = Schemas['ServiceDetail']
export type ServiceSummary = Schemas['ServiceSummary']
export type ServicePage = Schemas['PageServiceSummary']
export type SearchFragment = Schemas['SearchFragment']
export type SearchHighlight = Schemas['SearchHighlight']
export type VersionSummary = Schemas['VersionSummary']
export type VersionDetail = Schemas['VersionDetail']
export type AdminService = Schemas['AdminService']
export type AdminServiceSummary = Schemas['AdminServiceSummary']
export type AdminServicePage = Schemas['PageAdminServiceSummary']
export type AdminVersionSummary = Schemas['AdminVersionSummary']
export type ServiceCreate = Schemas['ServiceCreate']
export type ValidationReport = Schemas['ValidationReport']
export type Theme = Schemas['Theme']
export type Department = Schemas['Department']
export type DepartmentUpdate = Schemas['DepartmentUpdate']
export type DepartmentCreate = Schemas['DepartmentCreate']
export type DepartmentKind = Schemas['DepartmentKind']
export type Problem = Schemas['Problem']
export type FieldError = Schemas['FieldError']
export type ScheduledChange = Schemas['ScheduledChange']
export type ScheduleRequest = Schemas['ScheduleRequest']
export type PublishRequest = Schemas['PublishRequest']
export type AuditEntry = Schemas['AuditEntry']
export type AuditPage = Schemas['PageAuditEntryView']

export type Authority = Schemas['Authority']
export type Handling = Schemas['Handling']
export type Online = Schemas['Online']
export type Material = Schemas['Material']
export type Fees = Schemas['Fees']
export type Fee = Schemas['Fee']
export type ProcessStep = Schemas['ProcessStep']
export type Result = Schemas['Result']
export type Faq = Schemas['Faq']
export type LegalBasis = Schemas['LegalBasis']
export type TimeLimit = Schemas['TimeLimit']

export type ItemType = Schemas['ItemType']
export type Audience = Schemas['Audience']
export type OnlineDepth = Schemas['OnlineDepth']
export type ItemStatus = Schemas['ItemStatus']
export type HandlingKind = Schemas['HandlingKind']
export type Channel = Schemas['Channel']
export type TimeUnit = Schemas['TimeUnit']
export type ExerciseLevel = Schemas['ExerciseLevel']
export type MaterialKind = Schemas['MaterialKind']
export type MaterialForm = Schemas['MaterialForm']
export type Necessity = Schemas['MaterialNecessity']
export type MaterialSource = Schemas['MaterialSource']
export type ResultType = Schemas['ResultType']
export type VersionState = Schemas['VersionState']

export type ServiceQuery = NonNullable<operations['listServices']['parameters']['query']>
export type AdminServiceQuery = NonNullable<operations['listMyServices']['parameters']['query']>
export type AuditQuery = NonNullable<operations['listAuditEntries']['parameters']['query']>
export type ServiceSort = NonNullable<ServiceQuery['sort']>
