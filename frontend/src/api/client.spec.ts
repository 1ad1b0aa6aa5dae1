import { describe, expect, it, vi } from 'vitest'
import { createApiClient, type TokenSource } from './client'

type Handler = (request: Request) => Response | Promise<Response>

/** A fetch that records what it was sent (method, URL, Authorization, body). */
function recordingFetch(handler: Handler) {
  const sent: { method: string; url: string; auth: string | null; body: string }[] = []
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init)
    sent.push({
      method: request.method,
      url: request.url,
      auth: request.headers.get('Authorization'),
      body: request.body ? await request.clone().text() : '',
    })
    return handler(request)
  })
  return { fetch: fetch as unknown as typeof globalThis.fetch, sent }
}

function tokens(initial: string | undefined, refreshed: string | undefined): TokenSource {
  return {
    getToken: vi.fn(async () => initial),
    refreshToken: vi.fn(async () => refreshed),
  }
}

// The middleware tests call through an untyped view of the client, so that they do not
// depend on the contract's paths; one test below uses the generated types.
interface LooseClient {
  GET: (path: string, init?: object) => Promise<{ data?: unknown; response: Response }>
  PUT: (path: string, init?: object) => Promise<{ data?: unknown; response: Response }>
}
function loose(client: unknown): LooseClient {
  return client as LooseClient
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

describe('API client', () => {
  it('calls the configured API with the bearer token', async () => {
    const { fetch, sent } = recordingFetch(() => json({ items: [] }))
    const client = loose(
      createApiClient({ baseUrl: 'http://api.test', fetch, tokens: tokens('abc', 'def') }),
    )
    const { data } = await client.GET('/api/v1/service-items')
    expect(data).toEqual({ items: [] })
    expect(sent).toEqual([
      { method: 'GET', url: 'http://api.test/api/v1/service-items', auth: 'Bearer abc', body: '' },
    ])
  })

  it('is typed from the OpenAPI contract', async () => {
    const { fetch, sent } = recordingFetch(() => json({ code: 'public-security' }))
    const client = createApiClient({ baseUrl: 'http://api.test', fetch })
    const { data } = await client.GET('/api/v1/departments/{code}', {
      params: { path: { code: 'public-security' } },
    })
    expect(data?.code).toBe('public-security')
    expect(sent[0]?.url).toBe('http://api.test/api/v1/departments/public-security')
    expect(sent[0]?.auth).toBeNull()
  })

  it('sends no Authorization header for anonymous visitors', async () => {
    const { fetch, sent } = recordingFetch(() => json({}))
    const client = loose(
      createApiClient({ baseUrl: 'http://api.test', fetch, tokens: tokens(undefined, undefined) }),
    )
    await client.GET('/api/v1/departments')
    expect(sent[0]?.auth).toBeNull()
  })

  it('refreshes the token once on 401 and retries the request, body included', async () => {
    const { fetch, sent } = recordingFetch((request) =>
      request.headers.get('Authorization') === 'Bearer fresh'
        ? json({ id: '1', name: '居民身份证申领' })
        : json({ title: 'Unauthorized' }, 401),
    )
    const source = tokens('stale', 'fresh')
    const client = loose(createApiClient({ baseUrl: 'http://api.test', fetch, tokens: source }))
    const { data, response } = await client.PUT('/api/v1/service-items/{id}', {
      params: { path: { id: '1' } },
      body: { id: '1', name: '居民身份证申领' },
    })
    expect(response.status).toBe(200)
    expect(data).toEqual({ id: '1', name: '居民身份证申领' })
    expect(source.refreshToken).toHaveBeenCalledTimes(1)
    expect(sent.map((s) => s.auth)).toEqual(['Bearer stale', 'Bearer fresh'])
    expect(sent[1]?.body).toBe(JSON.stringify({ id: '1', name: '居民身份证申领' }))
    expect(sent[1]?.url).toBe('http://api.test/api/v1/service-items/1')
  })

  it('retries only once: a second 401 reaches the caller', async () => {
    const { fetch, sent } = recordingFetch(() => json({ title: 'Unauthorized' }, 401))
    const source = tokens('stale', 'still-bad')
    const client = loose(createApiClient({ baseUrl: 'http://api.test', fetch, tokens: source }))
    const { response } = await client.GET('/api/v1/console/items')
    expect(response.status).toBe(401)
    expect(sent).toHaveLength(2)
    expect(source.refreshToken).toHaveBeenCalledTimes(1)
  })

  it('does not retry when the session cannot be refreshed', async () => {
    const { fetch, sent } = recordingFetch(() => json({ title: 'Unauthorized' }, 401))
    const client = loose(
      createApiClient({ baseUrl: 'http://api.test', fetch, tokens: tokens('stale', undefined) }),
    )
    const { response } = await client.GET('/api/v1/console/items')
    expect(response.status).toBe(401)
    expect(sent).toHaveLength(1)
  })

  it('does not refresh on other errors', async () => {
    const { fetch, sent } = recordingFetch(() => json({ title: 'Forbidden' }, 403))
    const source = tokens('abc', 'def')
    const client = loose(createApiClient({ baseUrl: 'http://api.test', fetch, tokens: source }))
    await client.GET('/api/v1/console/items')
    expect(sent).toHaveLength(1)
    expect(source.refreshToken).not.toHaveBeenCalled()
  })
})
