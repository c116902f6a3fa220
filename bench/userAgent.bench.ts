// Benchmark of the built-in user-agent parser against @amplitude/ua-parser-js 0.7.25, on the
// `user-agents` corpus and on hostile 100,000-character strings. `runUserAgentBench()` is for
// `npm run bench`; running this file with tsx prints the same figures. Times are CPU time of this
// process (so other work on a shared machine skews them less than wall-clock would): compare the
// columns, not the absolute numbers.

import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import UserAgent from 'user-agents'
import { parseUserAgent } from '../src/fields/userAgent.js'
import { BROWSER_RULES } from '../src/fields/userAgent/browserRules.js'
import { DEVICE_FALLBACK_RULES, DEVICE_RULES } from '../src/fields/userAgent/deviceRules.js'
import { OS_RULES } from '../src/fields/userAgent/osRules.js'

interface ReferenceParser {
  getBrowser(): unknown
  getOS(): unknown
  getDevice(): unknown
}
const UAParser = createRequire(import.meta.url)('@amplitude/ua-parser-js') as new (ua: string) => ReferenceParser

/** Cost per call over the real-world corpus. */
export interface CorpusTiming {
  readonly strings: number
  readonly nsPerCall: number
  readonly callsPerSecond: number
}

/** One hostile input: ours always; the reference unless it would take far too long. */
export interface HostileTiming {
  readonly input: string
  readonly length: number
  readonly oursMicrosPerCall: number
  readonly referenceMicrosPerCall?: number
  readonly note?: string
}

/** The slowest single pattern of our tables on any hostile input cut to the 255 characters we read. */
export interface WorstPattern {
  readonly pattern: string
  readonly input: string
  readonly microsPerCall: number
}

export interface UserAgentBenchResult {
  readonly ours: CorpusTiming
  readonly reference: CorpusTiming
  readonly hostile: readonly HostileTiming[]
  readonly worstPattern: WorstPattern
}

const HOSTILE_LENGTH = 100_000
const READ_LENGTH = 255

// Repeated to 100,000 characters, they aim at the patterns' anchors and wildcards: unclosed
// comments, endless segments, keywords repeated so that many candidate matches start.
const HOSTILE_SEEDS: readonly (readonly [label: string, prefix: string, unit: string])[] = [
  ["'Mozilla/5.0 (' + 'a'…", 'Mozilla/5.0 (', 'a'],
  ["'; '…", '', '; '],
  ["'Android '…", '', 'Android '],
  ["'Mozilla/5.0 (Linux; Android 10; ' + 'K; '…", 'Mozilla/5.0 (Linux; Android 10; ', 'K; '],
  ["'droid ; x bui'…", '', 'droid ; x bui'],
  ["'Windows NT 1' + '0'…", 'Windows NT 1', '0'],
  ["'opera '…", '', 'opera '],
  ["'trident rv:1 '…", '', 'trident rv:1 '],
  ["'Mozilla/5.0 rv:1 '…", '', 'Mozilla/5.0 rv:1 '],
  ["'Version/1 webkit '…", '', 'Version/1 webkit '],
  ["'(iPhone '…", '', '(iPhone '],
  ["'huawei '…", '', 'huawei '],
  ["'moto ('…", '', 'moto ('],
  ["'hbbtv/1.1.1 (; '…", '', 'hbbtv/1.1.1 (; '],
  ["'\\u00a0x'…", '', '\u00a0x'],
]

// ua-parser-js trims long strings with /^\s+|\s+$/g, which is quadratic on long runs of spaces.
const WHITESPACE_LABEL = "' '… 'x' ' '… 'x'"
const WHITESPACE = `${' '.repeat(HOSTILE_LENGTH / 2 - 1)}x${' '.repeat(HOSTILE_LENGTH / 2 - 1)}x`

const hostileInputs = (): [label: string, input: string][] =>
  HOSTILE_SEEDS.map(([label, prefix, unit]) => [label, (prefix + unit.repeat(Math.ceil(HOSTILE_LENGTH / unit.length))).slice(0, HOSTILE_LENGTH)])

// CPU microseconds per call of `run`, over enough calls to last about `budgetMs`.
function microsPerCall(run: () => void, budgetMs = 200): number {
  run() // warm-up
  let calls = 0
  const start = process.cpuUsage()
  let spent = 0
  while (spent < budgetMs * 1000) {
    run()
    calls++
    const used = process.cpuUsage(start)
    spent = used.user + used.system
  }
  return spent / calls
}

function corpusTiming(strings: readonly string[], parse: (ua: string) => void): CorpusTiming {
  const micros =
    microsPerCall(() => {
      for (const ua of strings) parse(ua)
    }, 2000) / strings.length
  return { strings: strings.length, nsPerCall: Math.round(micros * 1000), callsPerSecond: Math.round(1e6 / micros) }
}

// What we compute (browser, OS, device), not ua-parser-js's engine and CPU as well.
function reference(ua: string): void {
  const parser = new UAParser(ua)
  parser.getBrowser()
  parser.getOS()
  parser.getDevice()
}

function worstPattern(inputs: readonly (readonly [string, string])[]): WorstPattern {
  let worst: WorstPattern = { pattern: '', input: '', microsPerCall: 0 }
  for (const [pattern] of [...BROWSER_RULES, ...OS_RULES, ...DEVICE_RULES, ...DEVICE_FALLBACK_RULES]) {
    for (const [label, input] of inputs) {
      const read = input.slice(0, READ_LENGTH)
      const micros = microsPerCall(() => pattern.exec(read), 2)
      if (micros > worst.microsPerCall) worst = { pattern: pattern.source, input: label, microsPerCall: micros }
    }
  }
  return worst
}

/**
 * Runs the benchmark: both parsers over the `user-agents` corpus, both over hostile
 * 100,000-character strings, and every pattern of ours alone over those strings cut to the 255
 * characters the parser reads.
 *
 * @example
 * const { ours, reference } = runUserAgentBench()
 * console.log(`${(reference.nsPerCall / ours.nsPerCall).toFixed(1)}x faster`)
 */
export function runUserAgentBench(): UserAgentBenchResult {
  const strings = UserAgent.top().map(({ userAgent }) => userAgent)
  const inputs = hostileInputs()
  const hostile: HostileTiming[] = inputs.map(([input, ua]) => ({
    input,
    length: ua.length,
    oursMicrosPerCall: microsPerCall(() => parseUserAgent(ua)),
    referenceMicrosPerCall: microsPerCall(() => reference(ua)),
  }))
  hostile.push({
    input: WHITESPACE_LABEL,
    length: WHITESPACE.length,
    oursMicrosPerCall: microsPerCall(() => parseUserAgent(WHITESPACE)),
    note: 'skipped: its trim regex is quadratic here (about 25 s a call)',
  })
  return {
    ours: corpusTiming(strings, parseUserAgent),
    reference: corpusTiming(strings, reference),
    hostile,
    worstPattern: worstPattern([...inputs, [WHITESPACE_LABEL, WHITESPACE]]),
  }
}

function print({ ours, reference: theirs, hostile, worstPattern: worst }: UserAgentBenchResult): void {
  const row = (label: string, timing: CorpusTiming): string =>
    `  ${label.padEnd(26)}${String(timing.nsPerCall).padStart(7)} ns/call  ${timing.callsPerSecond.toLocaleString('en')} calls/s`
  console.log(`user-agent parsing, ${ours.strings} strings of the user-agents corpus (CPU time)`)
  console.log(row('ours', ours))
  console.log(row('@amplitude/ua-parser-js', theirs))
  console.log(`  ours is ${(theirs.nsPerCall / ours.nsPerCall).toFixed(2)}x as fast`)
  console.log(`hostile inputs of ${HOSTILE_LENGTH.toLocaleString('en')} characters, µs per call: ours / ua-parser-js`)
  for (const { input, oursMicrosPerCall, referenceMicrosPerCall, note } of hostile) {
    const theirsText = referenceMicrosPerCall === undefined ? (note ?? 'skipped') : referenceMicrosPerCall.toFixed(1)
    console.log(`  ${input.padEnd(46)}${oursMicrosPerCall.toFixed(1).padStart(7)} / ${theirsText}`)
  }
  console.log(`slowest single pattern on a hostile input cut to ${READ_LENGTH} characters: ${worst.microsPerCall.toFixed(2)} µs`)
  console.log(`  /${worst.pattern}/ on ${worst.input}`)
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) print(runUserAgentBench())
