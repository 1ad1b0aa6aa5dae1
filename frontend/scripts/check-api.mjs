#!/usr/bin/env node
/**
 * Fails when src/api/schema.d.ts is stale, i.e. differs from what openapi-typescript
 * generates from the contract (../openapi/openapi.yaml, or $OPENAPI_SPEC).
 * `npm run build` runs this first, so a build with stale API types fails.
 *
 * While the contract does not exist yet this only warns, unless API_SPEC_REQUIRED=1
 * (set it in CI once openapi/openapi.yaml is in the repository).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const spec = resolve(root, process.env.OPENAPI_SPEC ?? '../openapi/openapi.yaml')
const committed = join(root, 'src/api/schema.d.ts')
const cli = join(root, 'node_modules/openapi-typescript/bin/cli.js')

if (!existsSync(spec)) {
  const message = `check:api: ${spec} not found, API types not checked`
  if (process.env.API_SPEC_REQUIRED === '1') {
    console.error(`${message} (API_SPEC_REQUIRED=1)`)
    process.exit(1)
  }
  console.warn(`${message} (placeholder types in use)`)
  process.exit(0)
}

const dir = mkdtempSync(join(tmpdir(), 'gongkai-api-'))
try {
  const fresh = join(dir, 'schema.d.ts')
  const run = spawnSync(process.execPath, [cli, spec, '-o', fresh], {
    cwd: root,
    encoding: 'utf8',
  })
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr)
    console.error('check:api: openapi-typescript failed')
    process.exit(1)
  }
  const expected = readFileSync(fresh, 'utf8')
  const actual = existsSync(committed) ? readFileSync(committed, 'utf8') : ''
  if (expected !== actual) {
    console.error(
      `check:api: ${relative(root, committed)} is stale: it differs from the types generated ` +
        `from ${relative(root, spec)}.\nRun \`npm run gen:api\` and commit the result.`,
    )
    process.exit(1)
  }
  console.log(`check:api: ${relative(root, committed)} matches ${relative(root, spec)}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
