import { describe, expect, test } from 'vitest'
import { interpretResponse, type PlanItem } from './interpretResponse.js'
import { orderingKeys } from './orderingKeys.js'

const item = (payload: Record<string, string>): PlanItem => ({
  payload: { event_type: 'x', ...payload },
  keys: orderingKeys('event', payload),
})
const answer = (status: number, body: unknown = {}) =>
  ({ kind: 'answer', status, body: typeof body === 'string' ? body : JSON.stringify(body) }) as const
const four = [item({ device_id: 'd-1' }), item({ device_id: 'd-2' }), item({ device_id: 'd-3' }), item({ device_id: 'd-4' })]
const none = { delivered: [], rejected: [], resend: [], invalidApiKey: false }

describe('interpretResponse', () => {
  test('delivers everything on any 2xx', () => {
    expect(interpretResponse(answer(200, { code: 200 }), four)).toStrictEqual({ ...none, delivered: [0, 1, 2, 3], error: 'HTTP 200' })
  })

  test('backs off on 408, 5xx, network errors and timeouts', () => {
    for (const attempt of [answer(408), answer(500), answer(502), answer(503), answer(504), answer(599)]) {
      expect(interpretResponse(attempt, four).resend).toStrictEqual([{ indexes: [0, 1, 2, 3], wait: 'backoff' }])
    }
    expect(interpretResponse({ kind: 'network', error: 'network error: fetch failed' }, four)).toStrictEqual({
      ...none,
      resend: [{ indexes: [0, 1, 2, 3], wait: 'backoff' }],
      error: 'network error: fetch failed',
    })
    expect(interpretResponse({ kind: 'timeout', error: 'timeout: no answer within 5 ms' }, four).resend).toStrictEqual([
      { indexes: [0, 1, 2, 3], wait: 'backoff' },
    ])
  })

  test('splits a 413 in halves, the first half rounded up, and rejects a single call', () => {
    expect(interpretResponse(answer(413, { code: 413, error: 'Payload too large' }), four.slice(0, 3))).toStrictEqual({
      ...none,
      resend: [
        { indexes: [0, 1], wait: 'now' },
        { indexes: [2], wait: 'now' },
      ],
      error: 'Payload too large',
    })
    expect(interpretResponse(answer(413), four.slice(0, 1))).toStrictEqual({
      ...none,
      rejected: [{ index: 0, reason: 'payload_too_large' }],
      error: 'HTTP 413',
    })
  })

  test('rejects everything with the invalid key flag on "Invalid API key"', () => {
    const plan = interpretResponse(answer(400, { code: 400, error: 'Invalid API key: abc' }), four.slice(0, 2))
    expect(plan).toStrictEqual({
      ...none,
      rejected: [
        { index: 0, reason: 'invalid_api_key' },
        { index: 1, reason: 'invalid_api_key' },
      ],
      invalidApiKey: true,
      error: 'Invalid API key: abc',
    })
  })

  test('rejects everything on a request-level missing_field, naming the field', () => {
    const plan = interpretResponse(answer(400, { error: 'Request missing required field', missing_field: 'events' }), four.slice(0, 1))
    expect(plan.rejected).toStrictEqual([{ index: 0, reason: 'missing_field', field: 'events' }])
  })

  test('drops listed calls by index (first list wins) and resends the rest at once', () => {
    const body = {
      error: 'Invalid field values on some events',
      events_with_invalid_fields: { time: [2], user_id: [2] },
      events_with_missing_fields: { event_type: [0] },
      events_with_invalid_id_lengths: { device_id: [2, 9] },
      silenced_events: [3, -1, 1.5, '1'],
    }
    expect(interpretResponse(answer(400, body), four)).toStrictEqual({
      ...none,
      rejected: [
        { index: 0, reason: 'missing_fields', field: 'event_type' },
        { index: 2, reason: 'invalid_fields', field: 'time' },
        { index: 3, reason: 'silenced' },
      ],
      resend: [{ indexes: [1], wait: 'now' }],
      error: 'Invalid field values on some events',
    })
  })

  test('drops calls of silenced devices and of ids over the daily quota, given as lists or maps', () => {
    const items = [item({ device_id: 'd-1' }), item({ device_id: 'd-2', user_id: 'u-2' }), item({ device_id: 'd-3' })]
    const body = { silenced_devices: ['d-1'], exceeded_daily_quota_users: { 'u-2': 500001 } }
    expect(interpretResponse(answer(400, body), items)).toStrictEqual({
      ...none,
      rejected: [
        { index: 0, reason: 'silenced' },
        { index: 1, reason: 'daily_quota_exceeded' },
      ],
      resend: [{ indexes: [2], wait: 'now' }],
      error: 'HTTP 400',
    })
  })

  test('rejects a 400 that lists nothing as bad_request, with its text when it is not JSON', () => {
    expect(interpretResponse(answer(400, 'missing_event'), four.slice(0, 1))).toStrictEqual({
      ...none,
      rejected: [{ index: 0, reason: 'bad_request' }],
      error: 'missing_event',
    })
  })

  test('pauses throttled users, devices and events; the rest go now', () => {
    const items = [item({ device_id: 'd-1' }), item({ device_id: 'd-2', user_id: 'u-2' }), item({ device_id: 'd-3' }), item({ device_id: 'd-4' })]
    const body = { throttled_devices: { 'd-1': 31 }, throttled_users: { 'u-2': 40 }, throttled_events: [3, 17] }
    expect(interpretResponse(answer(429, body), items).resend).toStrictEqual([
      { indexes: [2], wait: 'now' },
      { indexes: [0, 1, 3], wait: 'throttle' },
    ])
  })

  test('pauses a call that shares any key with an earlier paused call', () => {
    const items = [
      item({ device_id: 'd-1', user_id: 'u-1' }),
      item({ device_id: 'd-2', user_id: 'u-1' }),
      item({ device_id: 'd-2' }),
      item({ device_id: 'd-3' }),
      item({ device_id: 'd-1' }),
    ]
    expect(interpretResponse(answer(429, { throttled_devices: { 'd-1': 31 } }), items).resend).toStrictEqual([
      { indexes: [3], wait: 'now' },
      { indexes: [0, 1, 2, 4], wait: 'throttle' },
    ])
  })

  test('lets an earlier call of a paused key go now: only later calls must wait', () => {
    const items = [item({ device_id: 'd-2', user_id: 'u-1' }), item({ device_id: 'd-1', user_id: 'u-1' })]
    expect(interpretResponse(answer(429, { throttled_devices: { 'd-1': 31 } }), items).resend).toStrictEqual([
      { indexes: [0], wait: 'now' },
      { indexes: [1], wait: 'throttle' },
    ])
  })

  test('backs off on a 429 that names nobody in the request', () => {
    expect(interpretResponse(answer(429, { throttled_devices: { elsewhere: 31 } }), four.slice(0, 2)).resend).toStrictEqual([
      { indexes: [0, 1], wait: 'backoff' },
    ])
  })

  test('rejects 403 as forbidden and other statuses as bad_request', () => {
    expect(interpretResponse(answer(403), four.slice(0, 1)).rejected).toStrictEqual([{ index: 0, reason: 'forbidden' }])
    for (const status of [301, 401, 404, 414, 422]) {
      expect(interpretResponse(answer(status), four.slice(0, 1)).rejected).toStrictEqual([{ index: 0, reason: 'bad_request' }])
    }
  })
})
