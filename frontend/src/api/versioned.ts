/**
 * A resource edited with optimistic locking: the data and the version to send back in
 * `If-Match` (the response's ETag). Every write of such a resource returns the new one.
 */
export interface Versioned<T> {
  data: T
  etag: string | null
}

export function versioned<T>(
  { data, response }: { data: T; response: Response },
  fallbackEtag: (data: T) => string | null = () => null,
): Versioned<T> {
  return { data, etag: response.headers.get('ETag') ?? fallbackEtag(data) }
}

/** The If-Match header of a write (an empty one is refused by the API with 428). */
export function ifMatch(etag: string | null): { 'If-Match': string } {
  return { 'If-Match': etag ?? '' }
}
