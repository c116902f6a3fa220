import { describe, expect, test } from 'vitest'
import type { AmplitudeRequest } from '../requests/types.js'
import { decodeBatch } from './decodeBatch.js'
import { encodeBatch } from './encodeBatch.js'

const jsonRequest = (body: string, callCount: number): AmplitudeRequest => ({
  method: 'POST',
  url: 'https://api2.amplitude.com/2/httpapi',
  headers: { 'content-type': 'application/json' },
  body,
  callCount,
  api: 'event',
})
const formRequest = (api: 'identify' | 'groupidentify' | 'usermap', body: string, callCount: number): AmplitudeRequest => ({
  method: 'POST',
  url: `https://api2.amplitude.com/${api}`,
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body,
  callCount,
  api,
})

describe('decodeBatch and encodeBatch', () => {
  test('reads a JSON body into calls with their positions and ordering keys', () => {
    const body = '{"api_key":"KEY","events":[{"event_type":"a","user_id":"user-1"},{"event_type":"b","device_id":"dev-1"}],"options":{"min_id_length":3}}'
    const { batch, items } = decodeBatch(jsonRequest(body, 2), 4, 10)
    expect(batch.apiKey).toBe('KEY')
    expect(items).toStrictEqual([
      {
        call: { api: 'event', event: { event_type: 'a', user_id: 'user-1' } },
        payload: { event_type: 'a', user_id: 'user-1' },
        requestIndex: 4,
        callIndex: 0,
        sequence: 10,
        keys: ['user:user-1'],
      },
      {
        call: { api: 'event', event: { event_type: 'b', device_id: 'dev-1' } },
        payload: { event_type: 'b', device_id: 'dev-1' },
        requestIndex: 4,
        callIndex: 1,
        sequence: 11,
        keys: ['device:dev-1'],
      },
    ])
    expect(encodeBatch(batch, items)).toBe(body)
    expect(encodeBatch(batch, items.slice(1))).toBe(
      '{"api_key":"KEY","events":[{"event_type":"b","device_id":"dev-1"}],"options":{"min_id_length":3}}',
    )
  })

  test('reads form bodies of the three form APIs and re-encodes a subset with the same fields', () => {
    const identify = decodeBatch(formRequest('identify', `api_key=K%26Y&identification=${encodeURIComponent('[{"user_id":"u-1"},{"device_id":"d-1"}]')}`, 2), 0, 0)
    expect(identify.batch.apiKey).toBe('K&Y')
    expect(identify.items.map((i) => [i.call, i.keys])).toStrictEqual([
      [{ api: 'identify', identification: { user_id: 'u-1' } }, ['user:u-1']],
      [{ api: 'identify', identification: { device_id: 'd-1' } }, ['device:d-1']],
    ])
    const subset = new URLSearchParams(encodeBatch(identify.batch, identify.items.slice(1)))
    expect([...subset]).toStrictEqual([
      ['api_key', 'K&Y'],
      ['identification', '[{"device_id":"d-1"}]'],
    ])

    const group = decodeBatch(formRequest('groupidentify', `api_key=K&identification=${encodeURIComponent('{"group_type":"org","group_value":"Acme"}')}`, 1), 0, 0)
    expect(group.items.map((i) => [i.call, i.keys])).toStrictEqual([
      [{ api: 'groupidentify', identification: { group_type: 'org', group_value: 'Acme' } }, ['group:org\u0000Acme']],
    ])

    const map = decodeBatch(formRequest('usermap', `api_key=K&mapping=${encodeURIComponent('[{"user_id":"a-1","global_user_id":"g-1"}]')}`, 1), 0, 0)
    expect(map.items.map((i) => [i.call, i.keys])).toStrictEqual([
      [{ api: 'usermap', mapping: { user_id: 'a-1', global_user_id: 'g-1' } }, ['user:a-1', 'user:g-1']],
    ])
  })

  test('throws a TypeError naming the request, never quoting the body with its key', () => {
    const cases: [AmplitudeRequest, string][] = [
      [jsonRequest('{"api_key":"SECRET-KEY"', 1), 'deliver: request 3 (event) has a body that is not JSON'],
      [jsonRequest('{"api_key":"SECRET-KEY"}', 1), 'deliver: request 3 (event) has no `events` array'],
      [jsonRequest('{"api_key":"SECRET-KEY","events":[{}]}', 2), 'deliver: request 3 (event) says callCount 2 but its body holds 1 calls'],
      [jsonRequest('{"api_key":"SECRET-KEY","events":[3]}', 1), 'deliver: request 3 (event) has call 0 that is not a JSON object'],
      [formRequest('usermap', 'api_key=SECRET-KEY', 1), 'deliver: request 3 (usermap) has no `mapping` field'],
      [formRequest('identify', 'api_key=SECRET-KEY&identification=%7B', 1), 'deliver: request 3 (identify) has a `identification` that is not JSON'],
    ]
    for (const [request, message] of cases) {
      expect(() => decodeBatch(request, 3, 0)).toThrow(new TypeError(message))
    }
  })
})
