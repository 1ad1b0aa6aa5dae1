import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig, loadEnv, type Plugin } from 'vite'

/**
 * Every page reads from the API first thing: open the connection to it while the scripts
 * are still loading (`<link rel="preconnect">`, anonymous CORS like the API calls).
 */
function preconnectApi(apiUrl: string): Plugin {
  const origin = new URL(apiUrl).origin
  return {
    name: 'gongkai-preconnect-api',
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: { rel: 'preconnect', href: origin, crossorigin: '' },
        injectTo: 'head',
      },
    ],
  }
}

/**
 * 'sha256-...' sources for the inline scripts of the static pages in public/ (the keycloak-js
 * silent check-sso page), so that script-src needs no 'unsafe-inline'.
 */
function inlineScriptHashes(): string[] {
  const page = fileURLToPath(new URL('./public/silent-check-sso.html', import.meta.url))
  if (!existsSync(page)) return []
  return [...readFileSync(page, 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, code]) =>
      `'sha256-${createHash('sha256')
        .update(code ?? '')
        .digest('base64')}'`,
  )
}

/**
 * The security headers of the SPA: the Content-Security-Policy for the API and Keycloak origins the
 * bundle is built for, and the usual hardening headers. The preview server sends them (so the e2e
 * suite runs under the CSP); the build writes them to dist/.vite/security-headers.json, from which
 * the nginx image (Dockerfile) writes its add_header lines, so both send the same policy.
 * Styles: the bundle only sets styles through the CSSOM (el.style), which CSP does not restrict, so
 * style-src needs no 'unsafe-inline'. JSON-LD (<script type="application/ld+json">) is a data block,
 * not a script, and is not subject to script-src.
 */
function securityHeaders(apiUrl: string, keycloakUrl: string): Record<string, string> {
  const api = new URL(apiUrl).origin
  const keycloak = new URL(keycloakUrl).origin
  const csp = [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptHashes()].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${api} ${keycloak}`,
    // keycloak-js' silent check-sso: an iframe to Keycloak that lands on our silent-check-sso.html
    `frame-src 'self' ${keycloak}`,
    "frame-ancestors 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join('; ')
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'SAMEORIGIN',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  }
}

/** Writes the headers for the origins of this build next to the Vite manifest. */
function securityHeadersFile(headers: Record<string, string>): Plugin {
  return {
    name: 'gongkai-security-headers',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '.vite/security-headers.json',
        source: `${JSON.stringify(headers, null, 2)}\n`,
      })
    },
  }
}

/**
 * robots.txt names the sitemap, which the API serves (it lists every public page of this site; the
 * sitemaps protocol accepts a sitemap on another host when the site's robots.txt points to it).
 */
function robotsFile(apiUrl: string): Plugin {
  return {
    name: 'gongkai-robots',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'robots.txt',
        source: `User-agent: *\nDisallow: /console\nSitemap: ${apiUrl.replace(/\/+$/, '')}/sitemap.xml\n`,
      })
    },
  }
}

/**
 * `vite preview` serves the headers the served build was made with (the launcher passes VITE_*
 * to the build only); without a build, the ones for the current environment.
 */
function previewHeaders(mode: string): Record<string, string> {
  const built = fileURLToPath(new URL('./dist/.vite/security-headers.json', import.meta.url))
  return existsSync(built)
    ? (JSON.parse(readFileSync(built, 'utf8')) as Record<string, string>)
    : headersFor(mode)
}

/** The headers for the API and Keycloak URLs of the build (VITE_API_URL, VITE_KEYCLOAK_URL). */
function headersFor(mode: string): Record<string, string> {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  return securityHeaders(
    env.VITE_API_URL || 'http://localhost:8080',
    env.VITE_KEYCLOAK_URL || 'http://localhost:8180',
  )
}

/** The dev server (HMR: inline styles, a websocket) runs without the CSP; preview and nginx send it. */
function withoutCsp(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => name !== 'Content-Security-Policy'),
  )
}

// https://vite.dev/config/
export default defineConfig(({ mode }) => ({
  plugins: [
    vue(),
    preconnectApi(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_URL || 'http://localhost:8080'),
    securityHeadersFile(headersFor(mode)),
    robotsFile(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_URL || 'http://localhost:8080'),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  define: {
    // Compile-time flags: drop what the app does not use from the start bundle.
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  server: {
    port: 5173,
    strictPort: true,
    headers: withoutCsp(headersFor(mode)),
  },
  preview: {
    port: 5173,
    strictPort: true,
    headers: previewHeaders(mode),
  },
  build: {
    // dist/.vite/manifest.json: scripts/budget.mjs reads it to find the start bundle.
    manifest: true,
    // The one big chunk is OpenCC's Simplified→Traditional dictionary (≈ 1.1 MB, 0.47 MB
    // gzip), loaded only when a reader picks 繁體中文. The start bundle has its own,
    // much smaller budget in scripts/budget.mjs.
    chunkSizeWarningLimit: 1200,
  },
}))
