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

// https://vite.dev/config/
export default defineConfig(({ mode }) => ({
  plugins: [
    vue(),
    preconnectApi(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_URL || 'http://localhost:8080'),
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
  },
  preview: {
    port: 5173,
    strictPort: true,
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
