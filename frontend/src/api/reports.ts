import { useApi } from '@/composables/useApi'
import { config } from '@/config'
import { call } from './problem'
import type {
  AnnualReport,
  ApplicationStatistics,
  ReportRegister,
  ReportRegisterUpdate,
  ReportStatus,
  ReportText,
  ReportTextUpdate,
  ReviewCase,
  ReviewCaseCreate,
  ReviewCaseUpdate,
} from './types'
import { ifMatch, versioned, type Versioned } from './versioned'

/**
 * The open-government annual report (2021 format) computed from the records, its downloads, the
 * public statistics of applications, and the console's register of what the portal holds no
 * records of (entered figures of table 二, reviews and lawsuits of table 四).
 */

/** The scope of the city's own report in the console's paths (`texts/city`): no department has it. */
export const CITY_SCOPE = 'city'

/** The version of a register nobody entered yet: the first save sends it in If-Match. */
export const NOT_ENTERED_ETAG = '"-1"'

/** A year's report for a department, or the city when `department` is empty. */
export async function getAnnualReport(
  year: number,
  department: string | null,
  signal?: AbortSignal,
): Promise<AnnualReport> {
  return (
    await call(
      useApi().GET('/api/v1/reports/{year}', {
        params: { path: { year }, query: department ? { department } : {} },
        signal,
      }),
    )
  ).data
}

const departmentQuery = (department: string | null) =>
  department ? `?department=${encodeURIComponent(department)}` : ''

/** The address of the report's tables 二, 三 and 四 as a file: CSV or a spreadsheet (XLSX). */
export function reportTablesUrl(
  year: number,
  department: string | null,
  format: 'csv' | 'xlsx',
): string {
  return `${config.apiUrl}/api/v1/reports/${year}/tables.${format}${departmentQuery(department)}`
}

/** The whole report, print-ready (parts 一 to 六 once published; before, the tables alone). */
export function reportPageUrl(year: number, department: string | null): string {
  return `${config.apiUrl}/api/v1/reports/${year}/report.html${departmentQuery(department)}`
}

/** The address of the report itself as JSON (the same the page shows). */
export function reportJsonUrl(year: number, department: string | null): string {
  return `${config.apiUrl}/api/v1/reports/${year}${departmentQuery(department)}`
}

/** A year's applications in figures, for a department or the city. */
export async function getApplicationStatistics(
  year: number,
  department: string | null,
  signal?: AbortSignal,
): Promise<ApplicationStatistics> {
  return (
    await call(
      useApi().GET('/api/v1/applications/statistics', {
        params: { query: department ? { year, department } : { year } },
        signal,
      }),
    )
  ).data
}

// ---- the console: the register of a year and department ----------------------------------------

export async function getReportRegister(
  year: number,
  department: string,
  signal?: AbortSignal,
): Promise<Versioned<ReportRegister>> {
  return versioned(
    await call(
      useApi().GET('/api/v1/admin/reports/{year}/register/{department}', {
        params: { path: { year, department } },
        cache: 'no-store',
        signal,
      }),
    ),
  )
}

/** Enters the figures: with the ETag read, `"-1"` for the first time. */
export async function enterReportRegister(
  year: number,
  department: string,
  etag: string | null,
  body: ReportRegisterUpdate,
): Promise<Versioned<ReportRegister>> {
  return versioned(
    await call(
      useApi().PUT('/api/v1/admin/reports/{year}/register/{department}', {
        params: { path: { year, department }, header: ifMatch(etag) },
        body,
      }),
    ),
  )
}

// ---- the console: the parts staff write, and the submission to review ---------------------------

export async function getReportText(
  year: number,
  department: string,
  signal?: AbortSignal,
): Promise<Versioned<ReportText>> {
  return versioned(
    await call(
      useApi().GET('/api/v1/admin/reports/{year}/texts/{department}', {
        params: { path: { year, department } },
        cache: 'no-store',
        signal,
      }),
    ),
  )
}

/** Saves parts 一, 五 and 六: with the ETag read, `"-1"` the first time. */
export async function saveReportText(
  year: number,
  department: string,
  etag: string | null,
  body: ReportTextUpdate,
): Promise<Versioned<ReportText>> {
  return versioned(
    await call(
      useApi().PUT('/api/v1/admin/reports/{year}/texts/{department}', {
        params: { path: { year, department }, header: ifMatch(etag) },
        body,
      }),
    ),
  )
}

/** Where each report of a year stands: the city's and every department's for admins, staff's own. */
export async function getReportStatus(year: number, signal?: AbortSignal): Promise<ReportStatus[]> {
  return (
    await call(
      useApi().GET('/api/v1/admin/reports/{year}/status', {
        params: { path: { year } },
        cache: 'no-store',
        signal,
      }),
    )
  ).data
}

/** Assembles the report into its disclosure record and sends it to the confidentiality review. */
export async function submitReport(
  year: number,
  department: string,
  etag: string | null,
): Promise<Versioned<ReportText>> {
  return versioned(
    await call(
      useApi().POST('/api/v1/admin/reports/{year}/texts/{department}/submission', {
        params: { path: { year, department }, header: ifMatch(etag) },
      }),
    ),
  )
}

// ---- the console: reviews and lawsuits --------------------------------------------------------

export async function listReviewCases(
  department: string | null,
  signal?: AbortSignal,
): Promise<ReviewCase[]> {
  return (
    await call(
      useApi().GET('/api/v1/admin/reports/review-cases', {
        params: { query: department ? { department } : {} },
        cache: 'no-store',
        signal,
      }),
    )
  ).data
}

export async function getReviewCase(
  id: string,
  signal?: AbortSignal,
): Promise<Versioned<ReviewCase>> {
  return versioned(
    await call(
      useApi().GET('/api/v1/admin/reports/review-cases/{id}', {
        params: { path: { id } },
        cache: 'no-store',
        signal,
      }),
    ),
  )
}

export async function createReviewCase(body: ReviewCaseCreate): Promise<Versioned<ReviewCase>> {
  return versioned(await call(useApi().POST('/api/v1/admin/reports/review-cases', { body })))
}

export async function updateReviewCase(
  id: string,
  etag: string | null,
  body: ReviewCaseUpdate,
): Promise<Versioned<ReviewCase>> {
  return versioned(
    await call(
      useApi().PUT('/api/v1/admin/reports/review-cases/{id}', {
        params: { path: { id }, header: ifMatch(etag) },
        body,
      }),
    ),
  )
}
