/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the Gongkai REST API (the /api/v1 prefix is part of the OpenAPI paths). */
  readonly VITE_API_URL?: string
  /** Base URL of Keycloak (without /realms/...). */
  readonly VITE_KEYCLOAK_URL?: string
  readonly VITE_KEYCLOAK_REALM?: string
  readonly VITE_KEYCLOAK_CLIENT_ID?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
