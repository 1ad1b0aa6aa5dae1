/**
 * Runtime configuration, baked in at build time from Vite env variables
 * (see .env.example and the Dockerfile's build args).
 */
function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '')
}

export interface AppConfig {
  apiUrl: string
  keycloak: {
    url: string
    realm: string
    clientId: string
  }
}

export const config: AppConfig = {
  apiUrl: withoutTrailingSlash(import.meta.env.VITE_API_URL || 'http://localhost:8080'),
  keycloak: {
    url: withoutTrailingSlash(import.meta.env.VITE_KEYCLOAK_URL || 'http://localhost:8180'),
    realm: import.meta.env.VITE_KEYCLOAK_REALM || 'gongkai',
    clientId: import.meta.env.VITE_KEYCLOAK_CLIENT_ID || 'gongkai-spa',
  },
}
