import { useApi } from '@/composables/useApi'
import { call, toApiError, type ApiError } from './problem'
import type {
  ApplicationSubmit,
  ConsultationRequest,
  CorrectionRequest,
  ExtensionDecision,
  ExtensionRequest,
  FeeNoticeRequest,
  InboxCounts,
  MyApplicationView,
  OfficeApplicationPage,
  OfficeApplicationQuery,
  OfficeApplicationView,
  ReplyRequest,
  StaffMember,
  StaffRegistration,
  SubmissionReceipt,
  TrackingView,
  TransferRequest,
} from './types'
import { ifMatch, versioned, type Versioned } from './versioned'

/**
 * On-request disclosure (依申请公开): applying (with an Idempotency-Key, the same for every retry
 * of one application), following a case by its number and code, the applicant's own cases, and
 * the department's disclosure office at work on them. Every write of a case sends the ETag read.
 */

const path = (id: string) => ({ path: { id } })

// ---- applying and tracking -----------------------------------------------------------------------

/**
 * Sends an application. A retry with the same `idempotencyKey` gets the same receipt (never a
 * second case), so a double click or a retry after a lost answer is harmless.
 */
export async function submitApplication(
  body: ApplicationSubmit,
  idempotencyKey: string,
): Promise<SubmissionReceipt> {
  return (
    await call(
      useApi().POST('/api/v1/applications', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        body,
      }),
    )
  ).data
}

/** A case's state and dates for whoever holds its tracking number and verification code. */
export async function trackApplication(
  number: string,
  code: string,
  signal?: AbortSignal,
): Promise<TrackingView> {
  return (
    await call(
      useApi().GET('/api/v1/applications/track', {
        params: { query: { number, code } },
        cache: 'no-store',
        signal,
      }),
    )
  ).data
}

// ---- my applications -----------------------------------------------------------------------------

export async function listMyApplications(signal?: AbortSignal): Promise<MyApplicationView[]> {
  return (await call(useApi().GET('/api/v1/me/applications', { signal, cache: 'no-store' }))).data
}

const mine = async (request: Parameters<typeof call<MyApplicationView>>[0]) =>
  versioned(await call(request))

export async function getMyApplication(
  id: string,
  signal?: AbortSignal,
): Promise<Versioned<MyApplicationView>> {
  return mine(
    useApi().GET('/api/v1/me/applications/{id}', {
      params: path(id),
      signal,
      cache: 'no-store',
    }),
  )
}

/** The corrected description the office asked for (the reply clock starts again). */
export async function correctMyApplication(
  id: string,
  etag: string | null,
  description: string,
): Promise<Versioned<MyApplicationView>> {
  return mine(
    useApi().POST('/api/v1/me/applications/{id}/correction', {
      params: { ...path(id), header: ifMatch(etag) },
      body: { description },
    }),
  )
}

export async function withdrawMyApplication(
  id: string,
  etag: string | null,
): Promise<Versioned<MyApplicationView>> {
  return mine(
    useApi().POST('/api/v1/me/applications/{id}/withdraw', {
      params: { ...path(id), header: ifMatch(etag) },
    }),
  )
}

/**
 * Attaches a file of the applicant's to an open application (its raw bytes; the server tells the
 * type by the content: a PDF or an image, 415 otherwise). The answer is the case and its new ETag.
 */
export async function attachToMyApplication(
  id: string,
  etag: string | null,
  file: File,
): Promise<Versioned<MyApplicationView>> {
  return mine(
    useApi().POST('/api/v1/me/applications/{id}/attachments', {
      params: { ...path(id), query: { fileName: file.name }, header: ifMatch(etag) },
      // the contract types binary bodies as string; the bytes are sent as they are
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as Blob,
      headers: { 'Content-Type': 'application/octet-stream' },
    }),
  )
}

/** Sends the files one after another (each write needs the version the last one left); one failing does not stop the rest. */
export async function attachAllToMyApplication(
  id: string,
  files: readonly File[],
): Promise<{ name: string; error: ApiError | null }[]> {
  const results: { name: string; error: ApiError | null }[] = []
  let etag: string | null = null
  for (const file of files) {
    try {
      etag ??= (await getMyApplication(id)).etag
      etag = (await attachToMyApplication(id, etag, file)).etag
      results.push({ name: file.name, error: null })
    } catch (error) {
      results.push({ name: file.name, error: toApiError(error) })
      etag = null
    }
  }
  return results
}

// ---- the disclosure office -----------------------------------------------------------------------

/** The inbox: the department's cases (admins: all, or one department's), open ones by deadline. */
export async function listOfficeApplications(
  query: OfficeApplicationQuery,
  signal?: AbortSignal,
): Promise<OfficeApplicationPage> {
  return (
    await call(
      useApi().GET('/api/v1/admin/applications', {
        params: { query },
        signal,
        cache: 'no-store',
      }),
    )
  ).data
}

/** The inbox's counts (open cases by where they stand, due soon, overdue…) in one request. */
export async function countOfficeApplications(
  department: string | undefined,
  signal?: AbortSignal,
): Promise<InboxCounts> {
  return (
    await call(
      useApi().GET('/api/v1/admin/applications/counts', {
        params: { query: { department } },
        signal,
        cache: 'no-store',
      }),
    )
  ).data
}

/**
 * Registers an application received by letter, in person or by fax, for the applicant. As when
 * applying, a retry with the same `idempotencyKey` gets the same receipt, never a second case.
 */
export async function registerApplication(
  body: StaffRegistration,
  idempotencyKey: string,
): Promise<SubmissionReceipt> {
  return (
    await call(
      useApi().POST('/api/v1/admin/applications', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        body,
      }),
    )
  ).data
}

const office = async (request: Parameters<typeof call<OfficeApplicationView>>[0]) =>
  versioned(await call(request))

/** A case with the applicant's data (the ID number masked); the read is audited. */
export async function getOfficeApplication(
  id: string,
  signal?: AbortSignal,
): Promise<Versioned<OfficeApplicationView>> {
  return office(
    useApi().GET('/api/v1/admin/applications/{id}', {
      params: path(id),
      signal,
      cache: 'no-store',
    }),
  )
}

export async function requestCorrection(
  id: string,
  etag: string | null,
  body: CorrectionRequest,
): Promise<Versioned<OfficeApplicationView>> {
  return office(
    useApi().POST('/api/v1/admin/applications/{id}/correction-request', {
      params: { ...path(id), header: ifMatch(etag) },
      body,
    }),
  )
}

export async function replyToApplication(
  id: string,
  etag: string | null,
  body: ReplyRequest,
): Promise<Versioned<OfficeApplicationView>> {
  return office(
    useApi().POST('/api/v1/admin/applications/{id}/reply', {
      params: { ...path(id), header: ifMatch(etag) },
      body,
    }),
  )
}

/** An internal note: on the office's timeline only, never shown to the applicant. */
export async function addApplicationNote(
  id: string,
  etag: string | null,
  note: string,
): Promise<Versioned<OfficeApplicationView>> {
  return office(
    useApi().POST('/api/v1/admin/applications/{id}/notes', {
      params: { ...path(id), header: ifMatch(etag) },
      body: { note },
    }),
  )
}

/** Arts. 32 and 34: the clock pauses while a third party or a co-producing body is consulted. */
export async function startConsultation(
  id: string,
  etag: string | null,
  body: ConsultationRequest,
): Promise<Versioned<OfficeApplicationView>> {
  return office(
    useApi().POST('/api/v1/admin/applications/{id}/consultation', {
      params: { ...path(id), header: ifMatch(etag) },
      body,
    }),
  )
}

/** The consulted party's opinion: the consultation ends, the clock runs again. */
export async function recordConsultationOpinion(
  id: string,
  etag: string | null,
  opinion: string,
): Promise<Versioned<OfficeApplicationView>> {
  return office(
    useApi().POST('/api/v1/admin/applications/{id}/consultation/opinion', {
      params: { ...path(id), header: ifMatch(etag) },
      body: { opinion },
    }),
  )
}

/** Art. 33: the one extension (at most 20 working days), decided by another admin. */
export async function requestExtension(
  id: string,
  etag: string | null,
  body: ExtensionRequest,
): Promise<Versioned<OfficeApplicationView>> {
  return office(
    useApi().POST('/api/v1/admin/applications/{id}/extension', {
      params: { ...path(id), header: ifMatch(etag) },
      body,
    }),
  )
}

/** The office head's decision on the extension asked for (admins; never the one who asked). */
export async function decideExtension(
  id: string,
  etag: string | null,
  body: ExtensionDecision,
): Promise<Versioned<OfficeApplicationView>> {
  return office(
    useApi().POST('/api/v1/admin/applications/{id}/extension/decision', {
      params: { ...path(id), header: ifMatch(etag) },
      body,
    }),
  )
}

/** Art. 42: a fee notice (the amount is computed by the API); the clock stands until paid. */
export async function noticeFee(
  id: string,
  etag: string | null,
  body: FeeNoticeRequest,
): Promise<Versioned<OfficeApplicationView>> {
  return office(
    useApi().POST('/api/v1/admin/applications/{id}/fee-notice', {
      params: { ...path(id), header: ifMatch(etag) },
      body,
    }),
  )
}

export async function recordFeePaid(
  id: string,
  etag: string | null,
): Promise<Versioned<OfficeApplicationView>> {
  return office(
    useApi().POST('/api/v1/admin/applications/{id}/fee-paid', {
      params: { ...path(id), header: ifMatch(etag) },
    }),
  )
}

/**
 * Who may handle the department's cases: its staff as the identity service knows them (user
 * name and display name), by name. Staff get their own department's; admins name one.
 */
export async function listApplicationHandlers(
  department: string,
  signal?: AbortSignal,
): Promise<StaffMember[]> {
  return (
    await call(
      useApi().GET('/api/v1/admin/applications/handlers', {
        params: { query: { department } },
        signal,
        cache: 'no-store',
      }),
    )
  ).data
}

/** Who in the office handles the case: a member of its department's staff. */
export async function assignApplication(
  id: string,
  etag: string | null,
  handler: string,
): Promise<Versioned<OfficeApplicationView>> {
  return office(
    useApi().POST('/api/v1/admin/applications/{id}/assignment', {
      params: { ...path(id), header: ifMatch(etag) },
      body: { handler },
    }),
  )
}

/** The city office (admins) sends the case to the department that holds the information. */
export async function transferApplication(
  id: string,
  etag: string | null,
  body: TransferRequest,
): Promise<Versioned<OfficeApplicationView>> {
  return office(
    useApi().POST('/api/v1/admin/applications/{id}/transfer', {
      params: { ...path(id), header: ifMatch(etag) },
      body,
    }),
  )
}

/**
 * Adds a document to the reply (its raw bytes; the API tells its type by the content: 415 for
 * another, 413 above 20 MB). The applicant can download it once the reply is sent.
 */
export async function uploadApplicationDocument(
  id: string,
  etag: string | null,
  file: File,
): Promise<Versioned<OfficeApplicationView>> {
  return office(
    useApi().POST('/api/v1/admin/applications/{id}/attachments', {
      params: { ...path(id), query: { fileName: file.name }, header: ifMatch(etag) },
      // the contract types binary bodies as string; the bytes are sent as they are
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as Blob,
      headers: { 'Content-Type': 'application/octet-stream' },
    }),
  )
}

/** A document of the reply, as the office downloads it. */
export async function downloadOfficeDocument(id: string, position: number): Promise<Blob> {
  const { data } = await call(
    useApi().GET('/api/v1/admin/applications/{id}/attachments/{position}', {
      params: { path: { id, position } },
      parseAs: 'blob',
    }),
  )
  return data
}

/** The reply letter (告知书) as the office prints it: an HTML page. */
export async function getOfficeReplyLetter(id: string): Promise<string> {
  const { data } = await call(
    useApi().GET('/api/v1/admin/applications/{id}/reply-letter', {
      params: { path: { id } },
      parseAs: 'text',
    }),
  )
  return data
}

// ---- the reply's documents and letter (with the bearer token, hence not plain links) ------------

/** A document of the reply, as the applicant downloads it. */
export async function downloadMyDocument(id: string, position: number): Promise<Blob> {
  const { data } = await call(
    useApi().GET('/api/v1/me/applications/{id}/attachments/{position}', {
      params: { path: { id, position } },
      parseAs: 'blob',
    }),
  )
  return data
}

/** The reply letter (告知书): a printable HTML page, once the case is replied to or closed. */
export async function getMyReplyLetter(id: string): Promise<Blob> {
  const { data } = await call(
    useApi().GET('/api/v1/me/applications/{id}/reply-letter', {
      params: { path: { id } },
      parseAs: 'blob',
    }),
  )
  return data
}
