#!/usr/bin/env node
/**
 * Performance budget.
 *
 *  (a) Start bundle: the gzip size of the JavaScript a browser must load before the app
 *      starts — the entry chunk and its static imports (from dist/.vite/manifest.json),
 *      plus any other script or modulepreload in dist/index.html. Fails above 150 kB.
 *  (b) Lighthouse 12 (offline, Debian Chromium via CHROME_PATH, default /usr/bin/chromium)
 *      against running pages: prints the performance and accessibility scores and fails
 *      below the targets (performance ≥ 95, accessibility = 100).
 *
 * Usage:
 *   npm run build && npm run preview &      # serve the build on :5173
 *   npm run budget                          # bundle + Lighthouse on http://localhost:5173/
 *   npm run budget -- http://localhost:5173/ http://localhost:5173/services
 *   npm run budget -- --bundle-only         # no server needed
 *   npm run budget -- --desktop             # Lighthouse desktop preset (default: mobile)
 *   npm run budget -- --report-dir=lighthouse-reports   # keep the JSON reports
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const START_BUNDLE_LIMIT_KB = 150
const TARGETS = { performance: 95, accessibility: 100 }
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')

const args = process.argv.slice(2)
const flag = (name) => args.includes(name)
const option = (name) => args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1)
const urls = args.filter((a) => !a.startsWith('--'))
if (urls.length === 0) urls.push('http://localhost:5173/')

const kB = (bytes) => (bytes / 1000).toFixed(1)

/** (a) The JavaScript loaded at start, gzip-compressed as a server would send it. */
function measureStartBundle() {
  const manifestPath = join(dist, '.vite', 'manifest.json')
  if (!existsSync(manifestPath)) {
    console.error('budget: dist/.vite/manifest.json not found; run `npm run build` first')
    process.exit(1)
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  const files = new Set()
  const visit = (key) => {
    const chunk = manifest[key]
    if (!chunk || files.has(chunk.file)) return
    files.add(chunk.file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key)

  // Whatever else index.html makes the browser fetch as JavaScript up front.
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const refs = html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/?([^"]+\.m?js)"[^>]*>/g)
  for (const [, file] of refs) files.add(file)

  let total = 0
  const rows = [...files].sort().map((file) => {
    const source = readFileSync(join(dist, file))
    const gzip = gzipSync(source, { level: 9 }).length
    total += gzip
    return { file, raw: source.length, gzip }
  })
  console.log('Start bundle (JavaScript loaded before the app starts):')
  for (const row of rows) {
    console.log(
      `  ${row.file.padEnd(44)} ${kB(row.raw).padStart(8)} kB  ${kB(row.gzip).padStart(7)} kB gzip`,
    )
  }
  const ok = total <= START_BUNDLE_LIMIT_KB * 1000
  console.log(
    `  total: ${kB(total)} kB gzip (limit ${START_BUNDLE_LIMIT_KB} kB) ${ok ? 'OK' : 'OVER BUDGET'}`,
  )
  return ok
}

function run(command, commandArgs, env) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, commandArgs, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (data) => (stderr += data))
    child.on('close', (code) => resolvePromise({ code, stderr }))
  })
}

async function reachable(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
    return response.ok
  } catch {
    return false
  }
}

/** (b) Lighthouse scores for each URL. */
async function runLighthouse() {
  const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium'
  if (!existsSync(chrome)) {
    console.error(
      `budget: no Chromium at ${chrome} (apt-get install -y chromium, or set CHROME_PATH)`,
    )
    return false
  }
  const cli = join(root, 'node_modules', 'lighthouse', 'cli', 'index.js')
  const reportDir = option('--report-dir')
  const workDir = mkdtempSync(join(tmpdir(), 'gongkai-lighthouse-'))
  if (reportDir) mkdirSync(resolve(root, reportDir), { recursive: true })
  let ok = true
  console.log(
    `\nLighthouse (${flag('--desktop') ? 'desktop' : 'mobile'}; targets: performance ≥ ${TARGETS.performance}, accessibility = ${TARGETS.accessibility}):`,
  )
  try {
    for (const [index, url] of urls.entries()) {
      if (!(await reachable(url))) {
        console.error(`  ${url}: not reachable — start \`npm run preview\` first`)
        ok = false
        continue
      }
      const output = join(workDir, `report-${index}.json`)
      const { code, stderr } = await run(
        process.execPath,
        [
          cli,
          url,
          '--quiet',
          '--output=json',
          `--output-path=${output}`,
          '--only-categories=performance,accessibility',
          `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
          ...(flag('--desktop') ? ['--preset=desktop'] : []),
        ],
        { ...process.env, CHROME_PATH: chrome },
      )
      if (code !== 0 || !existsSync(output)) {
        console.error(`  ${url}: Lighthouse failed (exit ${code})\n${stderr.slice(-2000)}`)
        ok = false
        continue
      }
      const report = JSON.parse(readFileSync(output, 'utf8'))
      if (reportDir) {
        writeFileSync(resolve(root, reportDir, `report-${index}.json`), JSON.stringify(report))
      }
      const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100)
      const performance = score('performance')
      const accessibility = score('accessibility')
      const metric = (id) => report.audits[id]?.displayValue ?? 'n/a'
      const pass = performance >= TARGETS.performance && accessibility >= TARGETS.accessibility
      ok &&= pass
      console.log(
        `  ${url}: performance ${performance}, accessibility ${accessibility} ${pass ? 'OK' : 'BELOW TARGET'}` +
          `  (FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, ` +
          `TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')})`,
      )
      if (accessibility < 100) {
        const failing = Object.values(report.audits).filter(
          (audit) =>
            audit.score === 0 &&
            report.categories.accessibility.auditRefs.some((r) => r.id === audit.id),
        )
        for (const audit of failing) console.log(`    accessibility: ${audit.id} — ${audit.title}`)
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
  return ok
}

const bundleOk = measureStartBundle()
const lighthouseOk = flag('--bundle-only') ? true : await runLighthouse()
process.exit(bundleOk && lighthouseOk ? 0 : 1)
