import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

// https://vite.dev/config/
export default defineConfig({
  plugins: [vue()],
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
})
