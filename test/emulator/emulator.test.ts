import { afterAll, beforeAll, expect, test } from 'vitest'
import { startEmulator, type Emulator } from './startEmulator.js'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ apiKeys: ['key-1'] })
})
afterAll(async () => {
  await emulator.close()
})

async function post(path: string, body: string, contentType = 'application/json'): Promise<[number, unknown]> {
  const response = await fetch(`${emulator.url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body })
  const text = await response.text()
  return [response.status, contentType === 'application/json' || text.startsWith('{') ? JSON.parse(text) : text]
}
const form = (fields: Record<string, string>): string => new URLSearchParams(fields).toString()

test('answers 200 with Amplitude\'s success summary and ingests the events', async () => {
  const body = JSON.stringify({ api_key: 'key-1', events: [{ event_type: 'a', user_id: 'user-1' }] })
  const [status, answer] = await post('/2/httpapi', body)
  expect(status).toBe(200)
  expect(answer).toMatchObject({ code: 200, events_ingested: 1, payload_size_bytes: body.length })
  expect(emulator.ingested.at(-1)).toEqual({ api: 'event', payload: { event_type: 'a', user_id: 'user-1' }, requestIndex: 0, ambiguous: false })
})

test('lists invalid, missing and short fields by event index, honouring min_id_length', async () => {
  const events = [
    { event_type: 'ok', device_id: 'abc' },
    { event_type: 'ok', device_id: 'ab' },
    { event_type: '', user_id: 'undefined' },
    { event_type: '[Amplitude] Revenue', user_id: 'user-1', time: 1.5 },
    { event_type: 'no ids' },
  ]
  const [status, answer] = await post('/2/httpapi', JSON.stringify({ api_key: 'key-1', events, options: { min_id_length: 3 } }))
  expect([status, answer]).toEqual([
    400,
    {
      code: 400,
      error: 'Invalid field values on some events',
      events_with_invalid_fields: { user_id: [2], event_type: [3], time: [3] },
      events_with_missing_fields: { event_type: [2], device_id: [4] },
      events_with_invalid_id_lengths: { device_id: [1] },
    },
  ])
})

test('refuses requests the way Amplitude does before looking at events', async () => {
  expect(await post('/2/httpapi', JSON.stringify({ events: [] }))).toEqual([
    400,
    { code: 400, error: 'Request missing required field', missing_field: 'api_key' },
  ])
  expect(await post('/2/httpapi', JSON.stringify({ api_key: 'nope', events: [] }))).toEqual([400, { code: 400, error: 'Invalid API key: nope' }])
  expect(await post('/2/httpapi', JSON.stringify({ api_key: 'key-1' }))).toEqual([
    400,
    { code: 400, error: 'Request missing required field', missing_field: 'events' },
  ])
  expect(await post('/2/httpapi', '{"api_key":')).toEqual([400, { code: 400, error: 'Invalid JSON request body' }])
  expect(await post('/2/httpapi', '{}', 'text/plain')).toEqual([
    400,
    { code: 400, error: 'Invalid request: Content-Type must be application/json' },
  ])
  const many = Array.from({ length: 2_001 }, () => ({ event_type: 'a', user_id: 'user-1' }))
  expect(await post('/2/httpapi', JSON.stringify({ api_key: 'key-1', events: many }))).toEqual([413, { code: 413, error: 'Payload too large' }])
  const big = JSON.stringify({ api_key: 'key-1', events: [{ event_type: 'a', user_id: 'user-1', event_properties: { x: 'y'.repeat(1_000_000) } }] })
  expect((await post('/2/httpapi', big))[0]).toBe(413)
  expect((await post('/batch', big))[0]).toBe(200)
})

test('judges the form APIs with their own error texts', async () => {
  const url = 'application/x-www-form-urlencoded'
  expect(await post('/identify', form({ api_key: 'key-1', identification: '[{"user_id":"user-1"}]' }), url)).toEqual([200, 'success'])
  expect(await post('/identify', form({ api_key: 'key-1' }), url)).toEqual([400, { code: 400, error: 'missing_event' }])
  expect(await post('/identify', form({ api_key: 'key-1', identification: '[{"user_properties":{}}]' }), url)).toEqual([
    400,
    { code: 400, error: 'missing user_id or device_id' },
  ])
  expect(await post('/groupidentify', form({ api_key: 'key-1', identification: '{"group_type":"org"}' }), url)).toEqual([
    400,
    { code: 400, error: 'Missing group_value' },
  ])
  expect(await post('/usermap', form({ api_key: 'key-1', mapping: '[{"user_id":"a-1","unmap":true}]' }), url)).toEqual([200, 'success'])
  expect(await post('/usermap', form({ api_key: 'key-1', mapping: '[{"user_id":"a-1"}]' }), url)).toEqual([
    400,
    { code: 400, error: 'Missing global_user_id' },
  ])
})

test('follows its fault schedule by request index, then behaves', async () => {
  const first = emulator.received.length
  emulator.setFaults((request) =>
    request.index === first ? { kind: 'throttle', devices: ['device-1'], quotaUsers: ['user-9'] } : undefined,
  )
  const body = JSON.stringify({ api_key: 'key-1', events: [{ event_type: 'a', device_id: 'device-1' }] })
  expect(await post('/2/httpapi', body)).toEqual([
    429,
    {
      code: 429,
      error: 'Too many requests for some devices and users',
      eps_threshold: 30,
      throttled_users: {},
      throttled_devices: { 'device-1': 31 },
      throttled_events: [],
      exceeded_daily_quota_users: { 'user-9': 500_001 },
      exceeded_daily_quota_devices: {},
    },
  ])
  expect((await post('/2/httpapi', body))[0]).toBe(200)
  emulator.setFaults([])
})
