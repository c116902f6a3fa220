// Segment's own Amplitude (Actions) test suite, re-expressed as messages + settings for the
// quick-setup presets (research note section 8 catalogues the tests). The outputs are not copied
// from Segment's assertions: `update.mjs` runs each message through the oracle and writes what
// the published code sends to `<suite>.expected.json`.
//
// Re-expression rules:
// - Segment's tests call one action directly; here the presets route the message, so the
//   logPurchase tests use event "Order Completed" and the logEvent/logEventV2 tests a plain
//   event (both go to logEventV2).
// - Mapping changes that our settings express become settings (region, useBatchEndpoint,
//   trackRevenuePerProduct, userAgentParsing, groupType). Mapping changes they cannot express
//   stay as `settings.mapping` and the scenario is `oracleOnly` (documented, not compared).
// - `createTestEvent`'s defaults are reproduced with fixed ids and times; passing `context`
//   replaces the whole default context, as in Segment's helper.

export const TIMESTAMP = '2021-08-17T15:21:15.449Z'

export const UA = {
  iphoneIos9: 'Mozilla/5.0 (iPhone; CPU iPhone OS 9_1 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) Version/9.0 Mobile/13B143 Safari/601.1',
  macChrome53: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/53.0.2785.143 Safari/537.36',
  macChrome93: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/93.0.4577.63 Safari/537.36',
  iphoneIos16: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 Mobile/15E148 Safari/604.1',
  androidK: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/113.0.0.0 Safari/537.36',
}

const DEFAULT_CONTEXT = {
  ip: '8.8.8.8',
  library: { name: 'analytics.js', version: '2.11.1' },
  locale: 'en-US',
  location: { city: 'San Francisco', country: 'United States', latitude: 40.2964197, longitude: -76.9411617, speed: 0 },
  page: { path: '/academy/', referrer: '', search: '', title: 'Analytics Academy', url: 'https://segment.com/academy/' },
  timezone: 'Europe/Amsterdam',
  userAgent: UA.iphoneIos9,
}

/** Segment's createTestEvent with fixed ids and times. */
export function testEvent(overrides = {}) {
  return {
    anonymousId: 'anonId1234',
    context: structuredClone(DEFAULT_CONTEXT),
    event: 'Test Event',
    messageId: 'test-message-id',
    properties: {},
    receivedAt: TIMESTAMP,
    sentAt: TIMESTAMP,
    timestamp: TIMESTAMP,
    traits: {},
    type: 'track',
    userId: 'user1234',
    ...overrides,
  }
}

const withContext = (patch) => ({ ...structuredClone(DEFAULT_CONTEXT), ...patch })
const campaign = { name: 'TPS Innovation Newsletter', source: 'Newsletter', medium: 'email', term: 'tps reports', content: 'image link' }
const trait = { 'some-trait-key': 'some-trait-value' }
const order = (properties, extra = {}) => testEvent({ event: 'Order Completed', properties, ...extra })

// The tests logEvent, logEventV2 and logPurchase share (research note section 8), applied to a
// message builder so that each suite routes them to its own action.
function sharedEventScenarios(prefix, build) {
  return [
    { id: `${prefix}/defaults`, source: 'works with default mappings', message: build() },
    {
      id: `${prefix}/library-from-context`,
      source: 'library2 use_mapping with a custom library name and device type',
      message: build({ context: withContext({ library: { name: 'custom-library-name', version: '1.0.0' }, device: { type: 'custom-device-type' } }) }),
    },
    { id: `${prefix}/device-type-ios-exact`, source: 'exact event with device.type "ios"', message: build({ context: withContext({ device: { type: 'ios' } }) }) },
    { id: `${prefix}/platform-ios`, source: 'changes platform ios to iOS', message: build({ context: withContext({ device: { type: 'ios' } }) }) },
    { id: `${prefix}/platform-android`, source: 'changes platform android to Android', message: build({ context: withContext({ device: { type: 'android' } }) }) },
    { id: `${prefix}/user-id-null`, source: 'accepts null for user_id', message: build({ userId: null }) },
    {
      id: `${prefix}/traits-without-utm`,
      source: 'does not inject user data without utm / referrer',
      message: build({ traits: trait, context: { 'some-context': 'yep' } }),
    },
    {
      id: `${prefix}/utm-and-referrer`,
      source: 'supports referrer and utm properties',
      message: build({ traits: trait, context: { page: { referrer: 'some-referrer' }, campaign } }),
    },
    {
      id: `${prefix}/user-agent-mac`,
      source: 'parses the user agent (Mac Chrome 53) with a replaced context',
      message: build({ context: { userAgent: UA.macChrome53 } }),
    },
    {
      id: `${prefix}/session-id-string`,
      source: 'session_id as a digit string',
      message: build({ integrations: { 'Actions Amplitude': { session_id: '1234567890' } } }),
    },
    {
      id: `${prefix}/session-id-number`,
      source: 'session_id as a number',
      message: build({ integrations: { 'Actions Amplitude': { session_id: 1234567890 } } }),
    },
    { id: `${prefix}/eu`, source: 'sends to the EU endpoint', message: build(), settings: { region: 'eu' } },
    { id: `${prefix}/eu-batch`, source: 'sends to the EU batch endpoint', message: build(), settings: { region: 'eu', useBatchEndpoint: true } },
    {
      id: `${prefix}/os-from-context-wins`,
      source: 'context.os takes precedence over the parsed user agent',
      message: build({ context: { userAgent: UA.macChrome53, os: { name: 'iPhone OS', version: '8.1.3' } } }),
    },
  ]
}

const logPurchase = [
  ...sharedEventScenarios('logPurchase', (o = {}) => order({}, o)),
  {
    id: 'logPurchase/library2-empty',
    source: 'default mappings with library2 {} (library "segment")',
    message: order({}),
    settings: { mapping: { logPurchase: { library2: {} } } },
    oracleOnly: 'library2 {} is a saved-mapping variant (subscriptions from before Dec 2025); presets use use_mapping',
  },
  { id: 'logPurchase/web-when-device-type-null', source: 'analytics.js with device.type null gives platform Web', message: order({}, { context: withContext({ device: { type: null } }) }) },
  { id: 'logPurchase/custom-device-type-kept', source: 'analytics.js with a custom device.type keeps it', message: order({}, { context: withContext({ device: { type: 'custom' } }) }) },
  {
    id: 'logPurchase/order-with-product',
    source: 'Order Completed with revenue and one product',
    message: order({ revenue: 1999, products: [{ quantity: 1, productId: 'Bowflex Treadmill 10', price: 1999 }] }),
  },
  {
    id: 'logPurchase/alternate-revenue-path',
    source: 'revenue mapped to properties.bitcoin_rev',
    message: order({ bitcoin_rev: 9999, revenue: 1999 }),
    settings: { mapping: { logPurchase: { revenue: { '@path': '$.properties.bitcoin_rev' } } } },
    oracleOnly: 'a custom revenue mapping; our settings have no equivalent',
  },
  {
    id: 'logPurchase/revenue-per-product',
    source: 'trackRevenuePerProduct with a product revenue',
    message: order({ revenue: 1999, products: [{ quantity: 1, productId: 'Bowflex Treadmill 10', revenue: 500 }] }),
    settings: { trackRevenuePerProduct: true },
  },
  {
    id: 'logPurchase/per-product-price-times-quantity',
    source: 'per-product revenue is price x quantity',
    message: order({ revenue: 1999, products: [{ quantity: 2, productId: 'Bowflex Treadmill 10', price: 1999 }] }),
    settings: { trackRevenuePerProduct: true },
  },
  {
    id: 'logPurchase/four-products',
    source: 'four products under per-product tracking',
    message: order({
      revenue: 1999,
      products: [
        { quantity: 2, productId: 'Bowflex Treadmill 10', price: 1999 },
        { quantity: 1, productId: 'Bowflex Treadmill 8', price: 1999 },
        { productId: 'Bowflex Treadmill 6', price: 1999 },
        { quantity: 2, productId: 'Bowflex Treadmill 4' },
      ],
    }),
    settings: { trackRevenuePerProduct: true },
  },
  {
    id: 'logPurchase/price-times-quantity-beats-revenue',
    source: 'product revenue 4000 with quantity 2 x price 1999',
    message: order({ revenue: 1999, products: [{ quantity: 2, productId: 'Bowflex Treadmill 10', price: 1999, revenue: 4000 }] }),
    settings: { trackRevenuePerProduct: true },
  },
]

const logEventV2 = [
  ...sharedEventScenarios('logEventV2', (o = {}) => testEvent(o)),
  {
    id: 'logEventV2/order-completed-through-presets',
    source: 'logEvent: Order Completed without generating additional events (presets route it to logPurchase)',
    message: order({ revenue: 1999, products: [{ quantity: 1, productId: 'Bowflex Treadmill 10', price: 1999 }] }),
  },
  {
    id: 'logEventV2/revenue-not-sent',
    source: 'logEvent: alternate revenue path (logEvent/logEventV2 never send revenue)',
    message: testEvent({ properties: { bitcoin_rev: 9999, revenue: 1999 } }),
  },
  {
    id: 'logEventV2/set-once-set-always-defaults',
    source: 'logEventV2: default setOnce / setAlways from campaign and referrer',
    message: testEvent({ traits: trait, context: withContext({ page: { referrer: 'some-referrer' }, campaign }) }),
  },
  {
    id: 'logEventV2/empty-set-once-set-always-add',
    source: 'logEventV2: setOnce {}, setAlways {}, add {} keep the trait',
    message: testEvent({ traits: trait, context: withContext({ page: { referrer: 'some-referrer' }, campaign }) }),
    settings: { mapping: { logEventV2: { setOnce: {}, setAlways: {}, add: {} } } },
    oracleOnly: 'empty setOnce/setAlways/add mappings; presets use the defaults',
  },
  {
    id: 'logEventV2/user-agent-parsing-off',
    source: 'top level: userAgentParsing false with device.id "foo"',
    message: testEvent({ timestamp: '2021-04-12T16:32:37.710Z', context: { device: { id: 'foo' }, userAgent: UA.macChrome53 } }),
    settings: { userAgentParsing: false },
  },
  {
    id: 'logEventV2/page-preset',
    source: 'Page Calls preset: event_type "Viewed {{name}}"',
    message: testEvent({ type: 'page', name: 'Academy', event: undefined, properties: { title: 'Analytics Academy' } }),
  },
  {
    id: 'logEventV2/screen-preset',
    source: 'Screen Calls preset: event_type "Viewed {{name}}"',
    message: testEvent({ type: 'screen', name: 'Settings', event: undefined, context: withContext({ device: { type: 'ios' }, library: { name: 'analytics-ios', version: '4.1.0' } }) }),
  },
]

const identifyBase = (o = {}) =>
  testEvent({ type: 'identify', event: undefined, anonymousId: 'some-anonymous-id', userId: 'some-user-id', timestamp: '2021-04-12T16:32:37.710Z', traits: trait, ...o })

const identifyUser = [
  { id: 'identifyUser/defaults', source: 'works with default mappings', message: identifyBase() },
  {
    id: 'identifyUser/utm-and-referrer',
    source: 'supports referrer and utm user_properties (context replaced)',
    message: identifyBase({ context: { page: { referrer: 'some-referrer' }, campaign } }),
  },
  { id: 'identifyUser/no-utm', source: 'no $ keys without utm / referrer', message: identifyBase({ context: { 'some-context': 'yep' } }) },
  { id: 'identifyUser/user-agent-mac', source: 'parses the user agent (Mac Chrome 53)', message: identifyBase({ context: { device: { id: 'foo' }, userAgent: UA.macChrome53 } }) },
  {
    id: 'identifyUser/user-agent-parsing-off',
    source: 'userAgentParsing false sends only ids, user_properties and library',
    message: identifyBase({ context: { device: { id: 'foo' }, userAgent: UA.macChrome53 } }),
    settings: { userAgentParsing: false },
  },
  { id: 'identifyUser/platform-android', source: 'android becomes Android', message: identifyBase({ context: withContext({ device: { type: 'android' } }) }) },
  { id: 'identifyUser/platform-ios', source: 'ios becomes iOS', message: identifyBase({ context: withContext({ device: { type: 'ios' } }) }) },
  { id: 'identifyUser/eu', source: 'sends to the EU identify endpoint', message: identifyBase(), settings: { region: 'eu' } },
  {
    id: 'identifyUser/os-from-context-wins',
    source: 'context.os takes precedence over the parsed user agent',
    message: identifyBase({ context: { userAgent: UA.macChrome53, os: { name: 'iPhone OS', version: '8.1.3' } } }),
  },
]

const groupBase = (o = {}) =>
  testEvent({
    type: 'group',
    event: undefined,
    anonymousId: 'some-anonymous-id',
    userId: 'some-user-id',
    groupId: 'some-value',
    timestamp: '2021-04-12T16:32:37.710Z',
    traits: trait,
    ...o,
  })

const groupIdentifyUser = [
  { id: 'groupIdentifyUser/identify-and-groupidentify', source: 'fires identify then groupidentify', message: groupBase(), settings: { groupType: 'some-type' } },
  {
    id: 'groupIdentifyUser/with-insert-id',
    source: 'the test maps insert_id "some-insert-id"',
    message: groupBase(),
    settings: { groupType: 'some-type', mapping: { groupIdentifyUser: { insert_id: 'some-insert-id' } } },
    oracleOnly: 'insert_id has no default mapping; our settings cannot set one',
  },
  { id: 'groupIdentifyUser/eu', source: 'both calls against the EU endpoints', message: groupBase(), settings: { groupType: 'some-type', region: 'eu' } },
  {
    id: 'groupIdentifyUser/no-ids',
    source: 'without ids only groupidentify is called (and without traits no group_properties)',
    message: groupBase({ userId: undefined, anonymousId: undefined, traits: undefined }),
    settings: { groupType: 'some-type' },
  },
  { id: 'groupIdentifyUser/default-group-type', source: 'the groupType setting default', message: groupBase() },
  { id: 'groupIdentifyUser/no-timestamp', source: 'no timestamp: Segment stamps the wall clock (normalised away)', message: groupBase({ timestamp: undefined }) },
]

const mapUser = [
  {
    id: 'mapUser/defaults',
    source: 'works with default mappings',
    message: testEvent({ type: 'alias', event: undefined, userId: 'some-user-id', previousId: 'some-previous-user-id' }),
  },
  {
    id: 'mapUser/eu',
    source: 'sends to the EU usermap endpoint',
    message: testEvent({ type: 'alias', event: undefined, userId: 'some-user-id', previousId: 'some-previous-user-id' }),
    settings: { region: 'eu' },
  },
]

const helperUnits = [
  ...[
    ['digit-string', '987654321'],
    ['number', 987654321],
    ['iso-with-offset', '2000-10-31T01:30:00.000-05:00'],
    ['date-only', '2021-06-08'],
  ].map(([name, session_id]) => ({
    id: `helpers/session-id-${name}`,
    source: `formatSessionId(${JSON.stringify(session_id)})`,
    message: testEvent({ integrations: { 'Actions Amplitude': { session_id } } }),
  })),
  {
    id: 'helpers/user-agent-android-user-agent-data',
    source: 'UA parser: Android "K" UA with userAgentData model and platformVersion',
    message: testEvent({ context: { userAgent: UA.androidK, userAgentData: { model: 'TAB 2 A7', platformVersion: '5.0.1', mobile: false } } }),
  },
  { id: 'helpers/user-agent-mac-chrome-93', source: 'UA parser: Mac Chrome 93', message: testEvent({ context: { userAgent: UA.macChrome93 } }) },
  { id: 'helpers/user-agent-iphone-ios-16', source: 'UA parser: iPhone iOS 16', message: testEvent({ context: { userAgent: UA.iphoneIos16 } }) },
  { id: 'helpers/region-unknown-falls-back', source: 'regional endpoints: US by default', message: testEvent(), settings: { region: 'us' } },
]

/** Suites by file name: `scenarios/<name>.expected.json`. */
export const SUITES = {
  'segment-logPurchase': logPurchase,
  'segment-logEventV2': logEventV2,
  'segment-identifyUser': identifyUser,
  'segment-groupIdentifyUser': groupIdentifyUser,
  'segment-mapUser': mapUser,
  'segment-helpers': helperUnits,
}
