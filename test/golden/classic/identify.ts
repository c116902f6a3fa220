import type { GoldenCase } from '../goldenCase.js'
import { CHROME_WINDOWS_UA, stubUserAgentParser } from '../userAgentStub.js'

const IDENTIFY = { type: 'identify', userId: 'user-1' } as const

function identifyCase(name: string, message: object, userProperties: object | undefined, extra: Partial<GoldenCase> = {}): GoldenCase {
  return {
    name,
    message: { ...IDENTIFY, ...message },
    ...extra,
    expected: {
      ok: true,
      calls: [{ api: 'identify', identification: { user_id: 'user-1', ...(userProperties === undefined ? {} : { user_properties: userProperties }) } }],
      ...(extra.expected?.issues === undefined ? {} : { issues: extra.expected.issues }),
    },
  }
}

const basics: GoldenCase[] = [
  {
    name: 'An identify call becomes one identification with the traits as plain user properties and only the keys the Identify API accepts',
    message: {
      type: 'identify',
      userId: 'user-1',
      anonymousId: 'anon-1',
      messageId: 'identify-1',
      timestamp: '2024-01-01T00:00:00.000Z',
      traits: { email: 'ada@example.com', plan: 'pro', logins: 3 },
      context: {
        library: { name: 'analytics-ios' },
        app: { version: '5.2.0' },
        device: { id: 'ios-device-1', advertisingId: 'ad-1', manufacturer: 'Apple', model: 'iPhone15,2', brand: 'Apple' },
        os: { name: 'iOS', version: '17.1' },
        network: { carrier: 'EE' },
        location: { country: 'United Kingdom', region: 'England', city: 'London', latitude: 51.5, longitude: -0.12 },
        locale: 'en-GB',
        ip: '198.51.100.4',
      },
      integrations: { Amplitude: { session_id: 1704067000000, event_id: 4 } },
    },
    expected: {
      ok: true,
      calls: [
        {
          api: 'identify',
          identification: {
            user_id: 'user-1',
            device_id: 'ios-device-1',
            user_properties: { email: 'ada@example.com', plan: 'pro', logins: 3 },
            app_version: '5.2.0',
            platform: 'iOS',
            os_name: 'iOS',
            os_version: '17.1',
            device_brand: 'Apple',
            device_manufacturer: 'Apple',
            device_model: 'iPhone15,2',
            carrier: 'EE',
            country: 'United Kingdom',
            region: 'England',
            city: 'London',
            language: 'en-GB',
          },
        },
      ],
    },
  },
  identifyCase('An identify call without traits sends the ids only', {}, undefined),
  identifyCase('Empty traits send no user_properties', { traits: {} }, undefined),
  {
    name: 'Number ids become their decimal strings on identify',
    message: { type: 'identify', userId: 42, anonymousId: 7 },
    expected: { ok: true, calls: [{ api: 'identify', identification: { user_id: '42', device_id: '7' } }] },
  },
  {
    name: 'An identify call with only an anonymousId identifies the device',
    message: { type: 'identify', anonymousId: 'anon-1', traits: { plan: 'free' } },
    expected: { ok: true, calls: [{ api: 'identify', identification: { device_id: 'anon-1', user_properties: { plan: 'free' } } }] },
  },
  {
    name: 'With preferAnonymousIdForDeviceId, identify takes device_id from anonymousId',
    message: { type: 'identify', userId: 'user-1', anonymousId: 'anon-1', context: { device: { id: 'device-1' } } },
    settings: { preferAnonymousIdForDeviceId: true },
    expected: { ok: true, calls: [{ api: 'identify', identification: { user_id: 'user-1', device_id: 'anon-1' } }] },
  },
  {
    name: 'An identify call without any id fails with missing_identity',
    message: { type: 'identify', traits: { plan: 'pro' } },
    expected: { ok: false, issues: [{ severity: 'error', code: 'missing_identity', path: 'userId' }] },
  },
  {
    name: 'An identify call turned off by integrations is not sent',
    message: { ...IDENTIFY, traits: { plan: 'pro' }, integrations: { All: false } },
    expected: { ok: true, calls: [], issues: [{ severity: 'info', code: 'not_for_amplitude', path: 'integrations.All' }] },
  },
  {
    name: 'Traits that are not an object are dropped with a warning',
    message: { ...IDENTIFY, traits: ['pro'] },
    expected: {
      ok: true,
      calls: [{ api: 'identify', identification: { user_id: 'user-1' } }],
      issues: [{ severity: 'warning', code: 'invalid_type', path: 'traits' }],
    },
  },
]

const operations: GoldenCase[] = [
  identifyCase(
    'traitsToIncrement sends those traits as $add, numeric strings made numbers, and the rest under $set',
    { traits: { logins: 1, karma: '0.5', plan: 'pro' } },
    { $set: { plan: 'pro' }, $add: { logins: 1, karma: 0.5 } },
    { settings: { traitsToIncrement: ['logins', 'karma'] } },
  ),
  identifyCase(
    'A trait listed in traitsToIncrement that is not a number warns and is sent by the next rule',
    { traits: { logins: 'many' } },
    { logins: 'many' },
    {
      settings: { traitsToIncrement: ['logins'] },
      expected: { ok: true, issues: [{ severity: 'warning', code: 'invalid_increment', path: 'traits.logins' }] },
    },
  ),
  identifyCase(
    'A non-numeric trait listed in traitsToIncrement and traitsToSetOnce falls through to $setOnce',
    { traits: { logins: 'many', plan: 'pro' } },
    { $set: { plan: 'pro' }, $setOnce: { logins: 'many' } },
    {
      settings: { traitsToIncrement: ['logins'], traitsToSetOnce: ['logins'] },
      expected: { ok: true, issues: [{ severity: 'warning', code: 'invalid_increment', path: 'traits.logins' }] },
    },
  ),
  identifyCase(
    'traitsToSetOnce sends those traits as $setOnce and the rest under $set',
    { traits: { sign_up_date: '2024-01-01', city: 'London' } },
    { $set: { city: 'London' }, $setOnce: { sign_up_date: '2024-01-01' } },
    { settings: { traitsToSetOnce: ['sign_up_date'] } },
  ),
  identifyCase(
    'traitsToAppend sends those traits as $append',
    { traits: { tags: ['beta'] } },
    { $append: { tags: ['beta'] } },
    { settings: { traitsToAppend: ['tags'] } },
  ),
  identifyCase(
    'traitsToPrepend sends those traits as $prepend',
    { traits: { history: 'signed-up' } },
    { $prepend: { history: 'signed-up' } },
    { settings: { traitsToPrepend: ['history'] } },
  ),
  identifyCase(
    'All four trait-operation settings together, with the other traits under $set',
    { traits: { logins: 2, sign_up_date: '2024-01-01', tags: ['beta'], history: 'upgraded', plan: 'pro' } },
    { $set: { plan: 'pro' }, $setOnce: { sign_up_date: '2024-01-01' }, $add: { logins: 2 }, $append: { tags: ['beta'] }, $prepend: { history: 'upgraded' } },
    { settings: { traitsToIncrement: ['logins'], traitsToSetOnce: ['sign_up_date'], traitsToAppend: ['tags'], traitsToPrepend: ['history'] } },
  ),
  identifyCase(
    'A trait listed in several settings gets only the first operation: increment before setOnce',
    { traits: { logins: 2 } },
    { $add: { logins: 2 } },
    { settings: { traitsToIncrement: ['logins'], traitsToSetOnce: ['logins'] } },
  ),
  identifyCase(
    'A trait listed in several settings gets only the first operation: setOnce before append and prepend',
    { traits: { tags: ['beta'] } },
    { $setOnce: { tags: ['beta'] } },
    { settings: { traitsToSetOnce: ['tags'], traitsToAppend: ['tags'], traitsToPrepend: ['tags'] } },
  ),
  identifyCase(
    'A trait listed in several settings gets only the first operation: append before prepend',
    { traits: { tags: ['beta'] } },
    { $append: { tags: ['beta'] } },
    { settings: { traitsToAppend: ['tags'], traitsToPrepend: ['tags'] } },
  ),
  identifyCase(
    'A listed trait the message does not have adds nothing, and the traits stay plain keys',
    { traits: { plan: 'pro' } },
    { plan: 'pro' },
    { settings: { traitsToIncrement: ['logins'], traitsToSetOnce: ['sign_up_date'] } },
  ),
  identifyCase(
    'A trait key that looks like an operation is kept as data under $set',
    { traits: { $set: { plan: 'pro' }, name: 'Ada' } },
    { $set: { $set: { plan: 'pro' }, name: 'Ada' } },
  ),
  identifyCase(
    'context.campaign adds UTM operations on identify, and the traits move under $set',
    { traits: { plan: 'pro' }, context: { campaign: { source: 'newsletter', name: 'spring' } } },
    {
      $set: { plan: 'pro', utm_source: 'newsletter', utm_campaign: 'spring' },
      $setOnce: { initial_utm_source: 'newsletter', initial_utm_campaign: 'spring' },
    },
  ),
  identifyCase(
    'With trackReferrer, context.page.referrer adds referrer operations on identify',
    { context: { page: { referrer: 'http://examplepage.com/' } } },
    {
      $set: { referrer: 'http://examplepage.com/', referring_domain: 'examplepage.com' },
      $setOnce: { initial_referrer: 'http://examplepage.com/', initial_referring_domain: 'examplepage.com' },
    },
    { settings: { trackReferrer: true } },
  ),
  identifyCase(
    'A trait claimed by a trait-operation setting wins over the UTM value of the same name, with an info',
    { traits: { initial_utm_source: 'ads' }, context: { campaign: { source: 'newsletter' } } },
    { $set: { utm_source: 'newsletter' }, $setOnce: { initial_utm_source: 'ads' } },
    {
      settings: { traitsToSetOnce: ['initial_utm_source'] },
      expected: { ok: true, issues: [{ severity: 'info', code: 'user_property_conflict', path: 'traits.initial_utm_source' }] },
    },
  ),
]

const options: GoldenCase[] = [
  {
    name: 'groups, paying and start_version come from integrations.Amplitude on identify',
    message: { ...IDENTIFY, traits: { plan: 'pro' }, integrations: { Amplitude: { groups: { company: ['Acme', 'Globex'] }, paying: true, start_version: '1.0.0' } } },
    expected: {
      ok: true,
      calls: [
        {
          api: 'identify',
          identification: {
            user_id: 'user-1',
            user_properties: { plan: 'pro' },
            groups: { company: ['Acme', 'Globex'] },
            paying: true,
            start_version: '1.0.0',
          },
        },
      ],
    },
  },
  {
    name: 'On identify, country, region and city fall back to traits.address, not context.traits.address',
    message: {
      ...IDENTIFY,
      traits: { address: { country: 'USA', state: 'CA', city: 'San Francisco' } },
      context: { traits: { address: { country: 'Canada', region: 'Ontario', city: 'Toronto' } } },
    },
    expected: {
      ok: true,
      calls: [
        {
          api: 'identify',
          identification: {
            user_id: 'user-1',
            user_properties: { address: { country: 'USA', state: 'CA', city: 'San Francisco' } },
            country: 'USA',
            region: 'CA',
            city: 'San Francisco',
          },
        },
      ],
    },
  },
  {
    name: 'On identify, context.location wins over traits.address',
    message: { ...IDENTIFY, traits: { address: { country: 'USA', city: 'San Francisco' } }, context: { location: { city: 'Oakland' } } },
    expected: {
      ok: true,
      calls: [
        {
          api: 'identify',
          identification: {
            user_id: 'user-1',
            user_properties: { address: { country: 'USA', city: 'San Francisco' } },
            country: 'USA',
            city: 'Oakland',
          },
        },
      ],
    },
  },
  {
    name: 'On identify from the web, the user agent fills the OS and device fields',
    message: { ...IDENTIFY, context: { library: { name: 'analytics.js' }, userAgent: CHROME_WINDOWS_UA } },
    settings: { parseUserAgent: stubUserAgentParser },
    expected: {
      ok: true,
      calls: [
        {
          api: 'identify',
          identification: { user_id: 'user-1', platform: 'Web', os_name: 'Chrome', os_version: '120', device_model: 'Windows' },
        },
      ],
    },
  },
]

/** Golden cases of SPEC section 4 on `identify`. */
export const identifyCases: readonly GoldenCase[] = [...basics, ...operations, ...options]
