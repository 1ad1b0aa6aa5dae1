import { defineConfig, devices } from '@playwright/test'

/**
 * End-to-end tests run against a served build (`npm run preview`, or the nginx image):
 * E2E_BASE_URL (default http://localhost:5173). They use Debian's Chromium
 * (apt-get install -y chromium); Playwright's own browser downloads are not used
 * (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1). Set E2E_START_SERVER=1 to let Playwright start
 * `npm run preview` itself.
 */
const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:5173'
const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1, // the machines here have 2 cores
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  ...(process.env.E2E_START_SERVER === '1'
    ? {
        webServer: {
          command: 'npm run preview',
          url: baseURL,
          reuseExistingServer: true,
          timeout: 60_000,
        },
      }
    : {}),
})
