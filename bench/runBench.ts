// The benchmark itself, as functions returning figures (bench/index.ts prints them; the smoke
// test in test/bench runs them on a tiny corpus so the harness cannot rot).

import { createRequire } from 'node:module'
import UserAgent from 'user-agents'
import { parseUserAgent } from '../src/fields/userAgent.js'
import type { AmplitudeCall } from '../src/models/amplitude/types.js'
import { toRequests } from '../src/requests/toRequests.js'
import type { RequestOptions } from '../src/requests/types.js'
import { resolveSettings, type ResolvedSettings } from '../src/settings/resolveSettings.js'
import { USER_AGENTS } from '../src/testing/index.js'
import { translate } from '../src/translate.js'
import { buildCorpora, type Corpus, type CorpusOptions } from './buildCorpora.js'
import { leastTranslation } from './leastTranslation.js'
import { loadSegmentDestination, type SegmentDestination, type SegmentUnavailable } from './loadSegmentDestination.js'
import { measureInterleaved, type Contender, type RoundOptions, type Timing } from './measureInterleaved.js'

export interface BenchOptions extends CorpusOptions, RoundOptions {
  /** Time Segment's Actions destination too (needs conformance/node_modules). @defaultValue true */
  readonly segment?: boolean
  /** Progress lines (corpus names, phases); silent by default. */
  readonly log?: (line: string) => void
}

/** The contender names of a corpus's comparison, as keys of {@link CorpusBench.timings}. */
export const CONTENDERS = {
  baseline: 'baseline: JSON.parse + JSON.stringify(message)',
  floor: 'floor: parse, read, write one event (no checks)',
  pipelineClassic: 'pipeline classic: parse, translate, toRequests',
  pipelineActions: 'pipeline actions: parse, translate, toRequests',
  pipelineUncached: 'pipeline classic, every user agent parsed anew',
  ourClassic: 'classic translate + toRequests',
  ourActions: 'actions translate + toRequests',
  payloads: 'JSON.stringify of the payloads alone',
  segment: "Segment's Actions destination",
} as const

export type ContenderKey = keyof typeof CONTENDERS

/** The ratios the issue's targets are about (undefined where Segment was skipped). */
export interface Ratios {
  /** Segment / our Actions translate + toRequests: the speed-up (target >= 30, aim 50). */
  readonly speedUp?: number
  /** Segment / our Classic translate + toRequests (for the record; Classic does other work). */
  readonly speedUpClassic?: number
  /** Segment / stringify of the payloads: the ceiling beside the speed-up. */
  readonly ceiling?: number
  /** The floor (bench/leastTranslation.ts) / the baseline: what translating at all costs. */
  readonly floorOverBaseline: number
  /** Our Classic pipeline / the baseline (target <= 1.5, aim 1.2). */
  readonly pipelineClassicOverBaseline: number
  /** Our Actions pipeline / the baseline. */
  readonly pipelineActionsOverBaseline: number
}

export interface CorpusBench {
  readonly corpus: string
  readonly description: string
  readonly messages: number
  readonly averageBytes: number
  /** Distinct `context.userAgent` strings in the corpus. */
  readonly userAgents: number
  /** Calls per message our Classic / Actions translation produces. */
  readonly callsPerMessage: { readonly classic: number; readonly actions: number }
  /** Requests Segment made for the corpus (one round). */
  readonly segmentRequests?: number
  readonly timings: Readonly<Partial<Record<ContenderKey, Timing>>>
  readonly ratios: Ratios
}

export interface PerTypeBench {
  /** `track`, `order` (order-completed track), `identify`, `page`, `screen`, `group`, `alias`. */
  readonly type: string
  readonly messages: number
  readonly classic: Timing
  readonly actions: Timing
}

export interface UserAgentBench {
  readonly strings: number
  readonly ours: Timing
  readonly reference: Timing
  /** ua-parser-js time / ours. */
  readonly speedUp: number
}

export interface BenchResult {
  readonly options: Omit<BenchOptions, 'log'>
  readonly segment: { readonly versions: Readonly<Record<string, string>> } | SegmentUnavailable
  readonly corpora: readonly CorpusBench[]
  readonly perType: readonly PerTypeBench[]
  readonly userAgent: UserAgentBench
}

const REQUEST_OPTIONS: RequestOptions = { apiKey: 'bench-api-key' }
/** Calls of this many messages go to one `toRequests`, as the CLI batches. */
export const CHUNK = 2_000

const ORDER_COMPLETED = /^(order[ _]completed|completed[ _]order)$/i

const CLASSIC: ResolvedSettings = resolveSettings({ profile: 'classic' })
// The built-in parser behind a wrapper: translate caches only the built-in parser's answers, so
// this shows what the cache saves on these corpora (which draw from a short list of user agents).
const CLASSIC_UNCACHED: ResolvedSettings = resolveSettings({ profile: 'classic', parseUserAgent: (ua) => parseUserAgent(ua) })
const ACTIONS: ResolvedSettings = resolveSettings({ profile: 'actions' })

function payloadOf(call: AmplitudeCall): unknown {
  switch (call.api) {
    case 'event':
      return call.event
    case 'identify':
    case 'groupidentify':
      return call.identification
    case 'usermap':
      return call.mapping
  }
}

// `sink` keeps results alive so the engine cannot drop the work.
let sink = 0

function pipeline(texts: readonly string[], settings: ResolvedSettings): void {
  for (let from = 0; from < texts.length; from += CHUNK) {
    const calls: AmplitudeCall[] = []
    const to = Math.min(texts.length, from + CHUNK)
    for (let i = from; i < to; i++) {
      const result = translate(JSON.parse(texts[i] ?? 'null') as unknown, settings)
      if (result.ok) for (const call of result.calls) calls.push(call)
    }
    sink += toRequests(calls, REQUEST_OPTIONS).requests.length
  }
}

function translateAndRequest(messages: readonly unknown[], settings: ResolvedSettings): void {
  for (let from = 0; from < messages.length; from += CHUNK) {
    const calls: AmplitudeCall[] = []
    const to = Math.min(messages.length, from + CHUNK)
    for (let i = from; i < to; i++) {
      const result = translate(messages[i], settings)
      if (result.ok) for (const call of result.calls) calls.push(call)
    }
    sink += toRequests(calls, REQUEST_OPTIONS).requests.length
  }
}

function callsOf(messages: readonly unknown[], settings: ResolvedSettings): AmplitudeCall[] {
  const calls: AmplitudeCall[] = []
  for (const message of messages) {
    const result = translate(message, settings)
    if (result.ok) calls.push(...result.calls)
  }
  return calls
}

function translateAll(messages: readonly unknown[], settings: ResolvedSettings): void {
  for (const message of messages) sink += translate(message, settings).issues.length
}

const byKey = (timings: readonly Timing[], keys: readonly ContenderKey[]): Partial<Record<ContenderKey, Timing>> =>
  Object.fromEntries(keys.map((key, index) => [key, timings[index]]))

async function benchCorpus(corpus: Corpus, segment: SegmentDestination | undefined, rounds: RoundOptions): Promise<CorpusBench> {
  const { texts, messages } = corpus
  const classicCalls = callsOf(messages, CLASSIC)
  const actionsCalls = callsOf(messages, ACTIONS)
  const payloads = actionsCalls.map(payloadOf)
  // Segment gets its own copy: whatever it does to a message cannot reach our contenders.
  const segmentMessages = texts.map((text) => JSON.parse(text) as unknown)
  const segmentRequests = segment === undefined ? undefined : await segment.run(segmentMessages)
  const contenders: [ContenderKey, Contender['run']][] = [
    [
      'baseline',
      () => {
        for (const text of texts) sink += JSON.stringify(JSON.parse(text)).length
      },
    ],
    ['floor', () => void (sink += leastTranslation(texts))],
    ['pipelineClassic', () => pipeline(texts, CLASSIC)],
    ['pipelineActions', () => pipeline(texts, ACTIONS)],
    ['pipelineUncached', () => pipeline(texts, CLASSIC_UNCACHED)],
    ['ourClassic', () => translateAndRequest(messages, CLASSIC)],
    ['ourActions', () => translateAndRequest(messages, ACTIONS)],
    [
      'payloads',
      () => {
        for (const payload of payloads) sink += JSON.stringify(payload).length
      },
    ],
  ]
  if (segment !== undefined) contenders.push(['segment', async () => void (sink += await segment.run(segmentMessages))])
  const keys = contenders.map(([key]) => key)
  const timings = byKey(
    await measureInterleaved(
      contenders.map(([key, run]) => ({ name: CONTENDERS[key], messages: messages.length, run })),
      rounds,
    ),
    keys,
  )
  const ns = (key: ContenderKey): number => timings[key]?.nsPerMessage ?? Number.NaN
  const segmentNs = timings.segment?.nsPerMessage
  const ratios: Ratios = {
    ...(segmentNs === undefined
      ? {}
      : { speedUp: segmentNs / ns('ourActions'), speedUpClassic: segmentNs / ns('ourClassic'), ceiling: segmentNs / ns('payloads') }),
    floorOverBaseline: ns('floor') / ns('baseline'),
    pipelineClassicOverBaseline: ns('pipelineClassic') / ns('baseline'),
    pipelineActionsOverBaseline: ns('pipelineActions') / ns('baseline'),
  }
  return {
    corpus: corpus.name,
    description: corpus.description,
    messages: messages.length,
    userAgents: new Set(messages.map((message) => (message as { context?: { userAgent?: unknown } }).context?.userAgent).filter((ua) => typeof ua === 'string')).size,
    averageBytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / Math.max(1, texts.length),
    callsPerMessage: { classic: classicCalls.length / messages.length, actions: actionsCalls.length / messages.length },
    ...(segmentRequests === undefined ? {} : { segmentRequests }),
    timings,
    ratios,
  }
}

function typeOf(message: unknown): string {
  const { type, event } = message as { type?: unknown; event?: unknown }
  if (type === 'track' && typeof event === 'string' && ORDER_COMPLETED.test(event)) return 'order'
  return typeof type === 'string' ? type : 'unknown'
}

const TYPES = ['track', 'order', 'identify', 'page', 'screen', 'group', 'alias'] as const

async function benchPerType(corpora: readonly Corpus[], rounds: RoundOptions): Promise<PerTypeBench[]> {
  const groups = new Map<string, unknown[]>(TYPES.map((type) => [type, []]))
  for (const corpus of corpora) for (const message of corpus.messages) groups.get(typeOf(message))?.push(message)
  const present = TYPES.filter((type) => (groups.get(type)?.length ?? 0) > 0)
  const contenders: Contender[] = present.flatMap((type) => {
    const messages = groups.get(type) ?? []
    return [
      { name: `classic ${type}`, messages: messages.length, run: () => translateAll(messages, CLASSIC) },
      { name: `actions ${type}`, messages: messages.length, run: () => translateAll(messages, ACTIONS) },
    ]
  })
  const timings = await measureInterleaved(contenders, rounds)
  return present.flatMap((type, index) => {
    const classic = timings[2 * index]
    const actions = timings[2 * index + 1]
    return classic === undefined || actions === undefined ? [] : [{ type, messages: classic.messages, classic, actions }]
  })
}

interface ReferenceParser {
  getBrowser(): unknown
  getOS(): unknown
  getDevice(): unknown
}

async function benchUserAgent(rounds: RoundOptions, quick: boolean): Promise<UserAgentBench> {
  const UAParser = createRequire(import.meta.url)('@amplitude/ua-parser-js') as new (ua: string) => ReferenceParser
  const corpus = UserAgent.top().map(({ userAgent }) => userAgent)
  const strings = [...(quick ? corpus.slice(0, 50) : corpus), ...USER_AGENTS]
  const [ours, reference] = await measureInterleaved(
    [
      {
        name: 'built-in parseUserAgent',
        messages: strings.length,
        run: () => {
          for (const ua of strings) sink += parseUserAgent(ua).browser === undefined ? 0 : 1
        },
      },
      {
        // What we compute (browser, OS, device), as bench/userAgent.bench.ts measures it.
        name: '@amplitude/ua-parser-js 0.7.25',
        messages: strings.length,
        run: () => {
          for (const ua of strings) {
            const parser = new UAParser(ua)
            parser.getBrowser()
            parser.getOS()
            parser.getDevice()
          }
        },
      },
    ],
    rounds,
  )
  if (ours === undefined || reference === undefined) throw new Error('bench: user-agent timings missing')
  return { strings: strings.length, ours, reference, speedUp: reference.nsPerMessage / ours.nsPerMessage }
}

/**
 * Runs the whole in-process benchmark: builds the corpora, times translate per call type, then,
 * corpus by corpus, our pipelines, Segment's destination, the baseline and the payload
 * serialisation interleaved, then the user-agent parsers.
 *
 * @example
 * const result = await runBench({ size: 5_000, seed: 20_240_601, warmup: 2, rounds: 7 })
 * for (const corpus of result.corpora) console.log(corpus.corpus, corpus.ratios.speedUp)
 */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? ((): void => undefined)
  const rounds: RoundOptions = { warmup: options.warmup, rounds: options.rounds }
  log(`building corpora: ${options.size.toLocaleString('en-US')} messages each, seed ${options.seed}`)
  const corpora = buildCorpora(options)
  const loaded = options.segment === false ? { skipped: 'disabled (--no-segment)' } : await loadSegmentDestination()
  const segment = 'skipped' in loaded ? undefined : loaded
  if (segment === undefined) log(`Segment's Actions destination: comparison skipped: ${(loaded as SegmentUnavailable).skipped}`)
  // Per type first: after Segment's destination has run in this process, the same figures come
  // out about twice as large (its heap and its code's feedback stay). Over the arbitraries'
  // corpora only: a steady corpus repeats 50 messages.
  log('translate per call type')
  const perType = await benchPerType(corpora.filter((corpus) => corpus.kind === 'sampled'), rounds)
  const results: CorpusBench[] = []
  for (const corpus of corpora) {
    log(`corpus ${corpus.name}: ${rounds.warmup} warm-up + ${rounds.rounds} measured rounds`)
    results.push(await benchCorpus(corpus, segment, rounds))
  }
  log('user-agent parsers')
  const userAgent = await benchUserAgent(rounds, options.size < 1_000)
  const { log: _log, ...recorded } = options
  return {
    options: recorded,
    segment: segment === undefined ? (loaded as SegmentUnavailable) : { versions: segment.versions },
    corpora: results,
    perType,
    userAgent,
  }
}
