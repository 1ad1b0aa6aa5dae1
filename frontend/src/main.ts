import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { initA11ySettings } from './composables/useA11ySettings'
import { initLocale } from './composables/useLocale'
import { i18n } from './i18n'
import { createAppRouter } from './router'
import { hasSessionHint, isAuthCallback, useAuthStore } from './stores/auth'
import './styles/main.css'

// Before anything renders: the visitor's text size / contrast, and whether we are coming
// back from the login page (decided before the router or keycloak-js touch the URL).
initA11ySettings()
const resumeSession = isAuthCallback() || hasSessionHint()

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)
const router = createAppRouter()
app.use(router)

if (resumeSession) {
  // Finishes the login redirect or restores the session quietly; public pages do not wait.
  useAuthStore(pinia)
    .init()
    .catch(() => undefined)
}

// The page frame (header, navigation, footer) shows as soon as the interface language is
// known; the page itself follows when its code has arrived (the router renders it then).
void initLocale()
  .catch(() => undefined)
  .then(() => app.mount('#app'))
