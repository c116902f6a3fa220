// Edge cases from the research note (section 7) and the quirks docs/decisions/actions-profile.md
// catalogues, as messages. Like segment-suite.mjs, the expected outputs come from the oracle.
import { TIMESTAMP, UA, testEvent } from './segment-suite.mjs'

// `context` in the overrides is merged over the base context (unlike testEvent, which replaces it).
const withBase = (base) => ({ context, ...o } = {}) => testEvent({ context: { ...base, ...context }, ...o })
const web = withBase({ library: { name: 'analytics.js', version: '2.11.1' }, userAgent: UA.macChrome93 })
const server = withBase({ library: { name: 'analytics-node', version: '1.0.0' } })
const order = (properties, o = {}) => server({ event: 'Order Completed', properties, ...o })
const session = (session_id) => ({ integrations: { 'Actions Amplitude': { session_id } } })
const group = (o = {}) => server({ type: 'group', event: undefined, groupId: 'acme', traits: { name: 'Acme' }, ...o })

const identity = [
  { id: 'identity/device-id-from-context', message: server({ context: { device: { id: 'device-1' } } }) },
  { id: 'identity/device-id-empty-string-no-fallback', message: server({ context: { device: { id: '' } } }) },
  { id: 'identity/device-id-null-falls-back', message: server({ context: { device: { id: null } } }) },
  { id: 'identity/no-anonymous-id', message: server({ anonymousId: undefined }) },
  { id: 'identity/user-id-number', message: server({ userId: 12345 }) },
  { id: 'identity/user-id-empty-string', message: server({ userId: '' }) },
  { id: 'identity/user-id-whitespace', message: server({ userId: '  ' }) },
]

const platform = ['IOS', 'android tv', 'biosphere-android', 'web', 'Android', ''].map((type) => ({
  id: `platform/device-type-${JSON.stringify(type)}`,
  message: server({ context: { library: { name: 'analytics-node' }, device: { type } } }),
}))
platform.push(
  { id: 'platform/analytics-js-empty-device-type-is-web', message: web({ context: { library: { name: 'analytics.js' }, device: { type: '' } } }) },
  { id: 'platform/analytics-js-no-device-is-web', message: web() },
  { id: 'platform/library-name-case-sensitive', message: server({ context: { library: { name: 'Analytics.js' } } }) },
)

const library = [
  { id: 'library/missing-library-name', message: server({ context: { library: undefined } }) },
  { id: 'library/library-name-number', message: server({ context: { library: { name: 7 } } }) },
  { id: 'library/identify-always-segment', message: server({ type: 'identify', event: undefined, traits: { plan: 'pro' } }) },
]

const time = [
  ['missing', undefined],
  ['null', null],
  ['iso-offset', '2021-08-17T17:21:15.449+02:00'],
  ['no-zone-is-utc', '2021-08-17T15:21:15'],
  ['date-only', '2021-08-17'],
  ['microseconds', '2021-08-17T15:21:15.449999Z'],
  ['number-ms', 1629213675449],
  ['number-seconds', 1629213675],
  ['digit-string', '1629213675449'],
  ['garbage', 'yesterday'],
].map(([name, timestamp]) => ({ id: `time/${name}`, message: server({ timestamp }) }))

const sessionId = [
  ['zero', 0],
  ['empty', ''],
  ['null', null],
  ['minus-one', -1],
  ['float', 1629213675449.7],
  ['iso', '2021-08-17T15:21:15.449Z'],
  ['garbage', 'abc'],
  ['digit-string', '1629213675449'],
].map(([name, value]) => ({ id: `session-id/${name}`, message: server(session(value)) }))
sessionId.push({ id: 'session-id/identify-ignores-it', message: server({ type: 'identify', event: undefined, ...session(1629213675449) }) })

const userAgent = [
  {
    id: 'user-agent/explicit-context-fields-win',
    message: web({
      context: {
        library: { name: 'analytics.js' },
        userAgent: UA.iphoneIos16,
        os: { name: 'iPadOS', version: '17.1' },
        device: { manufacturer: 'Acme', model: 'Phone 1', brand: 'AcmeBrand' },
      },
    }),
  },
  { id: 'user-agent/user-agent-data', message: web({ context: { userAgent: UA.androidK, userAgentData: { model: 'Pixel 7', platformVersion: '14.0.0' } } }) },
  { id: 'user-agent/unparseable', message: web({ context: { userAgent: 'curl/8.4.0' } }) },
  { id: 'user-agent/windows-firefox', message: web({ context: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0' } }) },
  { id: 'user-agent/identify-parses-too', message: web({ type: 'identify', event: undefined, traits: { plan: 'pro' } }) },
]

const campaign = { source: 'google', medium: 'cpc', name: 'spring', term: 'shoes', content: 'banner' }
const userProperties = [
  { id: 'utm/track-campaign-and-referrer', message: server({ traits: { plan: 'pro' }, context: { campaign, page: { referrer: 'https://ref.example/' } } }) },
  { id: 'utm/track-partial-campaign', message: server({ context: { campaign: { source: 'google' } } }) },
  { id: 'utm/track-empty-source-only', message: server({ context: { campaign: { source: '' } } }) },
  { id: 'utm/track-empty-referrer-with-source', message: server({ context: { campaign: { source: 'g' }, page: { referrer: '' } } }) },
  { id: 'utm/track-trait-set-replaced', message: server({ traits: { $set: { k: 1 }, plan: 'pro' }, context: { campaign: { source: 'g' } } }) },
  { id: 'utm/track-trait-set-kept-without-campaign', message: server({ traits: { $set: { k: 1 } } }) },
  {
    id: 'utm/identify-campaign-wins-over-traits',
    message: server({
      type: 'identify',
      event: undefined,
      traits: { referrer: 'trait-ref', utm_properties: 'x', $set: { utm_source: 'trait' }, plan: 'pro' },
      context: { campaign: { source: 'google' }, page: { referrer: 'https://ref.example/' } },
    }),
  },
  { id: 'utm/identify-empty-source', message: server({ type: 'identify', event: undefined, traits: {}, context: { campaign: { source: '' } } }) },
  { id: 'utm/identify-null-source-ignored', message: server({ type: 'identify', event: undefined, context: { campaign: { source: null, medium: 'cpc' } } }) },
]

const purchase = [
  { id: 'purchase/revenue-string', message: order({ revenue: '12.5' }) },
  { id: 'purchase/revenue-zero', message: order({ revenue: 0 }) },
  { id: 'purchase/price-only', message: order({ price: 10 }) },
  { id: 'purchase/price-times-quantity', message: order({ price: 3.333, quantity: 3, revenue: 1, productId: 'p1', revenueType: 'Refund' }) },
  { id: 'purchase/products-object', message: order({ revenue: 5, products: { productId: 'p1', price: 5, quantity: 1 } }) },
  { id: 'purchase/products-odd-items', message: order({ products: [null, 'str', { price: 1 }] }) },
  { id: 'purchase/products-segment-ecommerce-keys', message: order({ revenue: 20, products: [{ product_id: 'p1', sku: 's1', name: 'Shoe', price: 10, quantity: 2 }] }) },
  { id: 'purchase/quantity-not-integer', message: order({ revenue: 20, price: 10, quantity: 2.5 }) },
  { id: 'purchase/product-quantity-not-integer', message: order({ revenue: 20, products: [{ price: 10, quantity: 1.5 }, { price: 1, quantity: 1 }] }) },
  { id: 'purchase/track-never-sends-revenue', message: server({ event: 'Checkout', properties: { revenue: 20, price: 10, quantity: 2 } }) },
  { id: 'purchase/track-products-key-leaks', message: server({ event: 'Cart Viewed', properties: { products: [{ productId: 'p1', price: '5', name: 'x' }] } }) },
  { id: 'purchase/track-quantity-not-integer', message: server({ event: 'Cart Viewed', properties: { quantity: 2.5 } }) },
  { id: 'purchase/per-product-with-empty-products', message: order({ revenue: 7, products: [] }), settings: { trackRevenuePerProduct: true } },
]

const shapes = [
  { id: 'identify/no-traits', message: server({ type: 'identify', event: undefined, traits: undefined }) },
  { id: 'identify/numeric-ids', message: server({ type: 'identify', event: undefined, userId: 42, anonymousId: 43 }) },
  { id: 'identify/traits-in-context-not-mapped', message: server({ type: 'identify', event: undefined, traits: undefined, context: { traits: { plan: 'pro' } } }) },
  { id: 'track/context-traits-not-mapped', message: server({ traits: undefined, context: { traits: { plan: 'pro' } } }) },
  { id: 'track/properties-missing', message: server({ properties: undefined }) },
  { id: 'track/properties-array', message: server({ properties: [1, 2] }) },
  { id: 'track/no-event-name', message: server({ event: undefined }) },
  { id: 'track/event-name-number', message: server({ event: 42 }) },
  { id: 'track/full-context', message: server({ context: {
    library: { name: 'analytics-ios', version: '4.1.0' }, app: { version: '2.3.4', build: '99' }, device: { id: 'dev-9', advertisingId: 'ad-1', type: 'ios', manufacturer: 'Apple', model: 'iPhone14,2', brand: 'Apple' },
    os: { name: 'iOS', version: '17.1' }, network: { carrier: 'T-Mobile' }, location: { country: 'US', region: 'CA', city: 'SF', latitude: 1.5, longitude: -2.5 }, locale: 'en-US', ip: '1.2.3.4',
  } }) },
  { id: 'page/no-name', message: server({ type: 'page', event: undefined, name: undefined }) },
  { id: 'page/with-category', message: server({ type: 'page', event: undefined, name: 'Home', category: 'Docs', properties: { url: 'https://x.example/' } }) },
  { id: 'group/identify-and-groupidentify', message: group() },
  { id: 'group/no-traits', message: group({ traits: undefined }) },
  { id: 'group/numeric-group-id', message: group({ groupId: 42 }) },
  { id: 'group/no-group-id-rejected', message: group({ groupId: undefined }) },
  { id: 'group/garbage-timestamp', message: group({ timestamp: 'yesterday' }) },
  { id: 'group/numeric-timestamp', message: group({ timestamp: 1629213675449 }) },
  { id: 'group/no-ids', message: group({ userId: undefined, anonymousId: undefined }) },
  { id: 'group/custom-group-type', message: group(), settings: { groupType: 'company' } },
  { id: 'alias/no-previous-id', message: server({ type: 'alias', event: undefined, previousId: undefined }) },
  { id: 'alias/numeric-ids', message: server({ type: 'alias', event: undefined, userId: 1, previousId: 2 }) },
  { id: 'settings/min-id-length', message: server(), settings: { minIdLength: 3 } },
  { id: 'settings/min-id-length-identify', message: server({ type: 'identify', event: undefined }), settings: { minIdLength: 3 } },
  { id: 'settings/min-id-length-alias', message: server({ type: 'alias', event: undefined, previousId: 'p-1' }), settings: { minIdLength: 3 } },
  { id: 'integrations/actions-amplitude-false', message: server({ integrations: { 'Actions Amplitude': false } }) },
  { id: 'integrations/all-false', message: server({ integrations: { All: false } }) },
  { id: 'integrations/all-false-but-enabled', message: server({ integrations: { All: false, 'Actions Amplitude': { session_id: 5 } } }) },
  { id: 'integrations/classic-key-ignored', message: server({ integrations: { Amplitude: false } }) },
]

const coercion = [
  { id: 'coercion/page-name-not-html-escaped', message: server({ type: 'page', event: undefined, name: 'A & B <x> "q"' }) },
  { id: 'coercion/page-name-number', message: server({ type: 'page', event: undefined, name: 42 }) },
  { id: 'coercion/page-name-only-in-properties', message: server({ type: 'page', event: undefined, properties: { name: 'P' } }) },
  { id: 'coercion/page-name-template-not-recursive', message: server({ type: 'page', event: undefined, name: '{{userId}}' }) },
  { id: 'coercion/idfa-without-advertising-id', message: server({ context: { device: { idfa: 'IDFA-1' } } }) },
  { id: 'coercion/advertising-id-beats-idfa', message: server({ context: { device: { idfa: 'IDFA-1', advertisingId: 'AD-1' } } }) },
  { id: 'coercion/context-null', message: { ...server(), context: null } },
  { id: 'coercion/user-id-object', message: server({ userId: { a: 1 } }) },
  { id: 'coercion/location-strings', message: server({ context: { location: { latitude: '1.5', longitude: 'abc' } } }) },
  { id: 'coercion/app-version-number', message: server({ context: { app: { version: 123 } } }) },
  { id: 'coercion/device-type-number', message: server({ context: { device: { type: 5 } } }) },
  { id: 'coercion/event-empty-rejected', message: server({ event: '' }) },
  { id: 'coercion/event-blank-kept', message: server({ event: ' ' }) },
  { id: 'coercion/revenue-not-a-number', message: order({ revenue: 'abc', x: 1 }) },
  { id: 'coercion/revenue-type-without-revenue', message: order({ revenueType: 'Tax' }) },
  { id: 'coercion/product-strings-coerced', message: order({ products: [{ price: '5', quantity: '2', productId: 7 }] }) },
  { id: 'coercion/product-quantity-string-not-integer', message: order({ products: [{ price: 5, quantity: '2.5' }] }) },
  { id: 'coercion/integrations-not-an-object', message: server({ integrations: false }) },
  { id: 'coercion/integrations-enabled-true', message: server({ integrations: { 'Actions Amplitude': true } }) },
  { id: 'coercion/session-id-boolean', message: server(session(true)) },
  { id: 'coercion/session-id-negative-string', message: server(session('-1')) },
  { id: 'coercion/timestamp-overflowing-date', message: server({ timestamp: '2021-13-45' }) },
  { id: 'coercion/timestamp-space-separated', message: server({ timestamp: '2021-08-17 15:21:15' }) },
  { id: 'coercion/traits-array-identify', message: server({ type: 'identify', event: undefined, traits: ['a'] }) },
  { id: 'routing/order-completed-is-case-sensitive', message: server({ event: 'order completed', properties: { revenue: 5 } }) },
  { id: 'routing/type-is-case-sensitive', message: server({ type: 'TRACK' }) },
  { id: 'identify/context-fields-kept', message: server({ type: 'identify', event: undefined, traits: { a: 1 }, properties: { p: 1 }, context: { ip: '1.1.1.1', locale: 'de', app: { version: '1' }, location: { country: 'DE', latitude: 1 } } }) },
  { id: 'alias/no-user-id', message: server({ type: 'alias', event: undefined, userId: undefined, previousId: 'p' }) },
  { id: 'track/no-ids', message: server({ userId: undefined, anonymousId: undefined }) },
  { id: 'track/message-id-not-insert-id', message: server({ messageId: 'm-1' }) },
  { id: 'utm/purchase-trait-set-wins-over-campaign', message: order({}, { traits: { $set: { utm_source: 'trait', k: 1 }, plan: 'pro', referrer: 'r-trait' }, context: { campaign: { source: 'g' } } }) },
  { id: 'utm/purchase-empty-source', message: order({}, { context: { campaign: { source: '' } } }) },
  { id: 'utm/track-referrer-only', message: server({ context: { page: { referrer: 'https://r/' } } }) },
  { id: 'utm/track-trait-set-once-replaced-add-kept', message: server({ traits: { $setOnce: { a: 1 }, $add: { n: 1 } }, context: { page: { referrer: 'https://r/' } } }) },
  { id: 'utm/identify-empty-referrer', message: server({ type: 'identify', event: undefined, traits: { a: 1 }, context: { page: { referrer: '' } } }) },
  { id: 'purchase/product-events-without-user-agent-fields', message: order({ products: [{ price: 1, quantity: 1 }] }, { context: { userAgent: UA.iphoneIos16, os: { name: 'iOS' } } }) },
  { id: 'group/no-user-id', message: group({ userId: undefined }) },
  { id: 'group/timestamp-without-zone', message: group({ timestamp: '2021-08-17T15:21:15' }) },
  { id: 'group/web-context-ignored', message: group({ context: { library: { name: 'analytics.js' }, userAgent: UA.macChrome93, device: { type: 'ios' }, ip: '1.1.1.1', locale: 'en' } }) },
  { id: 'settings/min-id-length-group', message: group(), settings: { minIdLength: 3 } },
  { id: 'identify/user-id-null', message: server({ type: 'identify', event: undefined, userId: null, traits: { a: 1 } }) },
]

const all = [...identity, ...platform, ...library, ...time, ...sessionId, ...userAgent, ...userProperties, ...purchase, ...shapes, ...coercion]
for (const s of all) s.source ??= 'research note section 7 / decision catalogue probe'

export const SUITES = { 'research-edge-cases': all }
export { TIMESTAMP }
