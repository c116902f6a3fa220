import { describe, expect, test } from 'vitest'
import { translate } from '../../src/translate.js'

// Inputs that JSON cannot express (so they are not golden fixtures): what arrives from a
// JavaScript caller rather than from the wire.

function brief(message: unknown): { ok: boolean; issues: { severity: string; code: string; path: string }[] } {
  const result = translate(message)
  return { ok: result.ok, issues: result.issues.map(({ severity, code, path }) => ({ severity, code, path })) }
}

describe('messages that are not objects', () => {
  for (const [label, value] of [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'track'],
    ['a boolean', true],
    ['an array', [{ type: 'track', event: 'x', userId: 'u' }]],
    ['a function', () => ({ type: 'track' })],
    ['a symbol', Symbol('track')],
    ['a bigint', 10n],
  ] as const) {
    test(`${label} fails with invalid_message at the root`, () => {
      expect(brief(value)).toStrictEqual({ ok: false, issues: [{ severity: 'error', code: 'invalid_message', path: '' }] })
    })
  }
})

describe('messages without a known type', () => {
  test('a message without type fails with missing_type', () => {
    expect(brief({ event: 'x', userId: 'u' })).toStrictEqual({
      ok: false,
      issues: [{ severity: 'error', code: 'missing_type', path: 'type' }],
    })
  })

  test('an unknown type fails with unknown_type', () => {
    expect(brief({ type: 'trak', event: 'x', userId: 'u' })).toStrictEqual({
      ok: false,
      issues: [{ severity: 'error', code: 'unknown_type', path: 'type' }],
    })
  })

  test('a type in another case is unknown', () => {
    expect(brief({ type: 'Track', event: 'x', userId: 'u' })).toStrictEqual({
      ok: false,
      issues: [{ severity: 'error', code: 'unknown_type', path: 'type' }],
    })
  })

  test('a type inherited from the prototype is not read', () => {
    const message = Object.create({ type: 'track' }) as Record<string, unknown>
    message['event'] = 'x'
    message['userId'] = 'u'
    expect(brief(message)).toStrictEqual({ ok: false, issues: [{ severity: 'error', code: 'missing_type', path: 'type' }] })
  })
})

describe('values JSON cannot carry', () => {
  test('NaN, Infinity, functions and symbols in properties are dropped with a warning each', () => {
    const result = translate({
      type: 'track',
      event: 'Song Played',
      userId: 'user-1',
      properties: { a: Number.NaN, b: Infinity, c: () => 1, d: Symbol('d'), e: 'kept', f: undefined },
    })
    expect(result).toStrictEqual({
      ok: true,
      calls: [
        {
          api: 'event',
          event: { user_id: 'user-1', event_type: 'Song Played', session_id: -1, library: 'segment', event_properties: { e: 'kept' } },
        },
      ],
      issues: [
        expect.objectContaining({ severity: 'warning', code: 'invalid_number', path: 'properties.a' }),
        expect.objectContaining({ severity: 'warning', code: 'invalid_number', path: 'properties.b' }),
        expect.objectContaining({ severity: 'warning', code: 'invalid_value', path: 'properties.c' }),
        expect.objectContaining({ severity: 'warning', code: 'invalid_value', path: 'properties.d' }),
      ],
    })
  })

  test('undefined values in properties and traits are left out of the payload, as JSON would', () => {
    const result = translate({
      type: 'identify',
      userId: 'user-1',
      traits: { plan: undefined, email: 'ada@example.com' },
    })
    expect(result).toStrictEqual({
      ok: true,
      calls: [{ api: 'identify', identification: { user_id: 'user-1', user_properties: { email: 'ada@example.com' } } }],
      issues: [],
    })
    const track = translate({ type: 'track', event: 'x', userId: 'u', properties: { only: undefined } })
    expect(track).toStrictEqual({
      ok: true,
      calls: [{ api: 'event', event: { user_id: 'u', event_type: 'x', session_id: -1, library: 'segment' } }],
      issues: [],
    })
  })

  test('a negative zero property is sent as 0', () => {
    const result = translate({ type: 'track', event: 'x', userId: 'u', properties: { delta: -0, list: [-0] } })
    expect(result.ok && Object.is(result.calls[0]?.api === 'event' && result.calls[0].event.event_properties?.['delta'], 0)).toBe(true)
    expect(result.ok && result.calls[0]?.api === 'event' && result.calls[0].event.event_properties).toStrictEqual({ delta: 0, list: [0] })
  })

  test('a Date timestamp is read as its epoch milliseconds and a Date property becomes its ISO string', () => {
    const result = translate({
      type: 'track',
      event: 'Song Played',
      userId: 'user-1',
      timestamp: new Date(Date.UTC(2024, 0, 1)),
      properties: { at: new Date(Date.UTC(2024, 0, 2)), big: 12345678901234567890n },
    })
    expect(result).toStrictEqual({
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            user_id: 'user-1',
            event_type: 'Song Played',
            time: 1704067200000,
            session_id: -1,
            library: 'segment',
            event_properties: { at: '2024-01-02T00:00:00.000Z', big: '12345678901234567890' },
          },
        },
      ],
      issues: [],
    })
  })

  test('a NaN userId is dropped with a warning and the message fails without other ids', () => {
    expect(brief({ type: 'track', event: 'x', userId: Number.NaN })).toStrictEqual({
      ok: false,
      issues: [
        { severity: 'warning', code: 'invalid_type', path: 'userId' },
        { severity: 'error', code: 'missing_identity', path: 'userId' },
      ],
    })
  })

  test('a circular reference in properties is dropped with a warning at its path', () => {
    const loop: Record<string, unknown> = { name: 'loop' }
    loop['self'] = loop
    const result = translate({ type: 'track', event: 'x', userId: 'u', properties: { loop } })
    expect(result.ok).toBe(true)
    expect(result.ok && result.calls[0]).toStrictEqual({
      api: 'event',
      event: { user_id: 'u', event_type: 'x', session_id: -1, library: 'segment', event_properties: { loop: { name: 'loop' } } },
    })
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toStrictEqual([
      { code: 'circular_reference', path: 'properties.loop.self' },
    ])
  })

  test('a circular reference in traits is dropped with a warning at its path', () => {
    const loop: Record<string, unknown> = {}
    loop['again'] = loop
    const result = translate({ type: 'identify', userId: 'u', traits: { plan: 'pro', loop } })
    expect(result).toStrictEqual({
      ok: true,
      calls: [{ api: 'identify', identification: { user_id: 'u', user_properties: { plan: 'pro', loop: {} } } }],
      issues: [expect.objectContaining({ severity: 'warning', code: 'circular_reference', path: 'traits.loop.again' })],
    })
  })
})

describe('messages that throw when read', () => {
  test('a getter that throws gives ok false with an error, not an exception', () => {
    const message = {
      type: 'track',
      userId: 'u',
      get event(): string {
        throw new Error('boom')
      },
    }
    expect(brief(message)).toStrictEqual({ ok: false, issues: [{ severity: 'error', code: 'internal_error', path: '' }] })
  })

  test('a proxy whose traps throw gives ok false with an error, not an exception', () => {
    const message = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys')
        },
        get() {
          throw new Error('no values')
        },
        getOwnPropertyDescriptor() {
          throw new Error('no descriptors')
        },
      },
    )
    expect(() => translate(message)).not.toThrow()
    expect(translate(message).ok).toBe(false)
  })

  test('a thrown value that cannot be printed still gives ok false', () => {
    const message = {
      type: 'track',
      get event(): string {
        throw Object.create(null)
      },
    }
    expect(brief(message)).toStrictEqual({ ok: false, issues: [{ severity: 'error', code: 'internal_error', path: '' }] })
  })
})

describe('the input is never mutated', () => {
  test('a deeply frozen message translates exactly as a mutable one', () => {
    const make = () => ({
      type: 'track',
      event: 'Order Completed',
      userId: 'u',
      messageId: 'm',
      properties: { revenue: '$10', products: [{ price: 5, quantity: 2 }, { price: 1, quantity: 1.5 }, 'x'] },
      context: { traits: { plan: 'pro' }, campaign: { source: 's' }, device: { id: '' }, os: { name: 'iOS' } },
      integrations: { Amplitude: { session_id: '12', groups: { a: 1 } } },
    })
    const deepFreeze = <T>(value: T): T => {
      if (typeof value === 'object' && value !== null) {
        for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
        Object.freeze(value)
      }
      return value
    }
    expect(translate(deepFreeze(make()), { trackRevenuePerProduct: true })).toStrictEqual(
      translate(make(), { trackRevenuePerProduct: true }),
    )
  })

  test('a __proto__ key in properties never touches Object.prototype', () => {
    const message = JSON.parse('{"type":"track","event":"x","userId":"u","properties":{"__proto__":{"polluted":true}}}') as unknown
    translate(message, { appendFieldsToEventProps: { 'properties.__proto__': 'copied' } })
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })
})

describe('Dates and boxed primitives where an object of properties belongs', () => {
  test('properties, traits and context.traits that are one are dropped with invalid_type, in both profiles', () => {
    for (const profile of ['classic', 'actions'] as const) {
      const track = translate({ type: 'track', event: 'E', userId: 'user-1', properties: new Date(0) }, { profile })
      expect(track.ok && track.calls.map((call) => (call.api === 'event' ? call.event.event_properties : 'not an event'))).toStrictEqual([undefined])
      expect(track.issues.map(({ code, path }) => `${code} ${path}`)).toStrictEqual(['invalid_type properties'])
      const group = translate({ type: 'group', groupId: 'g-1', userId: 'user-1', traits: Object(3), context: { traits: Object('vip') } }, { profile })
      expect(group.issues.map(({ code, path }) => `${code} ${path}`)).toStrictEqual(['invalid_type context.traits', 'invalid_type traits'])
      const payloads = group.ok ? group.calls.map((call) => JSON.stringify(call)) : []
      expect(payloads.some((text) => text.includes('"group_properties":3') || text.includes('vip'))).toBe(false)
    }
  })

  test('a product that is one warns invalid_product and gets no Product Purchased event (Classic)', () => {
    const result = translate({
      type: 'track',
      event: 'Order Completed',
      userId: 'user-1',
      messageId: 'order-2',
      properties: { products: [new Date(0), Object(4), { product_id: 'p-3' }] },
    })
    expect(result.ok && result.calls.map((call) => (call.api === 'event' ? [call.event.event_type, call.event.insert_id, call.event.event_properties] : []))).toStrictEqual([
      ['Order Completed', 'order-2', undefined],
      ['Product Purchased', 'order-2-3', { product_id: 'p-3' }],
    ])
    expect(result.issues.map(({ code, path }) => `${code} ${path}`)).toStrictEqual([
      'products_fanned_out properties.products',
      'invalid_product properties.products[0]',
      'invalid_product properties.products[1]',
    ])
  })
})
