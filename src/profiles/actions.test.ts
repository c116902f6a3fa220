import { describe, expect, test } from 'vitest'
import { actions, sent } from '../../test/actions/actions.js'

const MAC_CHROME_120 =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'
const IPHONE_IOS_16 =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 Mobile/15E148 Safari/604.1'


describe('the Actions profile, one call type at a time', () => {
  test('sends a web track as logEventV2 does: user-agent keys, $setOnce and $set from the campaign, library from the context, no revenue or insert_id', () => {
    const result = actions({
      type: 'track',
      event: 'Song Played',
      userId: 'user-123',
      anonymousId: 'anon-456',
      messageId: 'msg-1',
      timestamp: '2024-05-01T10:00:00.000Z',
      properties: { title: 'Blue in Green', revenue: 1.99 },
      traits: { plan: 'pro' },
      context: {
        library: { name: 'analytics.js', version: '2.11.1' },
        ip: '203.0.113.7',
        locale: 'en-US',
        page: { referrer: 'https://www.google.com/' },
        campaign: { source: 'newsletter', medium: 'email' },
        userAgent: MAC_CHROME_120,
      },
      integrations: { 'Actions Amplitude': { session_id: 1714557000000 } },
    })
    expect(result).toStrictEqual(sent(
      {
        api: 'event',
        event: {
          os_name: 'Mac OS',
          os_version: '120',
          device_model: 'Mac OS',
          user_id: 'user-123',
          device_id: 'anon-456',
          event_type: 'Song Played',
          event_properties: { title: 'Blue in Green', revenue: 1.99 },
          user_properties: {
            plan: 'pro',
            $setOnce: { initial_referrer: 'https://www.google.com/', initial_utm_source: 'newsletter', initial_utm_medium: 'email' },
            $set: { referrer: 'https://www.google.com/', utm_source: 'newsletter', utm_medium: 'email' },
          },
          platform: 'Web',
          language: 'en-US',
          ip: '203.0.113.7',
          time: 1714557600000,
          session_id: 1714557000000,
          library: 'analytics.js',
        },
      }))
  })

  test('sends Order Completed as logPurchase does: the order with its revenue, then one Product Purchased per product without user-agent keys', () => {
    const result = actions({
      type: 'track',
      event: 'Order Completed',
      userId: 'user-123',
      timestamp: '2024-05-01T10:00:00.000Z',
      properties: {
        order_id: 'o-1',
        revenue: 25,
        products: [
          { productId: 'sku-1', price: 10, quantity: 2 },
          { product_id: 'sku-2', price: 5 },
        ],
      },
      context: {
        library: { name: 'analytics-ios' },
        device: { type: 'ios', id: 'DEV-1', advertisingId: 'AD-1', model: 'iPhone16,2' },
        os: { name: 'iOS', version: '17.4' },
      },
    })
    const shared = {
      user_id: 'user-123',
      device_id: 'DEV-1',
      platform: 'iOS',
      os_name: 'iOS',
      os_version: '17.4',
      device_model: 'iPhone16,2',
      idfa: 'AD-1',
      idfv: 'DEV-1',
      adid: 'AD-1',
      time: 1714557600000,
      library: 'analytics-ios',
    }
    expect(result).toStrictEqual(sent(
      {
        api: 'event',
        event: {
          ...shared,
          event_type: 'Order Completed',
          event_properties: {
            order_id: 'o-1',
            revenue: 25,
            products: [
              { productId: 'sku-1', price: 10, quantity: 2 },
              { product_id: 'sku-2', price: 5 },
            ],
          },
          revenue: 25,
          revenueType: 'Purchase',
        },
      },
      { api: 'event', event: { ...shared, event_type: 'Product Purchased', event_properties: { price: 10, quantity: 2, productId: 'sku-1' } } },
      { api: 'event', event: { ...shared, event_type: 'Product Purchased', event_properties: { price: 5 } } }))
  })

  test('books revenue per product with trackRevenuePerProduct, price times quantity beating the product revenue, and none on the order', () => {
    const result = actions(
      {
        type: 'track',
        event: 'Order Completed',
        userId: 'user-123',
        properties: { revenue: 25, products: [{ productId: 'sku-1', price: 10, quantity: 2, revenue: 99 }, { price: 5 }] },
      },
      { trackRevenuePerProduct: true },
    )
    expect(result.ok && result.calls.map((call) => call.api === 'event' && call.event)).toStrictEqual([
      { user_id: 'user-123', event_type: 'Order Completed', event_properties: { revenue: 25, products: [{ productId: 'sku-1', price: 10, quantity: 2, revenue: 99 }, { price: 5 }] } },
      {
        user_id: 'user-123',
        event_type: 'Product Purchased',
        event_properties: { price: 10, revenue: 99, quantity: 2, productId: 'sku-1' },
        revenue: 20,
        revenueType: 'Purchase',
        quantity: 2,
        price: 10,
        productId: 'sku-1',
      },
      { user_id: 'user-123', event_type: 'Product Purchased', event_properties: { price: 5 } },
    ])
  })

  test('routes only the exact event name Order Completed to logPurchase', () => {
    const result = actions({ type: 'track', event: 'order completed', userId: 'user-123', properties: { revenue: 25, products: [{ price: 5 }] } })
    expect(result).toStrictEqual(sent({ api: 'event', event: { user_id: 'user-123', event_type: 'order completed', event_properties: { revenue: 25, products: [{ price: 5 }] } } }))
  })

  test('names a page Viewed {{name}}, whatever its category, and sends every page', () => {
    const result = actions({ type: 'page', name: 'Pricing', category: 'Docs', userId: 'user-123', properties: { path: '/pricing' }, context: { library: { name: 'analytics-node' } } })
    expect(result).toStrictEqual(sent({ api: 'event', event: { user_id: 'user-123', event_type: 'Viewed Pricing', event_properties: { path: '/pricing' }, library: 'analytics-node' } }))
    const unnamed = actions({ type: 'page', userId: 'user-123' })
    expect(unnamed.ok && unnamed.calls).toStrictEqual([{ api: 'event', event: { user_id: 'user-123', event_type: 'Viewed ' } }])
  })

  test('names a screen Viewed {{name}} and reads platform and app version from the context', () => {
    const result = actions({ type: 'screen', name: 'Home', anonymousId: 'anon-456', context: { device: { type: 'android' }, app: { version: '2.3.4' } } })
    expect(result).toStrictEqual(sent({ api: 'event', event: { device_id: 'anon-456', event_type: 'Viewed Home', platform: 'Android', app_version: '2.3.4' } }))
  })

  test('sends an identify as identifyUser does: user-agent keys, the campaign winning over traits, no ip or coordinates, library segment', () => {
    const result = actions({
      type: 'identify',
      userId: 'user-123',
      anonymousId: 'anon-456',
      traits: { plan: 'pro', referrer: 'not a user property here' },
      context: {
        library: { name: 'analytics.js' },
        locale: 'en-US',
        ip: '203.0.113.7',
        location: { country: 'US', latitude: 1.5 },
        campaign: { source: 'newsletter' },
        userAgent: IPHONE_IOS_16,
      },
    })
    expect(result).toStrictEqual(sent(
      {
        api: 'identify',
        identification: {
          os_name: 'iOS',
          os_version: '16',
          device_manufacturer: 'Apple',
          device_model: 'iPhone',
          user_id: 'user-123',
          device_id: 'anon-456',
          user_properties: { plan: 'pro', $set: { utm_source: 'newsletter' }, $setOnce: { initial_utm_source: 'newsletter' } },
          platform: 'Web',
          country: 'US',
          language: 'en-US',
          library: 'segment',
        },
      }))
  })

  test('sends a group as groupIdentifyUser does with the groupType setting: the membership identify, then the group identify', () => {
    const result = actions(
      { type: 'group', groupId: 'acme', userId: 'user-123', timestamp: '2024-05-01T10:00:00.000Z', traits: { name: 'Acme', plan: 'enterprise' } },
      { groupType: 'company' },
    )
    expect(result).toStrictEqual(sent(
      {
        api: 'identify',
        identification: { groups: { company: 'acme' }, library: 'segment', time: 1714557600000, user_id: 'user-123', user_properties: { company: 'acme' } },
      },
      {
        api: 'groupidentify',
        identification: { group_properties: { name: 'Acme', plan: 'enterprise' }, group_value: 'acme', group_type: 'company', library: 'segment' },
      }))
  })

  test('sends only the group identify when a group call has no user or device id', () => {
    const result = actions({ type: 'group', groupId: 'acme', traits: {} })
    expect(result).toStrictEqual(sent({ api: 'groupidentify', identification: { group_properties: {}, group_value: 'acme', group_type: '[Segment] Group', library: 'segment' } }))
  })

  test('maps an alias as mapUser does, ignoring the Classic unmap option', () => {
    const result = actions({ type: 'alias', previousId: 'anon-456', userId: 'user-123', integrations: { Amplitude: { unmap: true } } })
    expect(result).toStrictEqual(sent({ api: 'usermap', mapping: { user_id: 'anon-456', global_user_id: 'user-123' } }))
  })

  test('is turned off by integrations["Actions Amplitude"] false, not by the Classic key', () => {
    const off = actions({ type: 'track', event: 'E', userId: 'user-123', integrations: { 'Actions Amplitude': false } })
    expect(off.ok && off.calls).toStrictEqual([])
    const classicOff = actions({ type: 'track', event: 'E', userId: 'user-123', integrations: { Amplitude: false } })
    expect(classicOff.ok && classicOff.calls).toStrictEqual([{ api: 'event', event: { user_id: 'user-123', event_type: 'E' } }])
  })
})
