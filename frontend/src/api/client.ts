import createClient, { type Client, type Middleware } from 'openapi-fetch'
import { config } from '@/config'
import type { paths } from './schema'

/** Where the client gets bearer tokens (the auth store in the app, a stub in tests). */
export interface TokenSource {
  /** A valid token, refreshed first if it is about to expire; undefined when signed out. */
  getToken: () => Promise<string | undefined>
  /** A new token after the API rejected the old one; undefined when the session is gone. */
  refreshToken: () => Promise<string | undefined>
}

export interface ApiClientOptions {
  baseUrl?: string
  tokens?: TokenSource
  fetch?: typeof globalThis.fetch
}

export type ApiClient = Client<paths>

/**
 * Adds `Authorization: Bearer …` to every request. On a 401 it refreshes the token once and
 * retries the request once with the new token; a second 401 is returned to the caller.
 */
function bearerAuth(tokens: TokenSource): Middleware {
  const retryCopies = new Map<string, Request>()

  return {
    async onRequest({ request, id }) {
      const token = await tokens.getToken()
      if (token) request.headers.set('Authorization', `Bearer ${token}`)
      // Keep an unsent copy: the body of `request` is consumed by the first fetch.
      retryCopies.set(id, request.clone())
      return request
    },
    async onResponse({ response, id, options }) {
      const copy = retryCopies.get(id)
      retryCopies.delete(id)
      if (response.status !== 401 || !copy) return undefined
      const token = await tokens.refreshToken()
      if (!token) return undefined
      copy.headers.set('Authorization', `Bearer ${token}`)
      return options.fetch(copy)
    },
    onError({ id }) {
      retryCopies.delete(id)
      return undefined
    },
  }
}

/** A typed client for the Gongkai API (types generated from openapi/openapi.yaml). */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? config.apiUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  })
  if (options.tokens) client.use(bearerAuth(options.tokens))
  return client
}
