// `npm run ua:agreement`: how often the built-in user-agent parser gives the same answer as
// @amplitude/ua-parser-js 0.7.25 (what Segment and Amplitude run) on the real-world strings of the
// `user-agents` package, weighted by that corpus's own weights. Prints one line per field and
// exits non-zero when a field is below its target (issue 3). Absent on both sides counts as
// agreement; an empty string counts as absent. For information it also prints the agreement on
// the user agents of ua-parser-js's own test suite (unweighted, no target): mostly rare devices,
// where the rules we left out show. `--examples N` lists the N heaviest disagreements per field.

import { createRequire } from 'node:module'
import UserAgent from 'user-agents'
import { parseUserAgent } from '../src/fields/userAgent.js'
import { fromUaParserResult, type UaParserResult } from '../src/fields/userAgent/fromUaParserResult.js'
import type { UserAgentInfo } from '../src/fields/userAgentTypes.js'

const require = createRequire(import.meta.url)
const reference = require('@amplitude/ua-parser-js') as (ua: string) => UaParserResult

const FIELDS = [
  ['browser', 'browser name', 0.99],
  ['browserVersion', 'browser major', 0.99],
  ['os', 'OS name', 0.99],
  ['osVersion', 'OS version', 0],
  ['deviceVendor', 'device vendor', 0.97],
  ['deviceModel', 'device model', 0.97],
  ['deviceType', 'device type', 0.99],
] as const satisfies readonly (readonly [keyof UserAgentInfo, string, number])[]

interface Sample {
  readonly userAgent: string
  readonly weight: number
}

interface Miss extends Sample {
  readonly ours: string | undefined
  readonly theirs: string | undefined
}

function measure(samples: readonly Sample[]): Map<keyof UserAgentInfo, { share: number; misses: Miss[] }> {
  const total = samples.reduce((sum, { weight }) => sum + weight, 0)
  const result = new Map(FIELDS.map(([field]) => [field, { share: 0, misses: [] as Miss[] }]))
  for (const sample of samples) {
    const ours = parseUserAgent(sample.userAgent)
    const theirs = fromUaParserResult(reference(sample.userAgent))
    for (const [field, entry] of result) {
      if (ours[field] === theirs[field]) entry.share += sample.weight / total
      else entry.misses.push({ ...sample, ours: ours[field], theirs: theirs[field] })
    }
  }
  return result
}

const examplesAt = process.argv.indexOf('--examples')
const examples = examplesAt >= 0 ? Number(process.argv[examplesAt + 1] ?? 5) : 0
const percent = (share: number): string => `${(share * 100).toFixed(3).padStart(7)}%`

const corpus = UserAgent.top()
const measured = measure(corpus)
console.log(`agreement with @amplitude/ua-parser-js 0.7.25 on the ${corpus.length} user agents of user-agents, weighted`)
let failed = false
for (const [field, label, target] of FIELDS) {
  const { share, misses } = measured.get(field) ?? { share: 0, misses: [] }
  const ok = share >= target
  failed ||= !ok
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${label.padEnd(14)} ${percent(share)}  (${target > 0 ? `target >= ${target * 100}%` : 'no target'})`)
  for (const miss of misses.sort((a, b) => b.weight - a.weight).slice(0, examples)) {
    console.log(`        ours=${miss.ours} reference=${miss.theirs} weight=${percent(miss.weight)} ${miss.userAgent}`)
  }
}

const SUITE = ['browser', 'device', 'os', 'cpu', 'engine', 'mediaplayer'].map((name) => `@amplitude/ua-parser-js/test/${name}-test.json`)
const suite = [...new Set(SUITE.flatMap((file) => (require(file) as { ua: string }[]).map(({ ua }) => ua)))]
const suiteMeasured = measure(suite.map((userAgent) => ({ userAgent, weight: 1 })))
console.log(`for information: on the ${suite.length} user agents of ua-parser-js's test suite, unweighted`)
console.log(`      ${FIELDS.map(([field, label]) => `${label} ${percent(suiteMeasured.get(field)?.share ?? 0).trim()}`).join(', ')}`)

process.exitCode = failed ? 1 : 0
