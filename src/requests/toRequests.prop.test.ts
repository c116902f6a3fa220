import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { callListArbitrary, textArbitrary, validCallArbitrary } from '../../test/arbitraries/calls.js'
import type { AmplitudeApi, AmplitudeCall } from '../models/amplitude/types.js'
import { decodeRequest } from './decodeRequest.js'
import { AMPLITUDE_ENDPOINTS } from './endpoints.js'
import {
  MAX_BATCH_BODY_BYTES,
  MAX_BODY_BYTES,
  MAX_EVENTS_PER_REQUEST,
  MAX_GROUP_IDENTIFICATIONS_PER_REQUEST,
  MAX_IDENTIFICATIONS_PER_REQUEST,
  MAX_MAPPINGS_PER_REQUEST,
} from './limits.js'
import { toRequests } from './toRequests.js'
import type { AmplitudeRequest, RequestOptions } from './types.js'
import { validateCalls } from './validateCalls.js'

// The core tsconfig has no DOM types; the tests run where these globals exist.
declare const TextEncoder: new () => { encode(text: string): Uint8Array }
declare const URLSearchParams: new (init: readonly (readonly [string, string])[]) => { toString(): string }

const encoder = new TextEncoder()
const bytesOf = (text: string): number => encoder.encode(text).length

const API_LIMITS: Readonly<Record<AmplitudeApi, number>> = {
  event: MAX_EVENTS_PER_REQUEST,
  identify: MAX_IDENTIFICATIONS_PER_REQUEST,
  groupidentify: MAX_GROUP_IDENTIFICATIONS_PER_REQUEST,
  usermap: MAX_MAPPINGS_PER_REQUEST,
}

/** Small limits, so that arbitrary lists of a few calls split into many requests. */
const optionsArbitrary: fc.Arbitrary<RequestOptions> = fc.record(
  {
    apiKey: fc.oneof(fc.constant('KEY'), textArbitrary.filter((key) => key !== '')),
    region: fc.constantFrom('us' as const, 'eu' as const),
    useBatchEndpoint: fc.boolean(),
    minIdLength: fc.integer({ min: 1, max: 8 }),
    maxEventsPerRequest: fc.integer({ min: 1, max: 6 }),
    maxCallsPerRequest: fc.integer({ min: 1, max: 6 }),
    maxBodyBytes: fc.integer({ min: 60, max: 4000 }),
  },
  { requiredKeys: ['apiKey'] },
)

function maxCalls(api: AmplitudeApi, options: RequestOptions): number {
  const event = api === 'event' ? (options.maxEventsPerRequest ?? Infinity) : Infinity
  return Math.min(API_LIMITS[api], options.maxCallsPerRequest ?? Infinity, event)
}

function maxBytes(api: AmplitudeApi, options: RequestOptions): number {
  const limit = api === 'event' && options.useBatchEndpoint === true ? MAX_BATCH_BODY_BYTES : MAX_BODY_BYTES
  return Math.min(limit, options.maxBodyBytes ?? Infinity)
}

function payloadOf(call: AmplitudeCall): unknown {
  return call.api === 'event' ? call.event : call.api === 'usermap' ? call.mapping : call.identification
}

/** The body written independently: JSON.stringify of the whole object, URLSearchParams for forms. */
function expectedBody(api: AmplitudeApi, calls: readonly AmplitudeCall[], options: RequestOptions): string {
  const payloads = calls.map(payloadOf)
  if (api === 'event') {
    const min = options.minIdLength ?? 5
    return JSON.stringify({ api_key: options.apiKey, events: payloads, ...(min === 5 ? {} : { options: { min_id_length: min } }) })
  }
  const field = api === 'usermap' ? 'mapping' : 'identification'
  return new URLSearchParams([
    ['api_key', options.apiKey],
    [field, JSON.stringify(payloads)],
  ]).toString()
}

function errorIndices(issues: readonly { severity: string; path: string }[]): Set<number> {
  const indices = new Set<number>()
  for (const issue of issues) {
    if (issue.severity === 'error') indices.add(Number(/^\[(\d+)\]/.exec(issue.path)?.[1]))
  }
  return indices
}

function byApi(requests: readonly AmplitudeRequest[], api: AmplitudeApi): AmplitudeRequest[] {
  return requests.filter((request) => request.api === api)
}

const APIS: readonly AmplitudeApi[] = ['identify', 'groupidentify', 'event', 'usermap']

describe('toRequests', () => {
  test('sends every call exactly once, in order within its API, unless an error issue names it', () => {
    fc.assert(
      fc.property(callListArbitrary, optionsArbitrary, (calls, options) => {
        const { requests, issues } = toRequests(calls, options)
        const excluded = errorIndices(issues)
        for (const api of APIS) {
          const sent = byApi(requests, api).flatMap(decodeRequest)
          expect(sent).toEqual(calls.filter((call, index) => call.api === api && !excluded.has(index)))
        }
        expect(requests.map((request) => request.api)).toEqual(
          [...requests].sort((a, b) => APIS.indexOf(a.api) - APIS.indexOf(b.api)).map((request) => request.api),
        )
      }),
    )
  })

  test('reports the issues of validateCalls, plus call_too_large exactly for calls no request can hold', () => {
    fc.assert(
      fc.property(callListArbitrary, optionsArbitrary, (calls, options) => {
        const { issues } = toRequests(calls, options)
        const minIdLength = options.minIdLength === undefined ? {} : { minIdLength: options.minIdLength }
        const validation = validateCalls(calls, minIdLength)
        expect(issues.filter((issue) => issue.code !== 'call_too_large')).toEqual(validation)
        const rejected = errorIndices(validation)
        const tooLarge = new Set(issues.filter((issue) => issue.code === 'call_too_large').map((issue) => issue.path))
        calls.forEach((call, index) => {
          if (rejected.has(index)) return
          const alone = bytesOf(expectedBody(call.api, [call], options))
          expect(tooLarge.has(`[${index}]`)).toBe(alone > maxBytes(call.api, options))
        })
      }),
    )
  })

  test('writes every request to its endpoint with the exact body, within every limit, counted in UTF-8 bytes', () => {
    fc.assert(
      fc.property(callListArbitrary, optionsArbitrary, (calls, options) => {
        const urls = AMPLITUDE_ENDPOINTS[options.region ?? 'us']
        for (const request of toRequests(calls, options).requests) {
          const carried = decodeRequest(request)
          const url = request.api === 'event' && options.useBatchEndpoint === true ? urls.batch : urls[request.api]
          expect(request.url).toBe(url)
          expect(request.headers).toEqual({
            'content-type': request.api === 'event' ? 'application/json' : 'application/x-www-form-urlencoded',
          })
          expect(request.body).toBe(expectedBody(request.api, carried, options))
          expect(request.callCount).toBe(carried.length)
          expect(request.callCount).toBeGreaterThan(0)
          expect(request.callCount).toBeLessThanOrEqual(maxCalls(request.api, options))
          expect(bytesOf(request.body)).toBeLessThanOrEqual(maxBytes(request.api, options))
        }
      }),
    )
  })

  test('closes a request only when the next call of its API would break a limit', () => {
    fc.assert(
      fc.property(callListArbitrary, optionsArbitrary, (calls, options) => {
        const { requests } = toRequests(calls, options)
        for (const api of APIS) {
          const ofApi = byApi(requests, api)
          for (let i = 0; i + 1 < ofApi.length; i++) {
            const carried = decodeRequest(ofApi[i] as AmplitudeRequest)
            const next = decodeRequest(ofApi[i + 1] as AmplitudeRequest)[0] as AmplitudeCall
            const full = carried.length >= maxCalls(api, options)
            const tooBig = bytesOf(expectedBody(api, [...carried, next], options)) > maxBytes(api, options)
            expect(full || tooBig).toBe(true)
          }
        }
      }),
    )
  })

  test('finds nothing to report in calls Amplitude accepts', () => {
    fc.assert(
      fc.property(fc.array(validCallArbitrary, { maxLength: 20 }), (calls) => {
        expect(validateCalls(calls)).toEqual([])
        const { requests, issues } = toRequests(calls, { apiKey: 'KEY' })
        expect(issues).toEqual([])
        expect(requests.flatMap(decodeRequest)).toEqual(
          [...calls].sort((a, b) => APIS.indexOf(a.api) - APIS.indexOf(b.api)),
        )
      }),
    )
  })
})
