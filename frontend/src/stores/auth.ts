import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type Keycloak from 'keycloak-js'
import type { KeycloakTokenParsed } from 'keycloak-js'
import { config } from '@/config'
import { readStorage, writeStorage } from '@/composables/storage'
import { i18n, type AppLocale } from '@/i18n'

export type Role = 'applicant' | 'staff' | 'reviewer' | 'admin'
export type AuthStatus = 'idle' | 'initializing' | 'ready' | 'error'

/** Set while the visitor has a Keycloak session, so a reload can restore it quietly. */
export const SESSION_HINT_KEY = 'gongkai.auth.session'

/** Keycloak's login page speaks the portal's language. */
const KEYCLOAK_LOCALE: Readonly<Record<AppLocale, string>> = {
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-TW',
  en: 'en',
}

/** True when the URL is Keycloak's redirect back after login (code or error in the fragment). */
export function isAuthCallback(hash: string = window.location.hash): boolean {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  return params.has('state') && (params.has('code') || params.has('error'))
}

export function hasSessionHint(): boolean {
  return readStorage(SESSION_HINT_KEY) === '1'
}

function stringClaim(token: KeycloakTokenParsed | null, name: string): string | null {
  const value: unknown = token?.[name]
  return typeof value === 'string' && value !== '' ? value : null
}

/**
 * Sign-in through Keycloak (authorization code + PKCE S256).
 *
 * Public pages never load keycloak-js: it is imported and initialised (check-sso, silent,
 * through public/silent-check-sso.html) only when a visitor opens the console, clicks
 * "sign in", comes back from the login page, or had a session before this reload.
 */
export const useAuthStore = defineStore('auth', () => {
  const keycloak = shallowRef<Keycloak | null>(null)
  const status = ref<AuthStatus>('idle')
  const authenticated = ref(false)
  const token = shallowRef<KeycloakTokenParsed | null>(null)
  let initialising: Promise<boolean> | null = null

  const username = computed(() => stringClaim(token.value, 'preferred_username'))
  const displayName = computed(() => stringClaim(token.value, 'name') ?? username.value)
  const department = computed(() => stringClaim(token.value, 'department'))
  const roles = computed<readonly string[]>(() => token.value?.realm_access?.roles ?? [])
  const hasRole = (role: Role): boolean => roles.value.includes(role)
  const isStaff = computed(() => hasRole('staff'))
  const isAdmin = computed(() => hasRole('admin'))
  /** Staff maintain their own department's items; administrators every department's. */
  const canManageCatalogue = computed(() => isStaff.value || isAdmin.value)
  /** The confidentiality reviewer (保密审查) clears every department's disclosure records. */
  const isReviewer = computed(() => hasRole('reviewer'))
  /** Who may enter the console: its pages then say which of them apply (route meta `roles`). */
  const canUseConsole = computed(() => canManageCatalogue.value || isReviewer.value)

  function sync(): void {
    const kc = keycloak.value
    authenticated.value = kc?.authenticated === true
    token.value = authenticated.value ? (kc?.tokenParsed ?? null) : null
    writeStorage(SESSION_HINT_KEY, authenticated.value ? '1' : null)
  }

  async function start(): Promise<boolean> {
    status.value = 'initializing'
    const { default: KeycloakClient } = await import('keycloak-js')
    const kc = new KeycloakClient({
      url: config.keycloak.url,
      realm: config.keycloak.realm,
      clientId: config.keycloak.clientId,
    })
    kc.onAuthSuccess = sync
    kc.onAuthRefreshSuccess = sync
    kc.onAuthLogout = sync
    kc.onAuthRefreshError = () => {
      kc.clearToken()
      sync()
    }
    kc.onTokenExpired = () => {
      kc.updateToken(30).catch(() => {
        kc.clearToken()
        sync()
      })
    }
    keycloak.value = kc
    const result = await kc.init({
      onLoad: 'check-sso',
      pkceMethod: 'S256',
      silentCheckSsoRedirectUri: `${window.location.origin}${import.meta.env.BASE_URL}silent-check-sso.html`,
      checkLoginIframe: false,
      messageReceiveTimeout: 5000,
    })
    sync()
    status.value = 'ready'
    return result
  }

  /** Loads keycloak-js and checks for a session (once; later calls share the result). */
  function init(): Promise<boolean> {
    initialising ??= start().catch((error: unknown) => {
      keycloak.value = null
      initialising = null // a later call may try again
      status.value = 'error'
      sync()
      throw error
    })
    return initialising
  }

  /** Sends the visitor to the login page; back to `returnPath` (default: here) afterwards. */
  async function login(returnPath?: string): Promise<void> {
    await init()
    const kc = keycloak.value
    if (!kc || kc.authenticated) return
    const target = returnPath ?? `${window.location.pathname}${window.location.search}`
    await kc.login({
      redirectUri: new URL(target, window.location.origin).href,
      locale: KEYCLOAK_LOCALE[i18n.global.locale.value],
    })
  }

  async function logout(): Promise<void> {
    const kc = keycloak.value
    writeStorage(SESSION_HINT_KEY, null)
    if (!kc) return
    await kc.logout({ redirectUri: new URL(import.meta.env.BASE_URL, window.location.origin).href })
  }

  /** A valid access token (refreshed when it expires within `minValidity` s), if signed in. */
  async function getToken(minValidity = 30): Promise<string | undefined> {
    const kc = keycloak.value
    if (!kc?.authenticated) return undefined
    try {
      await kc.updateToken(minValidity)
      return kc.token
    } catch {
      kc.clearToken()
      sync()
      return undefined
    }
  }

  /** Forces a refresh (after the API answered 401); undefined if the session is gone. */
  function refreshToken(): Promise<string | undefined> {
    return getToken(-1)
  }

  return {
    status,
    authenticated,
    username,
    displayName,
    department,
    roles,
    isStaff,
    isAdmin,
    canManageCatalogue,
    isReviewer,
    canUseConsole,
    init,
    login,
    logout,
    getToken,
    refreshToken,
  }
})
