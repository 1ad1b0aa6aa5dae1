#!/usr/bin/env node
// A bounded load on online applications: C concurrent applicants submit for D seconds, and a share of
// the submissions is retried under the same Idempotency-Key (at once, in parallel, and after a pause),
// as a flaky network and double clicks make real browsers do. Then it proves, from the server's own
// count, that no acknowledged application was lost and none was created twice.
//
//   node backend/bench/applications/load.mjs [--api http://localhost:8080] [--keycloak http://localhost:8180]
//        [--concurrency 200] [--seconds 60] [--department sports]
//
// Needs the stack of `./gongkai run` (demo accounts). Prints the figures; exits non-zero on any loss or duplicate.
import { randomUUID } from 'node:crypto'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const API = arg('api', 'http://localhost:8080')
const KEYCLOAK = arg('keycloak', 'http://localhost:8180')
const CONCURRENCY = Number(arg('concurrency', 200))
const SECONDS = Number(arg('seconds', 60))
const DEPARTMENT = arg('department', 'sports')
const RETRY_SHARE = 0.3

async function token(user) {
  const r = await fetch(`${KEYCLOAK}/realms/gongkai/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'gongkai-cli', username: user, password: 'demo12345' }),
  })
  if (!r.ok) throw new Error(`token for ${user}: ${r.status} ${await r.text()}`)
  return (await r.json()).access_token
}

async function caseCount(adminToken) {
  const r = await fetch(`${API}/api/v1/admin/applications?department=${DEPARTMENT}&size=1`, {
    headers: { authorization: `Bearer ${adminToken}` },
  })
  if (!r.ok) throw new Error(`count: ${r.status} ${await r.text()}`)
  return (await r.json()).total
}

const body = (n) => JSON.stringify({
  applicantType: 'NATURAL_PERSON', applicantName: '压测申请人', idType: 'RESIDENT_ID', idNumber: '210000199001010000',
  email: 'load@example.com', departmentCode: DEPARTMENT, description: `负载测试申请 ${n}：2025年体育场馆开放情况`,
  formWanted: 'ELECTRONIC', delivery: 'ONLINE',
})

const latencies = []
const statuses = new Map()
const numberByKey = new Map() // key -> the tracking numbers its acknowledged answers carried
let sent = 0
const keysTried = new Set()

async function submit(applicant, key, n) {
  keysTried.add(key)
  const t0 = performance.now()
  let r
  try {
    r = await fetch(`${API}/api/v1/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${applicant}`, 'content-type': 'application/json', 'idempotency-key': key },
      body: body(n),
    })
  } catch {
    statuses.set('network', (statuses.get('network') ?? 0) + 1)
    return
  }
  latencies.push(performance.now() - t0)
  sent++
  statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1)
  if (r.status === 201) {
    const receipt = await r.json()
    if (!numberByKey.has(key)) numberByKey.set(key, new Set())
    numberByKey.get(key).add(receipt.trackingNumber)
  } else {
    await r.arrayBuffer()
  }
}

async function client(applicant, id, until) {
  let n = 0
  while (Date.now() < until) {
    const key = randomUUID()
    const serial = `${id}-${n++}`
    if (Math.random() < RETRY_SHARE) {
      // a double click (two at once) and a retry after the answer was lost
      await Promise.all([submit(applicant, key, serial), submit(applicant, key, serial)])
      await new Promise((resolve) => setTimeout(resolve, 50))
      await submit(applicant, key, serial)
    } else {
      await submit(applicant, key, serial)
    }
  }
}

const pct = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN

const [applicant, admin] = await Promise.all([token('applicant'), token('admin')])
const before = await caseCount(admin)
const until = Date.now() + SECONDS * 1000
const started = performance.now()
await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => client(applicant, i, until)))
const elapsed = (performance.now() - started) / 1000
const after = await caseCount(await token('admin'))

const acknowledged = numberByKey.size
const duplicates = [...numberByKey.values()].filter((numbers) => numbers.size > 1).length
const created = after - before
latencies.sort((a, b) => a - b)
console.log(`applications load: ${CONCURRENCY} concurrent clients for ${elapsed.toFixed(1)} s against ${API}`)
console.log(`  requests sent          ${sent} (${(sent / elapsed).toFixed(1)} req/s), by status: ${JSON.stringify(Object.fromEntries(statuses))}`)
console.log(`  latency ms             p50 ${pct(latencies, 50).toFixed(1)}  p95 ${pct(latencies, 95).toFixed(1)}  p99 ${pct(latencies, 99).toFixed(1)}  max ${latencies.at(-1)?.toFixed(1)}`)
console.log(`  keys acknowledged      ${acknowledged}`)
console.log(`  keys with 2+ numbers   ${duplicates}`)
const unanswered = keysTried.size - acknowledged
console.log(`  keys never acknowledged ${unanswered} (a case may or may not exist for them: the client was not told)`)
console.log(`  cases created (server) ${created}`)
// lost: fewer cases than acknowledged keys; duplicated: a key with two numbers, or more cases than keys
const ok = duplicates === 0 && created >= acknowledged && created <= acknowledged + unanswered
console.log(ok ? '  OK: every acknowledged application is stored exactly once' : '  FAILED: lost or duplicated applications')
process.exit(ok ? 0 : 1)
