import { describe, expect, test } from 'vitest'
import { toRequests } from '../../src/requests/toRequests.js'
import { actions, codes, sent } from './actions.js'

// Each deliberate difference from Segment's Amplitude (Actions) destination, as listed in
// conformance/deviations.mjs and explained in docs/decisions/actions-profile.md (section 2), and
// each message Segment rejects outright, which we send without the offending field and a warning.



describe('deliberate deviation ids-read-per-spec-2', () => {
  test('leaves out a whitespace-only userId, which Segment sends as it is', () => {
    expect(actions({ type: 'track', event: 'E', userId: '  ', anonymousId: 'anon-456' })).toStrictEqual(sent({ api: 'event', event: { device_id: 'anon-456', event_type: 'E' } }))
  })

  test('leaves out a null userId, which Segment sends as "user_id": null', () => {
    expect(actions({ type: 'identify', userId: null, anonymousId: 'anon-456' })).toStrictEqual(sent({ api: 'identify', identification: { device_id: 'anon-456', library: 'segment' } }))
  })

  test('falls back to anonymousId when context.device.id is "", where Segment sends no device_id at all', () => {
    expect(actions({ type: 'track', event: 'E', userId: 'user-123', anonymousId: 'anon-456', context: { device: { id: '' } } })).toStrictEqual(sent({ api: 'event', event: { user_id: 'user-123', device_id: 'anon-456', event_type: 'E' } }))
  })
})

describe('deliberate deviation no-call-amplitude-rejects', () => {
  test('reports an event without any id as an error instead of sending it', () => {
    const result = actions({ type: 'track', event: 'E', anonymousId: '   ', context: { library: { name: 'analytics-node' } } })
    expect(result.ok).toBe(false)
    expect(codes(result)).toStrictEqual([{ severity: 'error', code: 'missing_identity', path: 'userId' }])
  })

  test('reports an alias without previousId as an error instead of sending a mapping with global_user_id only', () => {
    const result = actions({ type: 'alias', userId: 'user-123' })
    expect(result.ok).toBe(false)
    expect(codes(result)).toStrictEqual([{ severity: 'error', code: 'missing_previous_id', path: 'previousId' }])
  })

  test('leaves out of the requests a call whose only ids are shorter than minIdLength', () => {
    const result = actions({ type: 'identify', userId: 42, anonymousId: 43, traits: {} })
    expect(result.ok && result.calls).toStrictEqual([
      { api: 'identify', identification: { user_id: '42', device_id: '43', user_properties: {}, library: 'segment' } },
    ])
    const { requests, issues } = toRequests(result.ok ? result.calls : [], { apiKey: 'k' })
    expect(requests).toStrictEqual([])
    expect(issues.map(({ severity, code }) => ({ severity, code }))).toStrictEqual([
      { severity: 'error', code: 'missing_id' },
      { severity: 'error', code: 'missing_id' },
    ])
  })
})

describe('deliberate deviation blank-event-name-rejected', () => {
  test('rejects a track whose event name is only whitespace, which Segment sends', () => {
    const result = actions({ type: 'track', event: ' ', userId: 'user-123' })
    expect(result.ok).toBe(false)
    expect(codes(result)).toStrictEqual([{ severity: 'error', code: 'missing_event', path: 'event' }])
  })
})

describe('deliberate deviation engine-only-dates', () => {
  test('sends no time or session_id for dates only the JavaScript engine parses, with warnings', () => {
    const result = actions({
      type: 'track',
      event: 'E',
      userId: 'user-123',
      timestamp: 'August 17, 2021',
      integrations: { 'Actions Amplitude': { session_id: '-1' } },
    })
    expect(result.ok && result.calls).toStrictEqual([{ api: 'event', event: { user_id: 'user-123', event_type: 'E' } }])
    expect(codes(result)).toStrictEqual([
      { severity: 'warning', code: 'invalid_timestamp', path: 'timestamp' },
      { severity: 'warning', code: 'invalid_session_id', path: 'integrations["Actions Amplitude"].session_id' },
    ])
  })
})

describe('deliberate deviation group-time-not-null', () => {
  test('sends the membership identify without time when the group timestamp is not a date, where Segment sends "time": null', () => {
    const result = actions({ type: 'group', groupId: 'acme', userId: 'user-123', timestamp: 'yesterday' })
    expect(result).toStrictEqual({
      ok: true,
      issues: [expect.objectContaining({ severity: 'warning', code: 'invalid_group_timestamp', path: 'timestamp' })],
      calls: [
        { api: 'identify', identification: { groups: { '[Segment] Group': 'acme' }, library: 'segment', user_id: 'user-123', user_properties: { '[Segment] Group': 'acme' } } },
        { api: 'groupidentify', identification: { group_value: 'acme', group_type: '[Segment] Group', library: 'segment' } },
      ],
    })
  })

  test('keeps the time Segment computes from a numeric timestamp, mis-read digits included', () => {
    const result = actions({ type: 'group', groupId: 'acme', userId: 'user-123', timestamp: 1629213675449 })
    expect(result.ok && result.calls[0]).toStrictEqual({
      api: 'identify',
      identification: { groups: { '[Segment] Group': 'acme' }, library: 'segment', time: -10705032951000, user_id: 'user-123', user_properties: { '[Segment] Group': 'acme' } },
    })
  })
})

describe('deliberate deviation no-options-on-forms', () => {
  test('sends minIdLength to the event API only, not in identify forms', () => {
    const identify = actions({ type: 'identify', userId: 'user-123' })
    const track = actions({ type: 'track', event: 'E', userId: 'user-123' })
    const calls = [...(identify.ok ? identify.calls : []), ...(track.ok ? track.calls : [])]
    const { requests } = toRequests(calls, { apiKey: 'k', minIdLength: 3 })
    expect(requests.map((request) => [request.api, request.body])).toStrictEqual([
      ['identify', 'api_key=k&identification=%5B%7B%22user_id%22%3A%22user-123%22%2C%22library%22%3A%22segment%22%7D%5D'],
      ['event', '{"api_key":"k","events":[{"user_id":"user-123","event_type":"E"}],"options":{"min_id_length":3}}'],
    ])
  })
})

describe('messages Segment rejects are sent without the offending field, with a warning', () => {
  test('an unparseable timestamp and session id', () => {
    const result = actions({ type: 'track', event: 'E', userId: 'user-123', timestamp: 'yesterday', integrations: { 'Actions Amplitude': { session_id: 'abc' } } })
    expect(result.ok && result.calls).toStrictEqual([{ api: 'event', event: { user_id: 'user-123', event_type: 'E' } }])
    expect(codes(result)).toStrictEqual([
      { severity: 'warning', code: 'invalid_timestamp', path: 'timestamp' },
      { severity: 'warning', code: 'invalid_session_id', path: 'integrations["Actions Amplitude"].session_id' },
    ])
  })

  test('a boolean session id', () => {
    const result = actions({ type: 'track', event: 'E', userId: 'user-123', integrations: { 'Actions Amplitude': { session_id: true } } })
    expect(result.ok && result.calls).toStrictEqual([{ api: 'event', event: { user_id: 'user-123', event_type: 'E' } }])
    expect(codes(result)).toStrictEqual([{ severity: 'warning', code: 'invalid_session_id', path: 'integrations["Actions Amplitude"].session_id' }])
  })

  test('a non-integer quantity on a track, which never sends revenue: the event is unchanged', () => {
    const result = actions({ type: 'track', event: 'Song Played', userId: 'user-123', properties: { quantity: 2.5, price: '$5' } })
    expect(result.ok && result.calls).toStrictEqual([
      { api: 'event', event: { user_id: 'user-123', event_type: 'Song Played', event_properties: { quantity: 2.5, price: '$5' } } },
    ])
    expect(codes(result)).toStrictEqual([
      { severity: 'warning', code: 'invalid_revenue_field', path: 'properties.price' },
      { severity: 'warning', code: 'invalid_revenue_field', path: 'properties.quantity' },
    ])
  })

  test('a non-integer quantity on an order: the revenue is the explicit one, not price times quantity', () => {
    const result = actions({ type: 'track', event: 'Order Completed', userId: 'user-123', properties: { revenue: 10, price: 5, quantity: 2.5 } })
    expect(result.ok && result.calls).toStrictEqual([
      {
        api: 'event',
        event: {
          user_id: 'user-123',
          event_type: 'Order Completed',
          event_properties: { revenue: 10, price: 5, quantity: 2.5 },
          revenue: 10,
          revenueType: 'Purchase',
          price: 5,
        },
      },
    ])
    expect(codes(result)).toStrictEqual([{ severity: 'warning', code: 'invalid_revenue_field', path: 'properties.quantity' }])
  })

  test('an unparseable revenue and a productId that is not text on an order', () => {
    const result = actions({ type: 'track', event: 'Order Completed', userId: 'user-123', properties: { revenue: '$1,234.50', productId: { id: 1 } } })
    expect(result.ok && result.calls).toStrictEqual([
      { api: 'event', event: { user_id: 'user-123', event_type: 'Order Completed', event_properties: { revenue: '$1,234.50', productId: { id: 1 } } } },
    ])
    expect(codes(result)).toStrictEqual([
      { severity: 'warning', code: 'invalid_revenue_field', path: 'properties.revenue' },
      { severity: 'warning', code: 'invalid_revenue_field', path: 'properties.productId' },
    ])
  })

  test("a product's non-integer quantity and unparseable price: that product event goes without them", () => {
    const result = actions({ type: 'track', event: 'Order Completed', userId: 'user-123', properties: { products: [{ productId: 'sku-1', price: 'five', quantity: 1.5 }] } })
    expect(result.ok && result.calls).toStrictEqual([
      { api: 'event', event: { user_id: 'user-123', event_type: 'Order Completed', event_properties: { products: [{ productId: 'sku-1', price: 'five', quantity: 1.5 }] } } },
      { api: 'event', event: { user_id: 'user-123', event_type: 'Product Purchased', event_properties: { productId: 'sku-1' } } },
    ])
    expect(codes(result)).toStrictEqual([
      { severity: 'warning', code: 'invalid_product_field', path: 'properties.products[0].price' },
      { severity: 'warning', code: 'invalid_product_field', path: 'properties.products[0].quantity' },
    ])
  })

  test('properties and traits that are not objects', () => {
    const result = actions({ type: 'track', event: 'E', userId: 'user-123', properties: ['a'], traits: 'pro' })
    expect(result.ok && result.calls).toStrictEqual([{ api: 'event', event: { user_id: 'user-123', event_type: 'E' } }])
    expect(codes(result)).toStrictEqual([
      { severity: 'warning', code: 'invalid_type', path: 'properties' },
      { severity: 'warning', code: 'invalid_traits', path: 'traits' },
    ])
  })

  test('a user-agent data model that is not text: the parsed model is used', () => {
    const result = actions({
      type: 'identify',
      userId: 'user-123',
      context: {
        userAgent: 'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/113.0.0.0 Mobile Safari/537.36',
        userAgentData: { model: { name: 'Pixel 7a' }, platformVersion: 13 },
      },
    })
    expect(result.ok && result.calls).toStrictEqual([
      {
        api: 'identify',
        identification: { os_name: 'Android', os_version: '13', device_manufacturer: 'Google', device_model: 'Pixel 7', user_id: 'user-123', library: 'segment' },
      },
    ])
    expect(codes(result)).toStrictEqual([{ severity: 'warning', code: 'invalid_user_agent_data', path: 'context.userAgentData.model' }])
  })
})
