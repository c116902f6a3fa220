/**
 * Counterexamples the contract properties found, kept as named examples so that each is checked
 * on every run, whatever the seed. Each input is the shrunk counterexample, trimmed of fields that
 * played no part.
 */
import { describe, expect, test } from 'vitest'
import { translate } from '../../src/translate.js'

const BASE = { userId: 'user_1', messageId: 'msg-1', timestamp: 1546300800000 } as const

function issueCodes(result: ReturnType<typeof translate>): string[] {
  return result.issues.map((issue) => `${issue.severity} ${issue.code} ${issue.path}`)
}

describe('counterexamples: a bigint where a number is expected warns instead of failing inside (JSON.stringify threw in the warning text)', () => {
  test('classic: a bigint revenue is not an amount; the event is sent without revenue', () => {
    const result = translate({ type: 'track', event: 'Signed Up', ...BASE, properties: { plan: 'free', revenue: 10n } })
    expect(result.ok).toBe(true)
    expect(issueCodes(result)).toStrictEqual(['warning invalid_revenue properties.revenue'])
    expect(result.issues[0]?.message).toBe('properties.revenue 10n is not an amount; no revenue was booked from it')
    if (result.ok) {
      expect(result.calls).toStrictEqual([
        {
          api: 'event',
          event: {
            user_id: 'user_1',
            event_type: 'Signed Up',
            time: 1546300800000,
            insert_id: 'msg-1',
            session_id: -1,
            library: 'segment',
            event_properties: { plan: 'free', revenue: '10' },
          },
        },
      ])
    }
  })

  test('classic: a bigint session_id is out of session, with a warning', () => {
    const result = translate({ type: 'track', event: 'Signed Up', ...BASE, integrations: { Amplitude: { session_id: 10n } } })
    expect(issueCodes(result)).toStrictEqual(['warning invalid_session_id integrations.Amplitude.session_id'])
    expect(result.ok && result.calls[0]?.api === 'event' && result.calls[0].event.session_id).toBe(-1)
  })

  test('classic: a bigint event_id is ignored, with a warning', () => {
    const result = translate({ type: 'track', event: 'Signed Up', ...BASE, integrations: { Amplitude: { event_id: 10n } } })
    expect(issueCodes(result)).toStrictEqual(['warning invalid_option integrations.Amplitude.event_id'])
    expect(result.ok && result.calls[0]?.api === 'event' && 'event_id' in result.calls[0].event).toBe(false)
  })

  test('actions: a bigint price on a page is left out of the revenue fields, with a warning', () => {
    const result = translate(
      { type: 'page', name: 'Home', ...BASE, properties: { currency: 'USD', productId: 'p-1', price: 10n } },
      { profile: 'actions' },
    )
    expect(result.ok).toBe(true)
    expect(issueCodes(result)).toStrictEqual(['warning invalid_revenue_field properties.price'])
  })

  test('actions: a bigint session_id is left out, with a warning', () => {
    const result = translate(
      { type: 'track', event: 'Signed Up', ...BASE, integrations: { 'Actions Amplitude': { session_id: 10n } } },
      { profile: 'actions' },
    )
    expect(result.ok).toBe(true)
    expect(issueCodes(result)).toStrictEqual(['warning invalid_session_id integrations["Actions Amplitude"].session_id'])
  })

  test('a circular session_id is out of session, with a warning that does not try to print it', () => {
    const session: Record<string, unknown> = {}
    session['self'] = session
    const result = translate({ type: 'track', event: 'Signed Up', ...BASE, integrations: { Amplitude: { session_id: session } } })
    expect(issueCodes(result)).toStrictEqual(['warning invalid_session_id integrations.Amplitude.session_id'])
  })
})

describe('counterexamples: user properties', () => {
  test('a trait to increment whose text is beyond the number range is not an increment: it warns and goes by the next rule', () => {
    const result = translate({ type: 'identify', ...BASE, traits: { logins: '1e400', plan: 'pro' } }, { traitsToIncrement: ['logins'] })
    expect(issueCodes(result)).toStrictEqual(['warning invalid_increment traits.logins'])
    // Before the fix: { $set: { plan: 'pro' }, $add: { logins: Infinity } }, and JSON sends Infinity as null.
    expect(result.ok && result.calls).toStrictEqual([
      { api: 'identify', identification: { user_id: 'user_1', user_properties: { logins: '1e400', plan: 'pro' } } },
    ])
  })

  test('a numeric trait to increment still goes to $add as a number', () => {
    const result = translate({ type: 'identify', ...BASE, traits: { logins: '12', plan: 'pro' } }, { traitsToIncrement: ['logins'] })
    expect(issueCodes(result)).toStrictEqual([])
    expect(result.ok && result.calls).toStrictEqual([
      { api: 'identify', identification: { user_id: 'user_1', user_properties: { $set: { plan: 'pro' }, $add: { logins: 12 } } } },
    ])
  })
})

describe('counterexamples: values JSON writes differently reached the payload as they were', () => {
  test('classic: a Map in properties is dropped with a warning instead of being sent as {}', () => {
    const result = translate({ type: 'track', event: '!', ...BASE, properties: { plan: 'free', quantity: new Map([['a', 1]]) } })
    expect(issueCodes(result)).toStrictEqual(['warning invalid_value properties.quantity'])
    expect(result.ok && result.calls[0]?.api === 'event' && result.calls[0].event.event_properties).toStrictEqual({ plan: 'free' })
  })

  test('classic: a boxed boolean inside traits becomes the boolean', () => {
    const result = translate({ type: 'identify', ...BASE, traits: { plan: 'free', tags: { '': Object(false) } } })
    expect(issueCodes(result)).toStrictEqual([])
    expect(result.ok && result.calls).toStrictEqual([
      { api: 'identify', identification: { user_id: 'user_1', user_properties: { plan: 'free', tags: { '': false } } } },
    ])
  })

  test('actions: a Set among the traits is dropped with a warning instead of being sent as {}', () => {
    const result = translate(
      { type: 'identify', ...BASE, traits: { plan: 'free', address: new Set(['1 Market St']) } },
      { profile: 'actions' },
    )
    expect(issueCodes(result)).toStrictEqual(['warning invalid_value traits.address'])
    expect(result.ok && result.calls[0]?.api === 'identify' && result.calls[0].identification.user_properties).toStrictEqual({ plan: 'free' })
  })
})

describe('counterexamples: -0 reached top-level payload fields (JSON writes it as 0, so the payload was not what Amplitude receives)', () => {
  function eventOf(result: ReturnType<typeof translate>): Readonly<Record<string, unknown>> {
    const call = result.ok ? result.calls[0] : undefined
    if (call?.api !== 'event') throw new Error('expected an event')
    return call.event as unknown as Readonly<Record<string, unknown>>
  }

  test('classic: a timestamp of -0 gives time 0', () => {
    expect(Object.is(eventOf(translate({ type: 'track', event: 'Signed Up', userId: 'user_1', timestamp: -0 }))['time'], 0)).toBe(true)
  })

  test('classic: a session_id of -0 gives session_id 0, and an event_id of -0 event_id 0', () => {
    const event = eventOf(translate({ type: 'page', name: 'Home', ...BASE, integrations: { Amplitude: { session_id: -0, event_id: -0 } } }))
    expect(Object.is(event['session_id'], 0)).toBe(true)
    expect(Object.is(event['event_id'], 0)).toBe(true)
  })

  test('classic: a latitude of -0 gives location_lat 0', () => {
    const event = eventOf(translate({ type: 'track', event: 'Signed Up', ...BASE, context: { location: { latitude: -0, longitude: '-0' } } }))
    expect(Object.is(event['location_lat'], 0)).toBe(true)
    expect(Object.is(event['location_lng'], 0)).toBe(true)
  })

  test('classic: price -0, and a product of price 0 and quantity -1, give 0, not -0', () => {
    const order = translate(
      { type: 'track', event: 'Order Completed', ...BASE, properties: { revenue: 5, price: -0, quantity: 1, products: [{ product_id: 'p-1', price: 0, quantity: -1 }] } },
      { trackRevenuePerProduct: false },
    )
    expect(Object.is(eventOf(order)['price'], 0)).toBe(true)
    const perProduct = translate(
      { type: 'track', event: 'Order Completed', ...BASE, properties: { products: [{ product_id: 'p-1', price: 0, quantity: -1 }] } },
      { trackRevenuePerProduct: true },
    )
    const product = perProduct.ok && perProduct.calls[1]?.api === 'event' ? perProduct.calls[1].event : undefined
    expect(Object.is(product?.revenue, 0)).toBe(true)
  })

  test('actions: quantity -0 and latitude -0 give 0', () => {
    const result = translate(
      { type: 'track', event: 'Order Completed', ...BASE, properties: { revenue: 0.01, quantity: -0 }, context: { location: { latitude: -0 } } },
      { profile: 'actions' },
    )
    const event = eventOf(result)
    expect(Object.is(event['quantity'], 0)).toBe(true)
    expect(Object.is(event['location_lat'], 0)).toBe(true)
  })
})

describe('counterexamples: sparse arrays', () => {
  test('actions: a hole in an order\'s products is an empty product, not an internal error', () => {
    // eslint-disable-next-line no-sparse-arrays
    const products: unknown[] = [, { productId: 'p-1', price: 2, quantity: 1 }]
    const result = translate(
      { type: 'track', event: 'Order Completed', ...BASE, properties: { revenue: 2, products } },
      { profile: 'actions', trackRevenuePerProduct: true },
    )
    expect(issueCodes(result)).toStrictEqual([])
    expect(result.ok && result.calls.map((call) => (call.api === 'event' ? call.event.event_properties : undefined))).toStrictEqual([
      { revenue: 2, products: [null, { productId: 'p-1', price: 2, quantity: 1 }] },
      {},
      { productId: 'p-1', price: 2, quantity: 1 },
    ])
  })
})
