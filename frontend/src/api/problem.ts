import type { FieldError, Problem } from './types'

/**
 * A failed API call: the server's problem+json (RFC 9457) when there is one, or a
 * synthetic problem with status 0 when the server could not be reached at all.
 */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem
  /** The ETag of the failed response (412 carries the current version there). */
  readonly etag: string | null

  constructor(status: number, problem: Problem, etag: string | null = null) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
    this.etag = etag
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? []
  }

  /** The browser could not reach the server (offline, DNS, CORS, server down). */
  get isNetworkError(): boolean {
    return this.status === 0
  }
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.title === 'string' || typeof v.detail === 'string' || typeof v.status === 'number'
}

interface FetchOutcome<T> {
  data?: T
  error?: unknown
  response: Response
}

/**
 * Unwraps an openapi-fetch call: the data and the response on success, an ApiError otherwise.
 * `await call(api.GET('/api/v1/services', …))`
 */
export async function call<T>(
  request: Promise<FetchOutcome<T>>,
): Promise<{ data: T; response: Response }> {
  let outcome: FetchOutcome<T>
  try {
    outcome = await request
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError(0, { title: 'Network error', status: 0 })
  }
  const { data, error, response } = outcome
  if (response.ok && error === undefined) return { data: data as T, response }
  const problem: Problem = isProblem(error)
    ? error
    : { status: response.status, title: response.statusText || `HTTP ${response.status}` }
  throw new ApiError(response.status, problem, response.headers.get('ETag'))
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  return new ApiError(0, { title: error instanceof Error ? error.message : 'Error', status: 0 })
}
