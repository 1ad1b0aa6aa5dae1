import { vi } from 'vitest'
import { createApiClient, type ApiClient } from '@/api/client'

export interface FakeRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: Headers
  body: unknown
}

type Handler = (request: FakeRequest) => {
  status?: number
  body?: unknown
  headers?: Record<string, string>
}

interface Route {
  method: string
  pattern: RegExp
  handler: Handler
}

/**
 * A stand-in for the API: routes by method and path, records every request, and answers with
 * JSON (problem+json for errors). Components get it through a mocked useApi().
 */
export class FakeApi {
  readonly requests: FakeRequest[] = []
  private routes: Route[] = []
  readonly client: ApiClient

  constructor() {
    this.client = createApiClient({
      baseUrl: 'http://api.test',
      fetch: (input, init) => this.fetch(new Request(input, init)),
    })
  }

  on(method: string, pattern: RegExp, handler: Handler): this {
    this.routes.unshift({ method, pattern, handler })
    return this
  }

  reset(): void {
    this.routes = []
    this.requests.length = 0
  }

  last(method: string, pattern: RegExp): FakeRequest | undefined {
    return [...this.requests].reverse().find((r) => r.method === method && pattern.test(r.path))
  }

  private async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text()
    const recorded: FakeRequest = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body: text ? parsed(text) : undefined,
    }
    this.requests.push(recorded)
    const route = this.routes.find(
      (r) => r.method === request.method && r.pattern.test(url.pathname),
    )
    const answer = route
      ? route.handler(recorded)
      : {
          status: 404,
          body: { status: 404, title: 'Not Found', detail: `No fake for ${url.pathname}` },
        }
    const status = answer.status ?? 200
    // a page (text/html) is sent as it is; everything else as JSON
    if (typeof answer.body === 'string' && answer.headers?.['Content-Type']?.startsWith('text/'))
      return new Response(answer.body, { status, headers: answer.headers })
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status,
      headers: {
        'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json',
        ...answer.headers,
      },
    })
  }
}

/** A JSON body as its value; any other (an uploaded file's bytes) as its text. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

export const fakeApi = new FakeApi()

/** Call at the top of a spec: `vi.mock('@/composables/useApi', () => useFakeApi())`. */
export function useFakeApi() {
  return { useApi: () => fakeApi.client }
}

export { vi }
