import { describe, expect, test } from 'vitest'
import type { AmplitudeCall } from '../models/amplitude/types.js'
import { decodeRequest } from './decodeRequest.js'
import { MAX_BODY_BYTES } from './limits.js'
import { toRequests } from './toRequests.js'

const event: AmplitudeCall = { api: 'event', event: { event_type: 'Signed Up', user_id: 'user-123', time: 1700000000000 } }
const identify: AmplitudeCall = { api: 'identify', identification: { user_id: 'user-123', user_properties: { plan: 'pro plan' } } }
const groupIdentify: AmplitudeCall = {
  api: 'groupidentify',
  identification: { group_type: 'company', group_value: 'Acme', group_properties: { $set: { employees: 100 } } },
}
const usermap: AmplitudeCall = { api: 'usermap', mapping: { user_id: 'anon-456', global_user_id: 'user-123' } }

const JSON_HEADERS = { 'content-type': 'application/json' }
const FORM_HEADERS = { 'content-type': 'application/x-www-form-urlencoded' }
const EVENT_BODY = '{"api_key":"KEY","events":[{"event_type":"Signed Up","user_id":"user-123","time":1700000000000}]}'
const IDENTIFY_BODY =
  'api_key=KEY&identification=%5B%7B%22user_id%22%3A%22user-123%22%2C%22user_properties%22%3A%7B%22plan%22%3A%22pro+plan%22%7D%7D%5D'
const GROUP_BODY =
  'api_key=KEY&identification=%5B%7B%22group_type%22%3A%22company%22%2C%22group_value%22%3A%22Acme%22%2C' +
  '%22group_properties%22%3A%7B%22%24set%22%3A%7B%22employees%22%3A100%7D%7D%7D%5D'
const USERMAP_BODY = 'api_key=KEY&mapping=%5B%7B%22user_id%22%3A%22anon-456%22%2C%22global_user_id%22%3A%22user-123%22%7D%5D'

function request(api: AmplitudeCall['api'], url: string, body: string, callCount = 1): unknown {
  return { method: 'POST', url, headers: api === 'event' ? JSON_HEADERS : FORM_HEADERS, body, callCount, api }
}

describe('toRequests', () => {
  test.each([
    ['us', 'https://api2.amplitude.com', 'https://api.amplitude.com'],
    ['eu', 'https://api.eu.amplitude.com', 'https://api.eu.amplitude.com'],
  ] as const)('sends each API to its %s endpoint, identifications first and mappings last', (region, host, usermapHost) => {
    expect(toRequests([event, usermap, groupIdentify, identify], { apiKey: 'KEY', region })).toStrictEqual({
      requests: [
        request('identify', `${host}/identify`, IDENTIFY_BODY),
        request('groupidentify', `${host}/groupidentify`, GROUP_BODY),
        request('event', `${host}/2/httpapi`, EVENT_BODY),
        request('usermap', `${usermapHost}/usermap`, USERMAP_BODY),
      ],
      issues: [],
    })
  })

  test('sends events to the Batch API of either region when useBatchEndpoint is set', () => {
    expect(toRequests([event], { apiKey: 'KEY', useBatchEndpoint: true }).requests).toStrictEqual([
      request('event', 'https://api2.amplitude.com/batch', EVENT_BODY),
    ])
    expect(toRequests([event], { apiKey: 'KEY', region: 'eu', useBatchEndpoint: true }).requests).toStrictEqual([
      request('event', 'https://api.eu.amplitude.com/batch', EVENT_BODY),
    ])
  })

  test('sends options.min_id_length only when minIdLength is not 5', () => {
    const short: AmplitudeCall = { api: 'event', event: { event_type: 'E', user_id: 'u1' } }
    expect(toRequests([short], { apiKey: 'KEY', minIdLength: 2 }).requests[0]?.body).toBe(
      '{"api_key":"KEY","events":[{"event_type":"E","user_id":"u1"}],"options":{"min_id_length":2}}',
    )
    expect(toRequests([event], { apiKey: 'KEY', minIdLength: 5 }).requests[0]?.body).toBe(EVENT_BODY)
  })

  test('encodes form bodies as URLSearchParams does: + for spaces, !\'()~ percent-encoded, * kept', () => {
    const odd: AmplitudeCall = { api: 'identify', identification: { user_id: "it's (a) ~test!*", country: 'a+b=c&d 100%' } }
    expect(toRequests([odd], { apiKey: 'K E+Y' }).requests[0]?.body).toBe(
      'api_key=K+E%2BY&identification=%5B%7B%22user_id%22%3A%22it%27s+%28a%29+%7Etest%21*%22%2C' +
        '%22country%22%3A%22a%2Bb%3Dc%26d+100%25%22%7D%5D',
    )
  })

  test('keeps order within each API and packs calls greedily up to maxEventsPerRequest', () => {
    const events = [1, 2, 3, 4, 5].map((n): AmplitudeCall => ({ api: 'event', event: { event_type: `E${n}`, user_id: 'user-123' } }))
    const { requests } = toRequests(events, { apiKey: 'KEY', maxEventsPerRequest: 2 })
    expect(requests.map((r) => r.callCount)).toEqual([2, 2, 1])
    expect(requests.flatMap(decodeRequest)).toEqual(events)
  })

  test('splits at 2,000 events, 2,000 identifications, 1,024 group identifications and 2,000 mappings', () => {
    const many = (call: AmplitudeCall, n: number): AmplitudeCall[] => Array.from({ length: n }, () => call)
    const calls = [...many(event, 2001), ...many(identify, 2001), ...many(groupIdentify, 1025), ...many(usermap, 2001)]
    const { requests, issues } = toRequests(calls, { apiKey: 'KEY' })
    expect(issues).toEqual([])
    expect(requests.map((r) => [r.api, r.callCount])).toEqual([
      ['identify', 2000],
      ['identify', 1],
      ['groupidentify', 1024],
      ['groupidentify', 1],
      ['event', 2000],
      ['event', 1],
      ['usermap', 2000],
      ['usermap', 1],
    ])
  })

  test('maxCallsPerRequest caps every API but never raises a limit', () => {
    const { requests } = toRequests([identify, identify, identify, usermap], { apiKey: 'KEY', maxCallsPerRequest: 2 })
    expect(requests.map((r) => [r.api, r.callCount])).toEqual([
      ['identify', 2],
      ['identify', 1],
      ['usermap', 1],
    ])
    const raised = toRequests(Array.from({ length: 1025 }, () => groupIdentify), { apiKey: 'KEY', maxCallsPerRequest: 5000 })
    expect(raised.requests.map((r) => r.callCount)).toEqual([1024, 1])
  })

  test('fills a body up to exactly maxBodyBytes and starts a new request past it', () => {
    const body = EVENT_BODY
    const twoEvents = body.replace(']}', `,${body.slice(body.indexOf('[') + 1, -2)}]}`)
    const calls = [event, event, event]
    const exact = toRequests(calls, { apiKey: 'KEY', maxBodyBytes: twoEvents.length })
    expect(exact.requests.map((r) => r.body)).toEqual([twoEvents, EVENT_BODY])
    const lessByOne = toRequests(calls, { apiKey: 'KEY', maxBodyBytes: twoEvents.length - 1 })
    expect(lessByOne.requests.map((r) => r.callCount)).toEqual([1, 1, 1])
  })

  test('measures bodies in UTF-8 bytes, not characters', () => {
    const emoji: AmplitudeCall = { api: 'event', event: { event_type: '😀日本', user_id: 'user-123' } }
    const single = '{"api_key":"KEY","events":[{"event_type":"😀日本","user_id":"user-123"}]}'
    // 😀 is 2 UTF-16 units but 4 bytes, each CJK character 1 unit but 3 bytes.
    expect(single.length).toBe(71)
    const bytes = 71 + 2 + 2 + 2
    expect(toRequests([emoji], { apiKey: 'KEY', maxBodyBytes: bytes }).requests.map((r) => r.body)).toEqual([single])
    expect(toRequests([emoji], { apiKey: 'KEY', maxBodyBytes: bytes - 1 }).issues.map((i) => i.code)).toEqual(['call_too_large'])
  })

  test('reports a single over-sized event as an error and still sends the events around it', () => {
    const big: AmplitudeCall = {
      api: 'event',
      event: { event_type: 'Big', user_id: 'user-123', event_properties: { blob: 'x'.repeat(MAX_BODY_BYTES) } },
    }
    const { requests, issues } = toRequests([event, big, event], { apiKey: 'KEY' })
    expect(requests).toStrictEqual([
      request('event', 'https://api2.amplitude.com/2/httpapi', EVENT_BODY.replace(']}', `,${EVENT_BODY.slice(27, -2)}]}`), 2),
    ])
    expect(issues).toStrictEqual([
      {
        severity: 'warning',
        code: 'string_too_long',
        path: '[1].event.event_properties.blob',
        message: 'a string of 1000000 characters; Amplitude keeps the first 1024',
      },
      {
        severity: 'error',
        code: 'call_too_large',
        path: '[1]',
        message:
          'the event is 1,000,072 bytes encoded, too large for one request to https://api2.amplitude.com/2/httpapi ' +
          '(at most 1,000,000 bytes with the envelope); it was not sent',
      },
    ])
  })

  test('sends the same over-sized event through the Batch API, whose limit is 20 MB', () => {
    const big: AmplitudeCall = { api: 'event', event: { event_type: 'Big', user_id: 'user-123', event_properties: { blob: 'x'.repeat(999_990) } } }
    const { requests, issues } = toRequests([event, big], { apiKey: 'KEY', useBatchEndpoint: true })
    expect(requests.map((r) => r.callCount)).toEqual([2])
    expect(issues.map((i) => i.code)).toEqual(['string_too_long'])
  })

  test('leaves out calls with errors, sends calls with warnings, and reports both in call order', () => {
    const shortUser: AmplitudeCall = { api: 'event', event: { event_type: 'E', user_id: 'abc', device_id: 'device-1' } }
    const nullUser: AmplitudeCall = { api: 'event', event: { event_type: 'E', user_id: 'NULL' } }
    const { requests, issues } = toRequests([nullUser, shortUser, event], { apiKey: 'KEY' })
    expect(requests.flatMap(decodeRequest)).toEqual([shortUser, event])
    expect(issues.map((i) => [i.severity, i.code, i.path])).toEqual([
      ['error', 'invalid_id', '[0].event.user_id'],
      ['warning', 'short_id', '[1].event.user_id'],
    ])
  })

  test('reports a call JSON cannot serialise instead of throwing', () => {
    const bigint = { api: 'event', event: { event_type: 'E', user_id: 'user-123', event_properties: { n: 1n } } } as unknown as AmplitudeCall
    const { requests, issues } = toRequests([bigint, event], { apiKey: 'KEY' })
    expect(requests.map((r) => r.body)).toEqual([EVENT_BODY])
    expect(issues.map((i) => [i.code, i.path])).toEqual([['unserializable_call', '[0]']])
  })

  test('writes -0 as 0, as JSON does, without an issue', () => {
    const negativeZero: AmplitudeCall = { api: 'event', event: { event_type: 'E', user_id: 'user-123', event_properties: { x: -0 } } }
    const { requests, issues } = toRequests([negativeZero], { apiKey: 'KEY' })
    expect(requests.map((r) => r.body)).toEqual(['{"api_key":"KEY","events":[{"event_type":"E","user_id":"user-123","event_properties":{"x":0}}]}'])
    expect(issues).toEqual([])
  })

  test('returns no requests for no calls', () => {
    expect(toRequests([], { apiKey: 'KEY' })).toStrictEqual({ requests: [], issues: [] })
  })

  test('throws on invalid options, a programmer\'s error', () => {
    expect(() => toRequests([], { apiKey: '' })).toThrow(TypeError)
    expect(() => toRequests([], { apiKey: 'KEY', region: 'asia' as 'us' })).toThrow("region must be 'us' or 'eu'")
    expect(() => toRequests([], { apiKey: 'KEY', minIdLength: 0 })).toThrow('minIdLength must be a positive integer')
    expect(() => toRequests([], { apiKey: 'KEY', maxEventsPerRequest: 1.5 })).toThrow('maxEventsPerRequest')
    expect(() => toRequests([], { apiKey: 'KEY', maxBodyBytes: -1 })).toThrow('maxBodyBytes')
  })
})
