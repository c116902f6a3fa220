import { describe, expect, test } from 'vitest'
import type { AmplitudeCall } from '../models/amplitude/types.js'
import { decodeRequest } from './decodeRequest.js'
import { toRequests } from './toRequests.js'

describe('decodeRequest', () => {
  test('gives back the calls of every API, in order', () => {
    const calls: AmplitudeCall[] = [
      { api: 'identify', identification: { user_id: 'user-123', user_properties: { name: 'Zoë 😀 (née) +1' } } },
      { api: 'groupidentify', identification: { group_type: 'company', group_value: 'Acme & Co' } },
      { api: 'event', event: { event_type: 'A', user_id: 'user-123' } },
      { api: 'event', event: { event_type: 'B', device_id: 'device-1', event_properties: { 日本: ['~', "it's"] } } },
      { api: 'usermap', mapping: { user_id: 'anon-456', unmap: true } },
    ]
    const { requests } = toRequests(calls, { apiKey: 'KEY', minIdLength: 3 })
    expect(requests.map(decodeRequest)).toEqual([[calls[0]], [calls[1]], [calls[2], calls[3]], [calls[4]]])
  })

  test('reads a form body whose spaces are %20 rather than +', () => {
    const body = 'api_key=KEY&mapping=%5B%7B%22user_id%22%3A%22a%20b%22%2C%22unmap%22%3Atrue%7D%5D'
    expect(decodeRequest({ api: 'usermap', body })).toEqual([{ api: 'usermap', mapping: { user_id: 'a b', unmap: true } }])
  })

  test('throws a TypeError on a body toRequests would not write', () => {
    expect(() => decodeRequest({ api: 'event', body: '{"api_key":"KEY"}' })).toThrow(
      'segment-amplitude: cannot decode this event request: events is not a JSON array',
    )
    expect(() => decodeRequest({ api: 'identify', body: 'api_key=KEY' })).toThrow('the form body has no identification field')
    expect(() => decodeRequest({ api: 'usermap', body: 'mapping=%5B' })).toThrow(TypeError)
    expect(() => decodeRequest({ api: 'groupidentify', body: 'identification=%E0' })).toThrow(TypeError)
  })
})
