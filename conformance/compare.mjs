// Differential test: segment-amplitude's Actions profile against Segment's published Amplitude
// (Actions) destination. For each input, both sides' HTTP requests are decoded and normalised the
// same way (decode.mjs, SPEC section 6) and compared deep-equal.
//
//   npm run conformance                 (from the repository root; builds nothing: run `npm run build` first)
//   node compare.mjs [--count 5000] [--seed 424242] [--show 10] [--only scenarios|generated|golden]
//                    [--arbitrary arbSegmentMessage,arbOrderCompleted]   (message arbitraries of
//                    segment-amplitude/testing, --count messages of each: arbPage, arbIdentify…)
//   (--library <module> and --testing <module> replace ../dist/index.js and ../dist/testing.js,
//   e.g. `node --import tsx compare.mjs --testing ../src/testing/index.ts`.)
//
// Inputs: the golden scenarios (scenarios/*.expected.json, re-checked against the oracle first),
// then messages generated with a fixed seed by segment-amplitude/testing's `arbSegmentMessage` and
// `arbOrderCompleted` (orders are 3 % of the first, and their products are logPurchase's hardest part).
// Exit code: 0 at 100% agreement, 1 below, 2 when the library or the oracle cannot run.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { comparable } from './decode.mjs'
import { DEVIATIONS } from './deviations.mjs'
import { expectedFor } from './expected.mjs'
import { ORACLE_VERSIONS, routeOf } from './oracle.mjs'
import { DEFAULT_SETTINGS } from './scenarios/index.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const args = parseArgs(process.argv.slice(2))
const COUNT = Number(args.count ?? 5000)
const SEED = Number(args.seed ?? 424242)
const SHOW = Number(args.show ?? 10)
const ONLY = args.only
const ARBITRARIES = (args.arbitrary ?? 'arbSegmentMessage,arbOrderCompleted').split(',')

console.log(`oracle: @segment/action-destinations ${ORACLE_VERSIONS['@segment/action-destinations']}, @segment/actions-core ${ORACLE_VERSIONS['@segment/actions-core']}`)

let failed = false
const goldens = loadGoldens()

if (ONLY === undefined || ONLY === 'golden') {
  const stale = []
  for (const scenario of goldens) {
    const { raw: _raw, ...fresh } = await expectedFor(scenario.message, scenario.settings)
    const now = JSON.parse(JSON.stringify(fresh))
    if (!deepEqual(now, scenario.expected)) stale.push(scenario.id)
  }
  console.log(`\ngolden files: ${goldens.length - stale.length}/${goldens.length} reproduced by the oracle`)
  if (stale.length > 0) {
    failed = true
    console.log(`  stale (run \`npm run scenarios:update\` in conformance/ and review): ${stale.slice(0, 10).join(', ')}`)
  }
}

if (ONLY !== 'golden') {
  const library = await loadLibrary()
  if (library === undefined) process.exit(2)

  if (ONLY === undefined || ONLY === 'scenarios') {
    const compared = goldens.filter((s) => !s.oracleOnly)
    const report = newReport()
    for (const scenario of compared) {
      record(report, scenario.id, scenario.message, scenario.expected, await ours(library, scenario.message, scenario.settings), scenario.settings)
    }
    print(`Segment's scenarios (${compared.length} compared, ${goldens.length - compared.length} oracle-only)`, report)
    failed ||= report.disagree > 0
  }

  for (const name of ONLY === undefined || ONLY === 'generated' ? ARBITRARIES : []) {
    const messages = await generatedMessages(name)
    if (messages !== undefined) {
      const report = newReport()
      for (const [index, message] of messages.entries()) {
        const expected = await expectedFor(message, DEFAULT_SETTINGS)
        record(report, `generated #${index}`, message, expected, await ours(library, message, DEFAULT_SETTINGS), DEFAULT_SETTINGS)
      }
      print(`generated messages (${messages.length} of ${name}, seed ${SEED})`, report)
      failed ||= report.disagree > 0
    }
  }
}

process.exit(failed ? 1 : 0)

// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const out = {}
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(argv[i])
    if (m === null) continue
    out[m[1]] = m[2] ?? (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[++i] : 'true')
  }
  return out
}

function loadGoldens() {
  const dir = join(here, 'scenarios')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).scenarios)
}

async function loadLibrary() {
  // --library lets the harness itself be tested against a stand-in module.
  const entry = args.library === undefined ? join(here, '../dist/index.js') : join(process.cwd(), args.library)
  if (!existsSync(entry)) {
    console.error('\nconformance: ../dist/index.js is missing; run `npm run build` at the repository root first.')
    return undefined
  }
  const library = await import(pathToFileURL(entry).href)
  const missing = ['translate', 'toRequests'].filter((name) => typeof library[name] !== 'function')
  if (missing.length > 0) {
    console.error(`\nconformance: the built library does not export ${missing.join(' and ')} yet.`)
    return undefined
  }
  return library
}

async function generatedMessages(name) {
  const entry = args.testing === undefined ? join(here, '../dist/testing.js') : join(process.cwd(), args.testing)
  const testing = existsSync(entry) ? await import(pathToFileURL(entry).href) : {}
  if (testing[name] === undefined) {
    console.log(`\ngenerated messages: SKIPPED — segment-amplitude/testing does not export ${name} (dist/testing.js).`)
    return undefined
  }
  const { default: fc } = await import('fast-check')
  const arbitrary = typeof testing[name] === 'function' ? testing[name]() : testing[name]
  // Segment only ever sees JSON, so both sides get each message's JSON form.
  const messages = []
  let unserialisable = 0
  for (const message of fc.sample(arbitrary, { seed: SEED, numRuns: COUNT })) {
    try {
      messages.push(JSON.parse(JSON.stringify(message)))
    } catch {
      unserialisable++
    }
  }
  if (unserialisable > 0) console.log(`\ngenerated messages: ${unserialisable} not JSON-serialisable, left out`)
  return messages
}

/** Our side: translate with the Actions profile, then toRequests, decoded like the oracle's. */
async function ours(library, message, settings) {
  const { apiKey, region, useBatchEndpoint, minIdLength, mapping: _oracleOnly, ...translateSettings } = settings
  try {
    const result = await library.translate(message, { profile: 'actions', ...translateSettings })
    if (!result.ok) return { calls: [], requests: [], issues: result.issues }
    const options = { apiKey, region, ...(useBatchEndpoint ? { useBatchEndpoint } : {}), ...(minIdLength === undefined ? {} : { minIdLength }) }
    const { requests, issues } = await library.toRequests(result.calls, options)
    return { ...comparable(requests, message), issues: [...result.issues, ...issues] }
  } catch (error) {
    return { calls: [], requests: [], thrown: String(error?.stack ?? error) }
  }
}

function newReport() {
  return { agree: 0, disagree: 0, deliberate: new Map(), byType: new Map(), paths: new Map(), examples: [] }
}

function categoryOf(message, expected) {
  const type = message !== null && typeof message === 'object' && typeof message.type === 'string' ? message.type : '(no type)'
  const action = expected.action ?? (message !== null && typeof message === 'object' ? routeOf(message) : undefined)
  if (expected.filtered !== undefined) return `${type} (filtered)`
  return type === 'track' && action !== undefined ? `track → ${action}` : type
}

/** The deviation ids that explain every difference, or undefined when some difference is unexplained. */
function deliberate(differences, message, settings) {
  const applicable = DEVIATIONS.filter((d) => d.applies(message, settings))
  const used = new Set()
  for (const { path } of differences) {
    const deviation = applicable.find((d) => d.paths.some((re) => re.test(path)))
    if (deviation === undefined) return undefined
    used.add(deviation.id)
  }
  return [...used]
}

function record(report, id, message, expected, actual, settings) {
  const category = categoryOf(message, expected)
  const stats = report.byType.get(category) ?? { agree: 0, total: 0 }
  report.byType.set(category, stats)
  stats.total++
  const want = { calls: expected.calls, requests: expected.requests }
  const got = { calls: actual.calls, requests: actual.requests }
  const differences = actual.thrown ? [{ path: '(threw)', oracle: undefined, ours: actual.thrown.split('\n')[0] }] : diff(want, got)
  if (differences.length === 0) {
    stats.agree++
    report.agree++
    return
  }
  const explained = actual.thrown ? undefined : deliberate(differences, message, settings)
  if (explained !== undefined) {
    stats.agree++
    report.agree++
    for (const d of explained) report.deliberate.set(d, (report.deliberate.get(d) ?? 0) + 1)
    return
  }
  report.disagree++
  for (const d of differences) {
    const key = d.path.replace(/\[\d+\]/g, '[]')
    report.paths.set(key, (report.paths.get(key) ?? 0) + 1)
  }
  if (report.examples.length < SHOW) report.examples.push({ id, category, message, expected, differences })
}

function print(title, report) {
  const total = report.agree + report.disagree
  console.log(`\n${title}: ${percent(report.agree, total)} agreement (${report.agree}/${total})`)
  for (const [category, s] of [...report.byType].sort()) {
    console.log(`  ${category.padEnd(28)} ${percent(s.agree, s.total).padStart(7)}  ${s.agree}/${s.total}`)
  }
  for (const [deviation, n] of report.deliberate) {
    const { doc } = DEVIATIONS.find((d) => d.id === deviation)
    console.log(`  counted as agreeing through the deliberate deviation ${deviation} (${doc}): ${n}`)
  }
  if (report.disagree === 0) return
  console.log('  most frequent differences (path: messages):')
  for (const [path, n] of [...report.paths].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    ${path}: ${n}`)
  console.log(`  first ${report.examples.length} differences:`)
  for (const ex of report.examples) {
    const notes = [ex.expected.repairs ? `Segment rejected ${ex.expected.repairs.map((r) => r.source).join(', ')}` : '', ex.expected.rejected ? `Segment rejected the message: ${ex.expected.rejected.message}` : '', ex.expected.filtered ?? '']
      .filter(Boolean)
      .join('; ')
    console.log(`  - ${ex.id} [${ex.category}]${notes ? ` (${notes})` : ''}`)
    console.log(`      message: ${truncate(JSON.stringify(ex.message), 300)}`)
    for (const d of ex.differences.slice(0, 8)) console.log(`      ${d.path}: oracle ${show(d.oracle)} | ours ${show(d.ours)}`)
    if (ex.differences.length > 8) console.log(`      … ${ex.differences.length - 8} more`)
  }
}

function percent(n, total) {
  return total === 0 ? '100%' : `${((100 * n) / total).toFixed(n === total ? 0 : 2)}%`
}
function truncate(s, n) {
  return s.length > n ? `${s.slice(0, n)}…` : s
}
function show(v) {
  return v === undefined ? '(absent)' : truncate(JSON.stringify(v), 160)
}

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/** Key order does not matter (it does not in Amplitude); array order does. */
function deepEqual(a, b) {
  if (Object.is(a, b)) return true
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]))
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a)
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]))
  }
  return false
}

/** Leaf-level differences as `{path, oracle, ours}`; a side missing a key shows as undefined. */
function diff(a, b, path = '') {
  if (deepEqual(a, b)) return []
  if (Array.isArray(a) && Array.isArray(b)) {
    const out = []
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...diff(a[i], b[i], `${path}[${i}]`))
    return out
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    return keys.flatMap((k) => diff(a[k], b[k], path === '' ? k : `${path}.${k}`))
  }
  return [{ path, oracle: a, ours: b }]
}
