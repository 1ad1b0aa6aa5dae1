import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { KeycloakInitOptions, KeycloakLoginOptions, KeycloakTokenParsed } from 'keycloak-js'
import { SESSION_HINT_KEY, hasSessionHint, isAuthCallback, useAuthStore } from './auth'

/** What the fake Keycloak server "knows" for the next init(). */
const server: {
  session: KeycloakTokenParsed | null
  failInit: boolean
  failRefresh: boolean
  instances: FakeKeycloak[]
} = { session: null, failInit: false, failRefresh: false, instances: [] }

class FakeKeycloak {
  authenticated = false
  token: string | undefined
  tokenParsed: KeycloakTokenParsed | undefined
  initOptions: KeycloakInitOptions | undefined
  loginOptions: KeycloakLoginOptions | undefined
  refreshes = 0
  onAuthSuccess?: () => void
  readonly config: { url: string; realm: string; clientId: string }
  constructor(config: { url: string; realm: string; clientId: string }) {
    this.config = config
    server.instances.push(this)
  }
  async init(options: KeycloakInitOptions): Promise<boolean> {
    this.initOptions = options
    if (server.failInit) throw new Error('Keycloak unreachable')
    if (server.session) {
      this.authenticated = true
      this.token = 'token-1'
      this.tokenParsed = server.session
    }
    return this.authenticated
  }
  async login(options: KeycloakLoginOptions): Promise<void> {
    this.loginOptions = options
  }
  async logout(): Promise<void> {
    this.authenticated = false
  }
  async updateToken(minValidity: number): Promise<boolean> {
    if (server.failRefresh) throw new Error('session gone')
    if (minValidity < 0) {
      this.refreshes++
      this.token = `token-${this.refreshes + 1}`
      return true
    }
    return false
  }
  clearToken(): void {
    this.authenticated = false
    this.token = undefined
    this.tokenParsed = undefined
  }
}

vi.mock('keycloak-js', () => ({ default: FakeKeycloak }))

const staffToken: KeycloakTokenParsed = {
  preferred_username: 'staff-public-security',
  name: '王 工作人员',
  department: 'public-security',
  realm_access: { roles: ['staff', 'default-roles-gongkai', 'offline_access'] },
}

describe('auth store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    server.session = null
    server.failInit = false
    server.failRefresh = false
    server.instances = []
  })

  it('does not load Keycloak until asked to', () => {
    const auth = useAuthStore()
    expect(auth.status).toBe('idle')
    expect(auth.authenticated).toBe(false)
    expect(server.instances).toHaveLength(0)
  })

  it('checks for a session silently with PKCE S256 against the gongkai realm', async () => {
    const auth = useAuthStore()
    await auth.init()
    const kc = server.instances[0]
    expect(kc?.config).toEqual({
      url: 'http://localhost:8180',
      realm: 'gongkai',
      clientId: 'gongkai-spa',
    })
    expect(kc?.initOptions).toMatchObject({
      onLoad: 'check-sso',
      pkceMethod: 'S256',
      silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
    })
    expect(auth.status).toBe('ready')
    expect(auth.authenticated).toBe(false)
  })

  it('initialises once even when asked twice', async () => {
    const auth = useAuthStore()
    await Promise.all([auth.init(), auth.init()])
    expect(server.instances).toHaveLength(1)
  })

  it('exposes the staff member’s name, roles and department from the access token', async () => {
    server.session = staffToken
    const auth = useAuthStore()
    await auth.init()
    expect(auth.authenticated).toBe(true)
    expect(auth.username).toBe('staff-public-security')
    expect(auth.displayName).toBe('王 工作人员')
    expect(auth.department).toBe('public-security')
    expect(auth.isStaff).toBe(true)
    expect(auth.isAdmin).toBe(false)
    expect(auth.canManageCatalogue).toBe(true)
    expect(hasSessionHint()).toBe(true)
  })

  it('gives an applicant no console access', async () => {
    server.session = { preferred_username: 'applicant', realm_access: { roles: ['applicant'] } }
    const auth = useAuthStore()
    await auth.init()
    expect(auth.canManageCatalogue).toBe(false)
    expect(auth.department).toBeNull()
  })

  it('lets staff and administrators maintain the catalogue, but not reviewers', async () => {
    server.session = { preferred_username: 'reviewer', realm_access: { roles: ['reviewer'] } }
    const reviewer = useAuthStore()
    await reviewer.init()
    expect(reviewer.canManageCatalogue).toBe(false)

    setActivePinia(createPinia())
    server.session = staffToken
    const staff = useAuthStore()
    await staff.init()
    expect(staff.canManageCatalogue).toBe(true)
  })

  it('recognises administrators', async () => {
    server.session = { preferred_username: 'admin', realm_access: { roles: ['admin'] } }
    const auth = useAuthStore()
    await auth.init()
    expect(auth.isAdmin).toBe(true)
    expect(auth.canManageCatalogue).toBe(true)
  })

  it('sends the visitor to the login page in their language and brings them back', async () => {
    const auth = useAuthStore()
    await auth.login('/console')
    expect(server.instances[0]?.loginOptions).toEqual({
      redirectUri: `${window.location.origin}/console`,
      locale: 'zh-CN',
    })
  })

  it('reports an unreachable sign-in service and can try again', async () => {
    server.failInit = true
    const auth = useAuthStore()
    await expect(auth.init()).rejects.toThrow('Keycloak unreachable')
    expect(auth.status).toBe('error')
    server.failInit = false
    server.session = staffToken
    await auth.init()
    expect(auth.status).toBe('ready')
    expect(auth.authenticated).toBe(true)
  })

  it('refreshes the token before handing it out, and on demand after a 401', async () => {
    server.session = staffToken
    const auth = useAuthStore()
    await auth.init()
    expect(await auth.getToken()).toBe('token-1')
    expect(await auth.refreshToken()).toBe('token-2')
  })

  it('signs the user out locally when the session cannot be refreshed', async () => {
    server.session = staffToken
    const auth = useAuthStore()
    await auth.init()
    server.failRefresh = true
    expect(await auth.getToken()).toBeUndefined()
    expect(auth.authenticated).toBe(false)
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull()
  })

  it('gives no token to anonymous visitors', async () => {
    const auth = useAuthStore()
    expect(await auth.getToken()).toBeUndefined()
  })
})

describe('isAuthCallback', () => {
  it('recognises Keycloak’s redirect back with a code or an error', () => {
    expect(isAuthCallback('#state=abc&session_state=x&code=123')).toBe(true)
    expect(isAuthCallback('#error=login_required&state=abc')).toBe(true)
  })

  it('ignores ordinary fragments', () => {
    expect(isAuthCallback('')).toBe(false)
    expect(isAuthCallback('#main-content')).toBe(false)
  })
})
