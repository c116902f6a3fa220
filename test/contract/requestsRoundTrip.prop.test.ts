/**
 * `toRequests` conserves calls end to end: translate a batch of messages (any settings, both
 * profiles), turn all their calls into requests, decode every request, and get back exactly the
 * calls of each API in their order, minus those `validateCalls` reports as errors.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { AmplitudeApi, AmplitudeCall } from '../../src/models/amplitude/types.js'
import { decodeRequest } from '../../src/requests/decodeRequest.js'
import { toRequests } from '../../src/requests/toRequests.js'
import type { RequestOptions } from '../../src/requests/types.js'
import { validateCalls } from '../../src/requests/validateCalls.js'
import { arbSegmentMessage, arbSettings } from '../../src/testing/index.js'
import { translate } from '../../src/translate.js'

const APIS: readonly AmplitudeApi[] = ['event', 'identify', 'groupidentify', 'usermap']

// Small per-request limits, so that a batch of a few messages splits into several requests.
const arbOptions: fc.Arbitrary<RequestOptions> = fc.record(
  {
    apiKey: fc.constantFrom('KEY', 'a key & more=100%'),
    region: fc.constantFrom('us' as const, 'eu' as const),
    useBatchEndpoint: fc.boolean(),
    minIdLength: fc.integer({ min: 1, max: 8 }),
    maxEventsPerRequest: fc.integer({ min: 1, max: 5 }),
    maxCallsPerRequest: fc.integer({ min: 1, max: 5 }),
  },
  { requiredKeys: ['apiKey'] },
)

function errorIndices(issues: readonly { severity: string; path: string }[]): number[] {
  const indices = issues.filter((issue) => issue.severity === 'error').map((issue) => Number(/^\[(\d+)\]/.exec(issue.path)?.[1]))
  return [...new Set(indices)].sort((a, b) => a - b)
}

describe('translate, then toRequests, then decodeRequest', () => {
  test('gives back exactly the calls of each API, in order, minus those validateCalls rejects', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(arbSegmentMessage, arbSettings), { maxLength: 12 }), arbOptions, (batch, options) => {
        const calls: AmplitudeCall[] = batch.flatMap(([message, settings]) => {
          const result = translate(message, settings)
          return result.ok ? result.calls : []
        })
        const rejected = errorIndices(validateCalls(calls, options))
        const { requests, issues } = toRequests(calls, options)
        // toRequests rejects exactly what validateCalls rejects: realistic calls are never too large.
        expect(errorIndices(issues)).toStrictEqual(rejected)
        const decoded = requests.flatMap((request) => decodeRequest(request).map((call) => ({ call, api: request.api })))
        for (const { call, api } of decoded) expect(call.api).toBe(api)
        for (const api of APIS) {
          const sent = calls.filter((call, index) => call.api === api && !rejected.includes(index))
          expect(decoded.filter((entry) => entry.api === api).map((entry) => entry.call)).toEqual(sent)
        }
        expect(requests.reduce((sum, request) => sum + request.callCount, 0)).toBe(calls.length - rejected.length)
      }),
    )
  })
})
