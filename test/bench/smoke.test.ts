// Keeps the benchmark harness from rotting: it runs on a tiny corpus and produces every figure and
// ratio. No timing is asserted (speed belongs in `npm run bench`, not in tests).
import { describe, expect, test } from 'vitest'
import { STEADY_SHAPES, buildCorpora } from '../../bench/buildCorpora.js'
import { formatReport } from '../../bench/formatReport.js'
import { leastTranslation } from '../../bench/leastTranslation.js'
import { loadSegmentDestination } from '../../bench/loadSegmentDestination.js'
import { measureInterleaved, median } from '../../bench/measureInterleaved.js'
import { runBench } from '../../bench/runBench.js'

const positive = (value: number | undefined): boolean => value !== undefined && Number.isFinite(value) && value > 0

describe('the benchmark harness', () => {
  test('builds the same six corpora from the same seed, as JSON text and parsed messages', () => {
    const first = buildCorpora({ size: 12, seed: 7 })
    const again = buildCorpora({ size: 12, seed: 7 })
    expect(first.map((corpus) => corpus.name)).toStrictEqual(['mixed', 'web', 'commerce', 'steady', 'steady-web', 'steady-commerce'])
    expect(first.map((corpus) => corpus.kind)).toStrictEqual(['sampled', 'sampled', 'sampled', 'steady', 'steady', 'steady'])
    expect(again.map((corpus) => corpus.texts)).toStrictEqual(first.map((corpus) => corpus.texts))
    for (const corpus of first) {
      expect(corpus.texts).toHaveLength(12)
      expect(corpus.messages).toStrictEqual(corpus.texts.map((text) => JSON.parse(text) as unknown))
    }
  })

  test('builds only the corpora asked for, each the same as in the full set', () => {
    const all = buildCorpora({ size: 12, seed: 7 })
    const some = buildCorpora({ size: 12, seed: 7, corpora: ['steady-commerce', 'web'] })
    expect(some.map((corpus) => corpus.name)).toStrictEqual(['web', 'steady-commerce'])
    for (const corpus of some) expect(corpus.texts).toStrictEqual(all.find((other) => other.name === corpus.name)?.texts)
  })

  test.each(['steady', 'steady-web', 'steady-commerce'])('repeats at most STEADY_SHAPES object shapes in %s, each message with its own ids', (name) => {
    const steady = buildCorpora({ size: STEADY_SHAPES * 3, seed: 7, corpora: [name] })[0]
    const shapeOf = (value: unknown): string => {
      if (typeof value !== 'object' || value === null) return typeof value
      if (Array.isArray(value)) return `[${value.map(shapeOf).join()}]`
      return `{${Object.entries(value).map(([key, item]) => `${key}:${shapeOf(item)}`).join()}}`
    }
    const messages = (steady?.messages ?? []) as Record<string, unknown>[]
    expect(messages).toHaveLength(STEADY_SHAPES * 3)
    expect(new Set(messages.map(shapeOf)).size).toBeLessThanOrEqual(STEADY_SHAPES)
    const ids = messages.map((message) => message['messageId']).filter((id) => typeof id === 'string')
    expect(new Set(ids).size).toBe(ids.length)
  })

  test('the floor writes one event per message and counts the bytes of its bodies', () => {
    const texts = [
      '{"type":"track","event":"E","userId":"u1"}',
      '{"type":"page","name":"Home","anonymousId":"a1","timestamp":"2024-01-02T03:04:05.006Z","context":{"os":{"name":"iOS","version":"17"},"library":{"name":"analytics.js"}}}',
    ]
    const events = [
      '{"user_id":"u1","event_type":"E"}',
      '{"device_id":"a1","event_type":"Home","os_name":"iOS","os_version":"17","time":1704164645006,"library":"analytics.js"}',
    ]
    expect(leastTranslation(texts)).toBe(events.join(',').length)
  })

  test('takes the median of an odd and an even number of rounds', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  test('runs every contender once per round, after the warm-up rounds', async () => {
    const runs: string[] = []
    const timings = await measureInterleaved(
      [
        { name: 'a', messages: 2, run: () => void runs.push('a') },
        { name: 'b', messages: 2, run: async () => void runs.push('b') },
      ],
      { warmup: 1, rounds: 3 },
    )
    expect(runs.filter((name) => name === 'a')).toHaveLength(4)
    expect(runs.filter((name) => name === 'b')).toHaveLength(4)
    // The starting contender rotates from round to round.
    expect(runs.slice(0, 4)).toStrictEqual(['a', 'b', 'b', 'a'])
    expect(timings.map((timing) => timing.rounds.length)).toStrictEqual([3, 3])
  })

  test('produces times, rates and ratios for every corpus, call type and parser, and a report', async () => {
    const result = await runBench({ size: 20, seed: 1, warmup: 0, rounds: 1, segment: false })
    expect(result.segment).toStrictEqual({ skipped: 'disabled (--no-segment)' })
    expect(result.corpora.map((corpus) => corpus.corpus)).toStrictEqual(['mixed', 'web', 'commerce', 'steady', 'steady-web', 'steady-commerce'])
    for (const corpus of result.corpora) {
      for (const key of ['baseline', 'floor', 'pipelineClassic', 'pipelineActions', 'pipelineUncached', 'ourClassic', 'ourActions', 'payloads'] as const) {
        expect(positive(corpus.timings[key]?.nsPerMessage), `${corpus.corpus} ${key}`).toBe(true)
      }
      expect(corpus.timings.segment).toBeUndefined()
      expect(positive(corpus.ratios.floorOverBaseline)).toBe(true)
      expect(positive(corpus.ratios.pipelineClassicOverBaseline)).toBe(true)
      expect(positive(corpus.ratios.pipelineActionsOverBaseline)).toBe(true)
      expect(corpus.ratios.speedUp).toBeUndefined()
    }
    expect(result.perType.length).toBeGreaterThan(0)
    for (const row of result.perType) expect(positive(row.classic.nsPerMessage) && positive(row.actions.nsPerMessage)).toBe(true)
    expect(positive(result.userAgent.speedUp)).toBe(true)
    const report = formatReport(result)
    expect(report).toContain('pipeline / baseline')
    expect(report).toContain('comparison skipped')
  }, 120_000)

  test('runs only the corpora asked for, and says so when no per-type table can be made', async () => {
    const result = await runBench({ size: 20, seed: 1, warmup: 0, rounds: 1, segment: false, corpora: ['steady-commerce'] })
    expect(result.corpora.map((corpus) => corpus.corpus)).toStrictEqual(['steady-commerce'])
    expect(result.perType).toStrictEqual([])
    expect(formatReport(result)).toContain('skipped: no sampled corpus (mixed, web, commerce) was built')
  }, 120_000)

  test("loads Segment's Actions destination and runs it on a message, or says why it cannot", async () => {
    const segment = await loadSegmentDestination()
    if ('skipped' in segment) {
      expect(segment.skipped).toMatch(/conformance/)
      return
    }
    const [mixed] = buildCorpora({ size: 5, seed: 3 })
    expect(await segment.run(mixed?.messages ?? [])).toBeGreaterThan(0)
    expect(segment.versions['@segment/action-destinations']).toMatch(/^\d+\.\d+\.\d+$/)
  }, 120_000)
})
