// The benchmark's message corpora: fixed-seed samples of the library's own fast-check
// arbitraries, so every run of `npm run bench` measures the same messages.

import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import {
  arbAlias,
  arbGroup,
  arbIdentify,
  arbOrderCompleted,
  arbPage,
  arbSegmentMessage,
  arbTrack,
  arbWebContext,
  type GeneratedMessage,
} from '../src/testing/index.js'

/** One corpus: the messages as JSON text (where a pipeline starts) and the parsed objects. */
export interface Corpus {
  readonly name: string
  readonly description: string
  /** `sampled`: every message drawn anew; `steady`: {@link STEADY_SHAPES} messages repeated. */
  readonly kind: 'sampled' | 'steady'
  /** One JSON text per message, serialised once. */
  readonly texts: readonly string[]
  /** `JSON.parse` of each text: what an in-process caller hands to `translate`. */
  readonly messages: readonly unknown[]
}

export interface CorpusOptions {
  /** Messages per corpus. */
  readonly size: number
  /** fast-check seed; each corpus derives its own from it. */
  readonly seed: number
  /** Build only the corpora of these names (all of {@link CORPUS_NAMES} when absent). */
  readonly corpora?: readonly string[]
}

/** The benchmark's default: 5,000 messages per corpus, seed 20240601. */
export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = { size: 5_000, seed: 20_240_601 }

const weighted = <T>(...choices: readonly (readonly [number, Arbitrary<T>])[]): Arbitrary<T> =>
  fc.oneof(...choices.map(([weight, arbitrary]) => ({ weight, arbitrary })))

// A browser session: every call comes from analytics.js with a user agent, so the user-agent
// parsing, UTM and page fields are on the hot path. A page call already has a web context 85 % of
// the time; the rest get one too.
const withWebContext = <M extends GeneratedMessage>(arbitrary: Arbitrary<M>): Arbitrary<M> =>
  fc.tuple(arbitrary, arbWebContext).map(([message, context]) =>
    message.context?.library?.name === 'analytics.js' ? message : { ...message, context },
  )

const arbWebMessage: Arbitrary<GeneratedMessage> = weighted<GeneratedMessage>(
  [40, withWebContext(arbPage)],
  [35, withWebContext(arbTrack)],
  [15, withWebContext(arbIdentify)],
  [5, withWebContext(arbGroup)],
  [5, withWebContext(arbAlias)],
)

// A shop: order-completed events with their products (fan-out into Product Purchased events and
// revenue fields), other track events (a tenth of them orders too), identifies and pages.
const arbCommerceMessage: Arbitrary<GeneratedMessage> = weighted<GeneratedMessage>(
  [40, arbOrderCompleted],
  [35, arbTrack],
  [15, arbIdentify],
  [10, arbPage],
)

const MIXES: readonly (readonly [name: string, description: string, arbitrary: Arbitrary<GeneratedMessage>])[] = [
  ['mixed', 'arbSegmentMessage: track 45 %, identify 17 %, page 17 %, screen 10 %, group 7 %, alias 4 %', arbSegmentMessage],
  ['web', 'browser traffic: page 40 %, track 35 %, identify 15 %, group 5 %, alias 5 %, all with a web context', arbWebMessage],
  ['commerce', 'shop: Order Completed 40 %, other track 35 %, identify 15 %, page 10 %', arbCommerceMessage],
]

/** The steady twin of a mix; `steady` (the mixed kind's) keeps its name from the third round. */
const steadyName = (mix: string): string => (mix === 'mixed' ? 'steady' : `steady-${mix}`)

/** Every corpus {@link buildCorpora} can build, in the order it builds them. */
export const CORPUS_NAMES: readonly string[] = [...MIXES.map(([name]) => name), ...MIXES.map(([name]) => steadyName(name))]

/** Message shapes in each `steady` corpus. */
export const STEADY_SHAPES = 50

const corpusOf = (name: string, description: string, kind: Corpus['kind'], texts: readonly string[]): Corpus => ({
  name,
  description,
  kind,
  texts,
  messages: texts.map((text) => JSON.parse(text) as unknown),
})

/**
 * The arbitraries vary every optional field of every message, so the sampled corpora take well
 * over a thousand object shapes, the worst case for V8's property caches (and for Segment's code
 * alike). One app's traffic repeats a few dozen: the same library fills the same context fields,
 * and an event name comes with the same properties. A steady corpus is `STEADY_SHAPES` messages
 * of one mix, repeated with their own message id and user id each time.
 */
function steadyTexts(arbitrary: Arbitrary<GeneratedMessage>, size: number, seed: number): string[] {
  const templates = fc.sample(arbitrary, { seed, numRuns: STEADY_SHAPES })
  const texts: string[] = []
  for (let i = 0; i < size; i++) {
    const message = { ...(templates[i % templates.length] as GeneratedMessage) } as Record<string, unknown>
    if (typeof message['messageId'] === 'string') message['messageId'] = `${message['messageId']}-${i}`
    if (typeof message['userId'] === 'string') message['userId'] = `user-${i}`
    texts.push(JSON.stringify(message))
  }
  return texts
}

/**
 * The corpora: the three mixes (`mixed`, `web`, `commerce`) sampled anew message by message, then
 * their steady twins (`steady`, `steady-web`, `steady-commerce`), each `size` messages with a seed
 * derived from `seed` (the same seeds as before the twins were added), serialised to JSON once.
 *
 * @example
 * const [mixed] = buildCorpora({ size: 100, seed: 1 })
 * console.log(mixed.name, mixed.texts.length) // mixed 100
 */
export function buildCorpora(options: CorpusOptions = DEFAULT_CORPUS_OPTIONS): Corpus[] {
  const wanted = (name: string): boolean => options.corpora === undefined || options.corpora.includes(name)
  const corpora: Corpus[] = []
  MIXES.forEach(([name, description, arbitrary], index) => {
    if (!wanted(name)) return
    const sampled = fc.sample(arbitrary, { seed: options.seed + index, numRuns: options.size })
    corpora.push(corpusOf(name, description, 'sampled', sampled.map((message) => JSON.stringify(message))))
  })
  MIXES.forEach(([mix, , arbitrary], index) => {
    const name = steadyName(mix)
    if (!wanted(name)) return
    const texts = steadyTexts(arbitrary, options.size, options.seed + MIXES.length + index)
    const description = `one app's traffic: ${STEADY_SHAPES} messages of the ${mix} kind repeated, each with its own messageId and userId`
    corpora.push(corpusOf(name, description, 'steady', texts))
  })
  return corpora
}
