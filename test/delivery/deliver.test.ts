import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { deliver } from '../../src/delivery/index.js'
import type { DeliveryOptions, DeliveryProgress } from '../../src/delivery/index.js'
import { startEmulator, type Emulator } from '../emulator/startEmulator.js'
import { event, eventRequest, formRequest, instantSleep, KEY } from './fixtures.js'

let emulator: Emulator
beforeEach(async () => {
  emulator = await startEmulator()
})
afterEach(async () => {
  await emulator.close()
})

/** Options pointing at the emulator, never waiting. */
function local(extra: DeliveryOptions = {}): DeliveryOptions & { waits: number[] } {
  const { sleep, waits } = instantSleep()
  return { endpoint: emulator.url, sleep, waits, ...extra }
}

const ingestedPayloads = (): unknown[] => emulator.ingested.map((call) => call.payload)

describe('200', () => {
  test('delivers every call of every API at its real path and the emulator ingests exactly them', async () => {
    const events = [event(1, 'device-A'), event(2, 'device-B')]
    const identification = { user_id: 'user-123', user_properties: { plan: 'pro' } }
    const group = { group_type: 'company', group_value: 'Acme', group_properties: { employees: 100 } }
    const mapping = { user_id: 'anon-1234', global_user_id: 'user-123' }
    const report = await deliver(
      [
        eventRequest(events),
        formRequest('identify', [identification]),
        formRequest('groupidentify', [group]),
        formRequest('usermap', [mapping]),
        eventRequest([event(3, 'device-C')], { batch: true }),
      ],
      local({ concurrency: 1 }),
    )
    expect(report).toStrictEqual({ total: 6, delivered: 6, rejected: [], retries: 0, requests: 5 })
    expect(emulator.received.map((r) => [r.path, r.status])).toEqual([
      ['/2/httpapi', 200],
      ['/identify', 200],
      ['/groupidentify', 200],
      ['/usermap', 200],
      ['/batch', 200],
    ])
    expect(ingestedPayloads()).toEqual([...events, identification, group, mapping, event(3, 'device-C')])
  })

  test('keeps api_key and options when it resends part of a request', async () => {
    await deliver([eventRequest([event(1, 'dev'), event(2, 'device-B')], { minIdLength: 3 })], local())
    expect(emulator.received.map((r) => [r.minIdLength, r.items?.length])).toEqual([[3, 2]])
    emulator.setFaults([undefined, { kind: 'tooLarge' }])
    await deliver([eventRequest([event(3, 'dev'), event(4, 'device-B')], { minIdLength: 3 })], local())
    expect(emulator.received.slice(1).map((r) => [r.apiKey, r.minIdLength, r.items?.length])).toEqual([
      [KEY, 3, 2],
      [KEY, 3, 1],
      [KEY, 3, 1],
    ])
  })

  test('sends nothing and reports nothing for no calls', async () => {
    const report = await deliver([eventRequest([])], local())
    expect(report).toStrictEqual({ total: 0, delivered: 0, rejected: [], retries: 0, requests: 0 })
    expect(emulator.received).toEqual([])
  })
})

describe('400', () => {
  test('drops exactly the events Amplitude lists, with their reason and field, and resends the rest', async () => {
    const events = [
      event(1, 'device-A'),
      event(2, 'dev'), // shorter than min_id_length 5
      event(3, 'device-A', { user_id: 'null' }), // an invalid id value
      { device_id: 'device-A', insert_id: 'insert-4' }, // no event_type
      event(5, 'device-A'),
    ]
    const report = await deliver([eventRequest(events)], local())
    const error = 'Invalid field values on some events'
    expect(report).toStrictEqual({
      total: 5,
      delivered: 2,
      rejected: [
        { call: { api: 'event', event: events[1] }, reason: 'invalid_id_length', field: 'device_id', status: 400, error, requestIndex: 0, callIndex: 1 },
        { call: { api: 'event', event: events[2] }, reason: 'invalid_fields', field: 'user_id', status: 400, error, requestIndex: 0, callIndex: 2 },
        { call: { api: 'event', event: events[3] }, reason: 'missing_fields', field: 'event_type', status: 400, error, requestIndex: 0, callIndex: 3 },
      ],
      retries: 0,
      requests: 2,
    })
    expect(emulator.received.map((r) => r.status)).toEqual([400, 200])
    expect(ingestedPayloads()).toEqual([events[0], events[4]])
  })

  test('rejects silenced events and resends the rest', async () => {
    emulator.setFaults([{ kind: 'invalid', silencedEvents: [0, 2] }])
    const events = [event(1, 'device-A'), event(2, 'device-B'), event(3, 'device-C')]
    const report = await deliver([eventRequest(events)], local())
    expect(report.rejected.map((r) => [r.callIndex, r.reason, r.status])).toEqual([
      [0, 'silenced', 400],
      [2, 'silenced', 400],
    ])
    expect(ingestedPayloads()).toEqual([events[1]])
  })

  test('ignores listed indexes that are not in the request', async () => {
    emulator.setFaults([{ kind: 'invalid', invalidFields: { time: [1, 7] } }])
    const events = [event(1, 'device-A'), event(2, 'device-B')]
    const report = await deliver([eventRequest(events)], local())
    expect(report.rejected.map((r) => [r.callIndex, r.reason, r.field])).toEqual([[1, 'invalid_fields', 'time']])
    expect(report.delivered).toBe(1)
  })

  test('rejects the whole request at once on a request-level missing_field', async () => {
    const request = eventRequest([event(1, 'device-A'), event(2, 'device-B')], { apiKey: '' })
    const report = await deliver([request], local())
    expect(report.rejected.map((r) => [r.callIndex, r.reason, r.field, r.status, r.error])).toEqual([
      [0, 'missing_field', 'api_key', 400, 'Request missing required field'],
      [1, 'missing_field', 'api_key', 400, 'Request missing required field'],
    ])
    expect(report.requests).toBe(1)
  })

  test('rejects every call of an invalid API key after one request, and never reveals the key', async () => {
    const secret = 'sk-DISTINCTIVE-0xC0FFEE-secret'
    const progress: DeliveryProgress[] = []
    const report = await deliver(
      [
        eventRequest([event(1, 'device-A'), event(2, 'device-B')], { apiKey: secret }),
        formRequest('identify', [{ user_id: 'user-123' }], secret),
        eventRequest([event(3, 'device-C')], { apiKey: secret }),
      ],
      local({ concurrency: 1, onProgress: (p) => progress.push(p) }),
    )
    expect(report.delivered).toBe(0)
    expect(report.requests).toBe(1)
    expect(report.rejected.map((r) => [r.requestIndex, r.callIndex, r.reason, r.status, r.error])).toEqual([
      [0, 0, 'invalid_api_key', 400, 'Invalid API key: ***'],
      [0, 1, 'invalid_api_key', 400, 'Invalid API key: ***'],
      [1, 0, 'invalid_api_key', 400, 'Invalid API key: ***'],
      [2, 0, 'invalid_api_key', 400, 'Invalid API key: ***'],
    ])
    expect(emulator.received[0]?.body).toContain(secret) // the emulator did echo it
    expect(JSON.stringify(report)).not.toContain(secret)
    expect(JSON.stringify(progress)).not.toContain(secret)
    expect(progress.at(-1)).toEqual({ total: 4, delivered: 0, rejected: 4, pending: 0, retries: 0, requests: 1 })
  })

  test('redacts the key from any error text, not only invalid-key answers', async () => {
    const secret = 'emulator-key'
    emulator.setFaults([{ kind: 'status', status: 503, body: { error: `overloaded for ${secret}` } }])
    const report = await deliver([eventRequest([event(1, 'device-A')], { apiKey: secret })], local({ maxRetries: 0 }))
    expect(report.rejected.map((r) => [r.reason, r.status, r.error])).toEqual([['exhausted', 503, 'overloaded for ***']])
  })

  test('rejects a whole form request Amplitude refuses with an error text (bad_request)', async () => {
    const groups = [
      { group_type: 'company', group_value: 'Acme' },
      { group_type: 'company', group_value: '' },
    ]
    const report = await deliver([formRequest('groupidentify', groups)], local())
    expect(report.rejected.map((r) => [r.call, r.reason, r.status, r.error])).toEqual([
      [{ api: 'groupidentify', identification: groups[0] }, 'bad_request', 400, 'Missing group_value'],
      [{ api: 'groupidentify', identification: groups[1] }, 'bad_request', 400, 'Missing group_value'],
    ])
    expect(report.requests).toBe(1)
  })

  test('rejects an event request answered 400 without any list (bad_request), not retried', async () => {
    emulator.setFaults([{ kind: 'status', status: 400, body: { error: 'Invalid event JSON' } }])
    const report = await deliver([eventRequest([event(1, 'device-A')])], local())
    expect(report.rejected.map((r) => [r.reason, r.status, r.error])).toEqual([['bad_request', 400, 'Invalid event JSON']])
    expect(report.requests).toBe(1)
  })
})

describe('413', () => {
  test('splits the request in halves until the pieces fit', async () => {
    emulator.setFaults([{ kind: 'tooLarge' }, { kind: 'tooLarge' }])
    const events = [1, 2, 3, 4, 5].map((n) => event(n, `device-${n}`))
    const report = await deliver([eventRequest(events)], local({ concurrency: 1 }))
    expect(report).toStrictEqual({ total: 5, delivered: 5, rejected: [], retries: 0, requests: 5 })
    expect(emulator.received.map((r) => [r.items?.length, r.status])).toEqual([
      [5, 413],
      [3, 413],
      [2, 200],
      [1, 200],
      [2, 200],
    ])
    expect(ingestedPayloads()).toEqual(events)
  })

  test('rejects a single call that is still too large (payload_too_large), and delivers its neighbours', async () => {
    const huge = event(2, 'device-B', { event_properties: { blob: 'x'.repeat(1_000_001) } })
    const events = [event(1, 'device-A'), huge, event(3, 'device-C'), event(4, 'device-D')]
    const report = await deliver([eventRequest(events)], local({ concurrency: 1 }))
    expect(report.rejected).toStrictEqual([
      { call: { api: 'event', event: huge }, reason: 'payload_too_large', status: 413, error: 'Payload too large', requestIndex: 0, callIndex: 1 },
    ])
    expect(report.delivered).toBe(3)
    expect(ingestedPayloads()).toEqual([events[0], events[2], events[3]])
  })

  test('splits at more than 2,000 events', async () => {
    const events = Array.from({ length: 2_001 }, (_, n) => event(n, `device-${n}`))
    const report = await deliver([eventRequest(events)], local())
    expect(report.delivered).toBe(2_001)
    expect(emulator.received.map((r) => [r.items?.length, r.status])).toEqual([
      [2_001, 413],
      [1_001, 200],
      [1_000, 200],
    ])
  })
})

describe('429', () => {
  test('pauses only the throttled devices and users; the others go again at once', async () => {
    emulator.setFaults([{ kind: 'throttle', devices: ['device-A'], users: ['user-throttled'] }])
    const events = [
      event(1, 'device-A'),
      event(2, 'device-B'),
      event(3, 'device-C', { user_id: 'user-throttled' }),
      event(4, 'device-A'),
      event(5, 'device-D'),
    ]
    const options = local({ throttleDelayMs: 30_000 })
    const report = await deliver([eventRequest(events)], options)
    expect(report).toStrictEqual({ total: 5, delivered: 5, rejected: [], retries: 1, requests: 3 })
    expect(options.waits).toEqual([30_000])
    expect(emulator.received.map((r) => [r.items?.map((e) => (e as { insert_id: string }).insert_id), r.status])).toEqual([
      [['insert-1', 'insert-2', 'insert-3', 'insert-4', 'insert-5'], 429],
      [['insert-2', 'insert-5'], 200],
      [['insert-1', 'insert-3', 'insert-4'], 200],
    ])
  })

  test('pauses a call that shares a user with a paused call, so it cannot overtake it', async () => {
    emulator.setFaults([{ kind: 'throttle', devices: ['device-A'] }])
    const events = [event(1, 'device-A', { user_id: 'user-12345' }), event(2, 'device-B', { user_id: 'user-12345' }), event(3, 'device-C')]
    await deliver([eventRequest(events)], local())
    expect(emulator.received.map((r) => r.items?.length)).toEqual([3, 1, 2])
    expect(ingestedPayloads()).toEqual([events[2], events[0], events[1]])
  })

  test('rejects the calls of users and devices over their daily quota', async () => {
    emulator.setFaults([{ kind: 'throttle', quotaUsers: ['user-spammy'], quotaDevices: ['device-spammy'] }])
    const events = [event(1, 'device-A', { user_id: 'user-spammy' }), event(2, 'device-spammy'), event(3, 'device-C')]
    const report = await deliver([eventRequest(events)], local())
    expect(report.rejected.map((r) => [r.callIndex, r.reason, r.status, r.error])).toEqual([
      [0, 'daily_quota_exceeded', 429, 'Too many requests for some devices and users'],
      [1, 'daily_quota_exceeded', 429, 'Too many requests for some devices and users'],
    ])
    expect(ingestedPayloads()).toEqual([events[2]])
  })

  test('backs off on a 429 that names nobody (the form APIs)', async () => {
    emulator.setFaults([{ kind: 'status', status: 429, body: { error: 'Too many requests' } }])
    const options = local()
    const report = await deliver([formRequest('identify', [{ user_id: 'user-123' }])], options)
    expect(report).toStrictEqual({ total: 1, delivered: 1, rejected: [], retries: 1, requests: 2 })
    expect(options.waits).toEqual([1_000])
  })

  test('rejects throttled calls as exhausted once the retries are used up', async () => {
    emulator.setFaults(() => ({ kind: 'throttle', devices: ['device-A'] }))
    const report = await deliver([eventRequest([event(1, 'device-A')])], local({ maxRetries: 2 }))
    expect(report.rejected.map((r) => [r.reason, r.status])).toEqual([['exhausted', 429]])
    expect(report.requests).toBe(3)
  })
})

describe('5xx, 408, network errors and timeouts', () => {
  test('retries 500, 502, 503, 504 and 408 with a growing backoff, then delivers', async () => {
    emulator.setFaults([500, 502, 503, 504, 408].map((status) => ({ kind: 'status', status })))
    const options = local()
    const report = await deliver([eventRequest([event(1, 'device-A')])], options)
    expect(report).toStrictEqual({ total: 1, delivered: 1, rejected: [], retries: 5, requests: 6 })
    expect(options.waits).toEqual([1_000, 2_000, 3_000, 4_000, 5_000])
  })

  test('caps the backoff at maxBackoffMs', async () => {
    emulator.setFaults([503, 503, 503].map((status) => ({ kind: 'status', status })))
    const options = local({ backoffMs: 400, maxBackoffMs: 1_000 })
    await deliver([eventRequest([event(1, 'device-A')])], options)
    expect(options.waits).toEqual([400, 800, 1_000])
  })

  test('rejects as exhausted with the last status once maxRetries is used up', async () => {
    emulator.setFaults(() => ({ kind: 'status', status: 503 }))
    const report = await deliver([eventRequest([event(1, 'device-A'), event(2, 'device-B')])], local({ maxRetries: 2 }))
    expect(report.rejected.map((r) => [r.callIndex, r.reason, r.status, r.error])).toEqual([
      [0, 'exhausted', 503, 'Internal server error'],
      [1, 'exhausted', 503, 'Internal server error'],
    ])
    expect(report.requests).toBe(3)
    expect(report.retries).toBe(2)
  })

  test('a call retried after an ambiguous 500 arrives twice with the same insert_id and counts once', async () => {
    emulator.setFaults([{ kind: 'status', status: 500, ingest: true }])
    const report = await deliver([eventRequest([event(1, 'device-A')])], local())
    expect(report.delivered).toBe(1)
    expect(emulator.ingested.map((c) => [c.payload['insert_id'], c.ambiguous])).toEqual([
      ['insert-1', true],
      ['insert-1', false],
    ])
  })

  test('retries a dropped connection', async () => {
    emulator.setFaults([{ kind: 'drop' }])
    const report = await deliver([eventRequest([event(1, 'device-A')])], local())
    expect(report).toStrictEqual({ total: 1, delivered: 1, rejected: [], retries: 1, requests: 2 })
    expect(emulator.received.map((r) => r.status)).toEqual([0, 200])
  })

  test('rejects a dropped connection as exhausted with status 0 and the network error', async () => {
    emulator.setFaults(() => ({ kind: 'drop' }))
    const report = await deliver([eventRequest([event(1, 'device-A')])], local({ maxRetries: 1 }))
    expect(report.rejected.map((r) => [r.reason, r.status])).toEqual([['exhausted', 0]])
    expect(report.rejected[0]?.error).toMatch(/^network error: /)
  })

  test('aborts an answer slower than timeoutMs and retries it', async () => {
    emulator.setFaults([{ kind: 'slow', delayMs: 2_000 }])
    const report = await deliver([eventRequest([event(1, 'device-A')])], local({ timeoutMs: 50 }))
    expect(report).toStrictEqual({ total: 1, delivered: 1, rejected: [], retries: 1, requests: 2 })
  })

  test('rejects a call that always times out as exhausted with status 0', async () => {
    emulator.setFaults(() => ({ kind: 'slow', delayMs: 2_000 }))
    const report = await deliver([eventRequest([event(1, 'device-A')])], local({ timeoutMs: 30, maxRetries: 0 }))
    expect(report.rejected.map((r) => [r.reason, r.status, r.error])).toEqual([
      ['exhausted', 0, 'timeout: no answer within 30 ms'],
    ])
  })

  test('treats a refused connection as a network error', async () => {
    const closed = emulator.url
    await emulator.close()
    emulator = await startEmulator()
    const report = await deliver([eventRequest([event(1, 'device-A')])], { ...local({ maxRetries: 0 }), endpoint: closed })
    expect(report.rejected.map((r) => [r.reason, r.status])).toEqual([['exhausted', 0]])
    expect(report.rejected[0]?.error).toMatch(/^network error: /)
  })
})

describe('403 and other statuses', () => {
  test('rejects a 403 as forbidden without retrying', async () => {
    emulator.setFaults([{ kind: 'status', status: 403 }])
    const report = await deliver([eventRequest([event(1, 'device-A')])], local())
    expect(report.rejected.map((r) => [r.reason, r.status, r.error])).toEqual([
      ['forbidden', 403, 'Forbidden: request blocked by security filter'],
    ])
    expect(report.requests).toBe(1)
  })

  test('rejects an unknown path (404) as bad_request', async () => {
    const request = { ...eventRequest([event(1, 'device-A')]), url: 'https://api2.amplitude.com/3/nope' }
    const report = await deliver([request], local())
    expect(report.rejected.map((r) => [r.reason, r.status, r.error])).toEqual([['bad_request', 404, 'Invalid request path']])
  })
})

describe('progress', () => {
  test('reports counts after every answer, ending with nothing pending', async () => {
    emulator.setFaults([{ kind: 'status', status: 503 }])
    const progress: DeliveryProgress[] = []
    await deliver(
      [eventRequest([event(1, 'device-A')]), eventRequest([event(2, 'device-A'), event(3, 'dev')])],
      local({ concurrency: 1, onProgress: (p) => progress.push(p) }),
    )
    expect(progress).toEqual([
      { total: 3, delivered: 0, rejected: 0, pending: 3, retries: 0, requests: 0 },
      { total: 3, delivered: 0, rejected: 0, pending: 3, retries: 1, requests: 1 },
      { total: 3, delivered: 1, rejected: 0, pending: 2, retries: 1, requests: 2 },
      { total: 3, delivered: 1, rejected: 1, pending: 1, retries: 1, requests: 3 },
      { total: 3, delivered: 2, rejected: 1, pending: 0, retries: 1, requests: 4 },
    ])
  })
})
