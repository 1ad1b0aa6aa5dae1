import { createApiClient, type ApiClient } from '@/api/client'
import { useAuthStore } from '@/stores/auth'

let client: ApiClient | null = null

/** The app's one API client, with the signed-in user's token (if any). */
export function useApi(): ApiClient {
  if (!client) {
    const auth = useAuthStore()
    client = createApiClient({
      tokens: {
        getToken: () => auth.getToken(),
        refreshToken: () => auth.refreshToken(),
      },
    })
  }
  return client
}
