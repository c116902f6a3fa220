import type { JsonObject } from '../../../src/models/json.js'
import type { GoldenCase } from '../goldenCase.js'
import { CHROME_WINDOWS_UA, SAFARI_IPHONE_UA, stubUserAgentParser } from '../userAgentStub.js'

// 2024-01-01T00:00:00.000Z in epoch milliseconds.
const T = '2024-01-01T00:00:00.000Z'
const MS = 1704067200000

/** The smallest valid track message; cases add what they exercise. */
const TRACK = { type: 'track', event: 'Song Played', userId: 'user-1' } as const
/** What {@link TRACK} becomes: SPEC 3's always-present fields. */
const EVENT = { user_id: 'user-1', event_type: 'Song Played', session_id: -1, library: 'segment' } as const

const STUB = { parseUserAgent: stubUserAgentParser } as const

const identity: GoldenCase[] = [
  {
    name: 'A track call becomes one event named after the event, with its properties, time, insert_id, library segment and session_id -1',
    message: { ...TRACK, messageId: 'msg-1', timestamp: T, properties: { title: 'Blue', plays: 3 } },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...EVENT,
            time: MS,
            insert_id: 'msg-1',
            event_properties: { title: 'Blue', plays: 3 },
          },
        },
      ],
    },
  },
  {
    name: 'Number ids become their decimal strings',
    message: { type: 'track', event: 'Song Played', userId: 42, anonymousId: 7, messageId: 12345 },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, user_id: '42', device_id: '7', insert_id: '12345' } }],
    },
  },
  {
    name: 'A null userId is absent, so only device_id is sent',
    message: { type: 'track', event: 'Song Played', userId: null, anonymousId: 'anon-1' },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { device_id: 'anon-1', event_type: 'Song Played', session_id: -1, library: 'segment' } }],
    },
  },
  {
    name: 'An empty userId is absent',
    message: { type: 'track', event: 'Song Played', userId: '', anonymousId: 'anon-1' },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { device_id: 'anon-1', event_type: 'Song Played', session_id: -1, library: 'segment' } }],
    },
  },
  {
    name: 'A whitespace-only userId is absent',
    message: { type: 'track', event: 'Song Played', userId: '  \t', anonymousId: 'anon-1' },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { device_id: 'anon-1', event_type: 'Song Played', session_id: -1, library: 'segment' } }],
    },
  },
  {
    name: 'A track call without userId, anonymousId or device id fails with missing_identity',
    message: { type: 'track', event: 'Song Played', properties: { title: 'Blue' } },
    expected: { ok: false, issues: [{ severity: 'error', code: 'missing_identity', path: 'userId' }] },
  },
  {
    name: 'Ids that are all empty or whitespace count as missing',
    message: { type: 'track', event: 'Song Played', userId: '', anonymousId: ' ', context: { device: { id: '' } } },
    expected: { ok: false, issues: [{ severity: 'error', code: 'missing_identity', path: 'userId' }] },
  },
  {
    name: 'device_id is context.device.id before anonymousId by default',
    message: { ...TRACK, anonymousId: 'anon-1', context: { device: { id: 'device-1' } } },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, device_id: 'device-1' } }] },
  },
  {
    name: 'device_id falls back to anonymousId when there is no context.device.id',
    message: { ...TRACK, anonymousId: 'anon-1' },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, device_id: 'anon-1' } }] },
  },
  {
    name: 'An empty context.device.id falls through to anonymousId',
    message: { ...TRACK, anonymousId: 'anon-1', context: { device: { id: '' } } },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, device_id: 'anon-1' } }] },
  },
  {
    name: 'With preferAnonymousIdForDeviceId, device_id is anonymousId before context.device.id',
    message: { ...TRACK, anonymousId: 'anon-1', context: { device: { id: 'device-1' } } },
    settings: { preferAnonymousIdForDeviceId: true },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, device_id: 'anon-1' } }] },
  },
  {
    name: 'With preferAnonymousIdForDeviceId, a whitespace anonymousId falls through to context.device.id',
    message: { ...TRACK, anonymousId: '   ', context: { device: { id: 'device-1' } } },
    settings: { preferAnonymousIdForDeviceId: true },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, device_id: 'device-1' } }] },
  },
]

const integrations: GoldenCase[] = [
  {
    name: 'integrations.Amplitude false means the message is not for Amplitude: no calls and an info',
    message: { ...TRACK, integrations: { Amplitude: false } },
    expected: { ok: true, calls: [], issues: [{ severity: 'info', code: 'not_for_amplitude', path: 'integrations.Amplitude' }] },
  },
  {
    name: 'integrations.All false without Amplitude means the message is not for Amplitude',
    message: { ...TRACK, integrations: { All: false } },
    expected: { ok: true, calls: [], issues: [{ severity: 'info', code: 'not_for_amplitude', path: 'integrations.All' }] },
  },
  {
    name: 'integrations.All false with Amplitude true still sends the message',
    message: { ...TRACK, integrations: { All: false, Amplitude: true } },
    expected: { ok: true, calls: [{ api: 'event', event: EVENT }] },
  },
  {
    name: 'integrations.All false with an Amplitude options object still sends the message and reads the options',
    message: { ...TRACK, integrations: { All: false, Amplitude: { session_id: MS } } },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, session_id: MS } }] },
  },
  {
    name: 'An empty integrations.Amplitude options object counts as turned on',
    message: { ...TRACK, integrations: { All: false, Amplitude: {} } },
    expected: { ok: true, calls: [{ api: 'event', event: EVENT }] },
  },
  {
    name: 'integrations.Amplitude false wins over integrations.All true',
    message: { ...TRACK, integrations: { All: true, Amplitude: false } },
    expected: { ok: true, calls: [], issues: [{ severity: 'info', code: 'not_for_amplitude', path: 'integrations.Amplitude' }] },
  },
  {
    name: 'Other destinations turned off in integrations do not matter',
    message: { ...TRACK, integrations: { Mixpanel: false, 'Actions Amplitude': false } },
    expected: { ok: true, calls: [{ api: 'event', event: EVENT }] },
  },
]

const time: GoldenCase[] = [
  {
    name: 'An ISO timestamp with an offset becomes epoch milliseconds',
    message: { ...TRACK, timestamp: '2024-01-01T02:00:00.000+02:00' },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, time: MS } }] },
  },
  {
    name: 'A zone-less timestamp is read as UTC',
    message: { ...TRACK, timestamp: '2024-01-01T00:00:00' },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, time: MS } }] },
  },
  {
    name: 'A year-only timestamp is the start of that year in UTC',
    message: { ...TRACK, timestamp: '2014' },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, time: 1388534400000 } }] },
  },
  {
    name: 'A number timestamp is already epoch milliseconds',
    message: { ...TRACK, timestamp: MS },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, time: MS } }] },
  },
  {
    name: 'A fractional number timestamp is floored, with a warning',
    message: { ...TRACK, timestamp: MS + 0.75 },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, time: MS } }],
      issues: [{ severity: 'warning', code: 'fractional_timestamp', path: 'timestamp' }],
    },
  },
  {
    name: 'Without timestamp, time comes from originalTimestamp',
    message: { ...TRACK, originalTimestamp: T },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, time: MS } }] },
  },
  {
    name: 'An invalid timestamp warns at timestamp and time falls back to originalTimestamp',
    message: { ...TRACK, timestamp: 'yesterday', originalTimestamp: T },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, time: MS } }],
      issues: [{ severity: 'warning', code: 'invalid_timestamp', path: 'timestamp' }],
    },
  },
  {
    name: 'An impossible calendar date is an invalid timestamp',
    message: { ...TRACK, timestamp: '2023-02-29T00:00:00Z', originalTimestamp: T },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, time: MS } }],
      issues: [{ severity: 'warning', code: 'invalid_timestamp', path: 'timestamp' }],
    },
  },
  {
    name: 'A timestamp of the wrong type is dropped with a warning and originalTimestamp is used',
    message: { ...TRACK, timestamp: true, originalTimestamp: T },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, time: MS } }],
      issues: [{ severity: 'warning', code: 'invalid_type', path: 'timestamp' }],
    },
  },
  {
    name: 'When neither timestamp is valid, both warn and time is omitted',
    message: { ...TRACK, timestamp: 'soon', originalTimestamp: 'later' },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: EVENT }],
      issues: [
        { severity: 'warning', code: 'invalid_timestamp', path: 'timestamp' },
        { severity: 'warning', code: 'invalid_timestamp', path: 'originalTimestamp' },
      ],
    },
  },
  {
    name: 'Without any timestamp, time is omitted so that Amplitude uses the upload time',
    message: { ...TRACK, sentAt: T, receivedAt: T },
    expected: { ok: true, calls: [{ api: 'event', event: EVENT }] },
  },
]

const ids: GoldenCase[] = [
  {
    name: 'Without messageId there is no insert_id',
    message: TRACK,
    expected: { ok: true, calls: [{ api: 'event', event: EVENT }] },
  },
  {
    name: 'session_id comes from integrations.Amplitude.session_id as a number',
    message: { ...TRACK, integrations: { Amplitude: { session_id: 1704067000000 } } },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, session_id: 1704067000000 } }] },
  },
  {
    name: 'A digit-string session_id becomes a number',
    message: { ...TRACK, integrations: { Amplitude: { session_id: '1704067000000' } } },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, session_id: 1704067000000 } }] },
  },
  {
    name: 'An ISO date session_id becomes epoch milliseconds',
    message: { ...TRACK, integrations: { Amplitude: { session_id: T } } },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, session_id: MS } }] },
  },
  {
    name: 'An invalid session_id warns and the event is sent out of session (-1)',
    message: { ...TRACK, integrations: { Amplitude: { session_id: 'morning' } } },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: EVENT }],
      issues: [{ severity: 'warning', code: 'invalid_session_id', path: 'integrations.Amplitude.session_id' }],
    },
  },
  {
    name: 'A session_id that is not a number or string warns and is -1',
    message: { ...TRACK, integrations: { Amplitude: { session_id: { start: 1 } } } },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: EVENT }],
      issues: [{ severity: 'warning', code: 'invalid_session_id', path: 'integrations.Amplitude.session_id' }],
    },
  },
  {
    name: 'event_id comes from integrations.Amplitude.event_id when it is an integer',
    message: { ...TRACK, integrations: { Amplitude: { event_id: 7 } } },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, event_id: 7 } }] },
  },
  {
    name: 'A digit-string event_id becomes a number',
    message: { ...TRACK, integrations: { Amplitude: { event_id: '7' } } },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, event_id: 7 } }] },
  },
  {
    name: 'A non-integer event_id is left out with a warning',
    message: { ...TRACK, integrations: { Amplitude: { event_id: 7.5 } } },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: EVENT }],
      issues: [{ severity: 'warning', code: 'invalid_option', path: 'integrations.Amplitude.event_id' }],
    },
  },
  {
    name: 'library is always segment, whatever context.library says',
    message: { ...TRACK, context: { library: { name: 'analytics-node', version: '6.0.0' } } },
    expected: { ok: true, calls: [{ api: 'event', event: EVENT }] },
  },
]

function platformCase(name: string, context: object, platform: string | undefined): GoldenCase {
  return {
    name,
    message: { ...TRACK, context },
    expected: { ok: true, calls: [{ api: 'event', event: platform === undefined ? EVENT : { ...EVENT, platform } }] },
  }
}

const platform: GoldenCase[] = [
  platformCase('Library analytics.js gives platform Web', { library: { name: 'analytics.js' } }, 'Web'),
  platformCase('Library analytics-ios gives platform iOS', { library: { name: 'analytics-ios' } }, 'iOS'),
  platformCase('Library analytics-swift gives platform iOS', { library: { name: 'analytics-swift' } }, 'iOS'),
  platformCase('Library analytics-android gives platform Android', { library: { name: 'analytics-android' } }, 'Android'),
  platformCase('Library analytics-kotlin gives platform Android', { library: { name: 'analytics-kotlin' } }, 'Android'),
  platformCase(
    'The library decides the platform before context.device.type',
    { library: { name: 'analytics.js' }, device: { type: 'ios' } },
    'Web',
  ),
  platformCase(
    'An unknown library falls back to context.device.type, with ios normalised to iOS',
    { library: { name: 'analytics-node' }, device: { type: 'ios' } },
    'iOS',
  ),
  platformCase('context.device.type android is normalised to Android', { device: { type: 'android' } }, 'Android'),
  platformCase('context.device.type web is normalised to Web', { device: { type: 'web' } }, 'Web'),
  platformCase('context.device.type is normalised whatever its case', { device: { type: 'IOS' } }, 'iOS'),
  platformCase('Any other context.device.type is sent as given', { device: { type: 'tvos' } }, 'tvos'),
  platformCase('A number context.device.type becomes a string platform', { device: { type: 1 } }, '1'),
  platformCase('A device type named like an object member is plain text', { device: { type: 'constructor' } }, 'constructor'),
  platformCase('Without a known library or a device type there is no platform', { library: { name: 'analytics-php' } }, undefined),
]

const special: GoldenCase[] = [
  {
    name: 'App version, OS and device fields come from the context',
    message: {
      ...TRACK,
      context: {
        app: { version: '2.3.1', build: '231' },
        os: { name: 'Linux', version: '6.1' },
        device: { model: 'ThinkPad X1', manufacturer: 'Lenovo', brand: 'ThinkPad' },
        network: { carrier: 'T-Mobile' },
      },
    },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...EVENT,
            app_version: '2.3.1',
            os_name: 'Linux',
            os_version: '6.1',
            device_model: 'ThinkPad X1',
            device_manufacturer: 'Lenovo',
            device_brand: 'ThinkPad',
            carrier: 'T-Mobile',
          },
        },
      ],
    },
  },
  {
    name: 'Location fields come from context.location, with numeric-string coordinates made numbers',
    message: {
      ...TRACK,
      context: {
        location: { country: 'Germany', region: 'Berlin', city: 'Berlin', latitude: '52.52', longitude: 13.405, speed: 0 },
        locale: 'de-DE',
        ip: '203.0.113.7',
      },
    },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...EVENT,
            country: 'Germany',
            region: 'Berlin',
            city: 'Berlin',
            location_lat: 52.52,
            location_lng: 13.405,
            language: 'de-DE',
            ip: '203.0.113.7',
          },
        },
      ],
    },
  },
  {
    name: 'A coordinate that is not a number is dropped with a warning',
    message: { ...TRACK, context: { location: { latitude: 'north', longitude: '13.405' } } },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, location_lng: 13.405 } }],
      issues: [{ severity: 'warning', code: 'invalid_type', path: 'context.location.latitude' }],
    },
  },
  {
    name: 'country, region and city fall back to context.traits.address, and region to address.state',
    message: {
      ...TRACK,
      context: { traits: { address: { country: 'USA', state: 'CA', city: 'San Francisco', postalCode: '94107' } } },
    },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...EVENT,
            country: 'USA',
            region: 'CA',
            city: 'San Francisco',
            user_properties: { address: { country: 'USA', state: 'CA', city: 'San Francisco', postalCode: '94107' } },
          },
        },
      ],
    },
  },
  {
    name: 'context.location wins field by field over the address trait, and address.region over address.state',
    message: {
      ...TRACK,
      context: {
        location: { city: 'Oakland' },
        traits: { address: { country: 'USA', region: 'California', state: 'CA', city: 'San Francisco' } },
      },
    },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...EVENT,
            country: 'USA',
            region: 'California',
            city: 'Oakland',
            user_properties: { address: { country: 'USA', region: 'California', state: 'CA', city: 'San Francisco' } },
          },
        },
      ],
    },
  },
  {
    name: 'A number in the address trait is sent as text',
    message: { ...TRACK, context: { traits: { address: { region: 75, city: 'Paris' } } } },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, region: '75', city: 'Paris', user_properties: { address: { region: 75, city: 'Paris' } } } }],
    },
  },
  {
    name: 'language is context.locale unchanged, and no country is guessed from it',
    message: { ...TRACK, context: { locale: 'en-US' } },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, language: 'en-US' } }] },
  },
  {
    name: 'On iOS, advertisingId is sent as idfa and context.device.id as idfv',
    message: { ...TRACK, context: { os: { name: 'iOS' }, device: { id: 'device-1', advertisingId: 'ad-1' } } },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, device_id: 'device-1', os_name: 'iOS', idfa: 'ad-1', idfv: 'device-1' } }],
    },
  },
  {
    name: 'iPadOS and iPhone OS count as iOS for advertising ids, and device.idfa is the fallback',
    message: { ...TRACK, context: { os: { name: 'iPadOS' }, device: { idfa: 'ad-2' } } },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, os_name: 'iPadOS', idfa: 'ad-2' } }] },
  },
  {
    name: 'iPhone OS counts as iOS, and advertisingId wins over device.idfa',
    message: { ...TRACK, context: { os: { name: 'iPhone OS' }, device: { advertisingId: 'ad-1', idfa: 'ad-2' } } },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, os_name: 'iPhone OS', idfa: 'ad-1' } }] },
  },
  {
    name: 'On Android, advertisingId is sent as adid and there is no idfv',
    message: { ...TRACK, context: { os: { name: 'Android' }, device: { id: 'device-1', advertisingId: 'ad-1' } } },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, device_id: 'device-1', os_name: 'Android', adid: 'ad-1' } }],
    },
  },
  {
    name: 'On Android, device.idfa is the fallback for adid',
    message: { ...TRACK, context: { os: { name: 'android' }, device: { idfa: 'ad-2' } } },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, os_name: 'android', adid: 'ad-2' } }] },
  },
  {
    name: 'Without an OS name, the platform decides between idfa and adid',
    message: { ...TRACK, context: { library: { name: 'analytics-android' }, device: { advertisingId: 'ad-1' } } },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, platform: 'Android', adid: 'ad-1' } }] },
  },
  {
    name: 'An OS name that is neither iOS nor Android sends no advertising ids, whatever the platform',
    message: { ...TRACK, context: { library: { name: 'analytics-ios' }, os: { name: 'Mac OS' }, device: { id: 'device-1', advertisingId: 'ad-1' } } },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, device_id: 'device-1', platform: 'iOS', os_name: 'Mac OS' } }],
    },
  },
  {
    name: 'With preferAnonymousIdForDeviceId, idfv is still context.device.id',
    message: { ...TRACK, anonymousId: 'anon-1', context: { os: { name: 'iOS' }, device: { id: 'device-1' } } },
    settings: { preferAnonymousIdForDeviceId: true },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, device_id: 'anon-1', os_name: 'iOS', idfv: 'device-1' } }],
    },
  },
]

const userAgent: GoldenCase[] = [
  {
    name: 'On the web, the user agent fills os_name with the browser, os_version with its major version and device_model with the OS',
    message: { ...TRACK, context: { library: { name: 'analytics.js' }, userAgent: CHROME_WINDOWS_UA } },
    settings: STUB,
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: { ...EVENT, platform: 'Web', os_name: 'Chrome', os_version: '120', device_model: 'Windows' },
        },
      ],
    },
  },
  {
    name: 'On the web, the user agent device vendor fills device_manufacturer',
    message: { ...TRACK, context: { library: { name: 'analytics.js' }, userAgent: SAFARI_IPHONE_UA } },
    settings: STUB,
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...EVENT,
            platform: 'Web',
            os_name: 'Mobile Safari',
            os_version: '17',
            device_model: 'iOS',
            device_manufacturer: 'Apple',
          },
        },
      ],
    },
  },
  {
    name: 'The user agent fills only the fields the context left empty',
    message: {
      ...TRACK,
      context: { library: { name: 'analytics.js' }, userAgent: SAFARI_IPHONE_UA, os: { name: 'iOS' }, device: { model: 'iPhone15,2' } },
    },
    settings: STUB,
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: { ...EVENT, platform: 'Web', os_name: 'iOS', os_version: '17', device_model: 'iPhone15,2', device_manufacturer: 'Apple' },
        },
      ],
    },
  },
  {
    name: 'A device type web is enough to parse the user agent',
    message: { ...TRACK, context: { device: { type: 'web' }, userAgent: CHROME_WINDOWS_UA } },
    settings: STUB,
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, platform: 'Web', os_name: 'Chrome', os_version: '120', device_model: 'Windows' } }],
    },
  },
  {
    name: 'With userAgentParsing false the user agent is not read',
    message: { ...TRACK, context: { library: { name: 'analytics.js' }, userAgent: CHROME_WINDOWS_UA } },
    settings: { ...STUB, userAgentParsing: false },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, platform: 'Web' } }] },
  },
  {
    name: 'A user agent on a message that is not from the web is not read',
    message: { ...TRACK, context: { library: { name: 'analytics-node' }, userAgent: CHROME_WINDOWS_UA } },
    settings: STUB,
    expected: { ok: true, calls: [{ api: 'event', event: EVENT }] },
  },
  {
    name: 'A user agent the parser does not recognise fills nothing',
    message: { ...TRACK, context: { library: { name: 'analytics.js' }, userAgent: 'curl/8.4.0' } },
    settings: STUB,
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, platform: 'Web' } }] },
  },
  {
    name: 'A custom parser that returns a full browser version still gives the major version as os_version',
    message: { ...TRACK, context: { library: { name: 'analytics.js' }, userAgent: 'Mozilla/5.0 Firefox/121.0' } },
    settings: { parseUserAgent: () => ({ browser: 'Firefox', browserVersion: '121.0.1', os: 'Linux' }) },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, platform: 'Web', os_name: 'Firefox', os_version: '121', device_model: 'Linux' } }],
    },
  },
]

const groups: GoldenCase[] = [
  {
    name: 'groups comes from integrations.Amplitude.groups, numbers made strings',
    message: { ...TRACK, integrations: { Amplitude: { groups: { company: 'Acme', teams: ['red', 'blue'], org: 42 } } } },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, groups: { company: 'Acme', teams: ['red', 'blue'], org: '42' } } }],
    },
  },
  {
    name: 'A groups option that is not an object is ignored with a warning',
    message: { ...TRACK, integrations: { Amplitude: { groups: 'Acme' } } },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: EVENT }],
      issues: [{ severity: 'warning', code: 'invalid_option', path: 'integrations.Amplitude.groups' }],
    },
  },
  {
    name: 'A group whose value is not a name or a list of names is left out with a warning',
    message: { ...TRACK, integrations: { Amplitude: { groups: { company: 'Acme', plan: { tier: 'pro' } } } } },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, groups: { company: 'Acme' } } }],
      issues: [{ severity: 'warning', code: 'invalid_option', path: 'integrations.Amplitude.groups.plan' }],
    },
  },
  {
    name: 'An empty groups option sends no groups',
    message: { ...TRACK, integrations: { Amplitude: { groups: {} } } },
    expected: { ok: true, calls: [{ api: 'event', event: EVENT }] },
  },
]

const lossless: GoldenCase[] = [
  {
    name: 'event_properties are the properties unchanged, including keys Classic used to delete',
    message: {
      ...TRACK,
      properties: {
        country: 'France',
        language: 'fr',
        event_id: 3,
        amplitude_event_type: 'x',
        price: 10,
        quantity: 2,
        nothing: null,
        nested: { list: [1, 'two', { three: 3 }], empty: {} },
      },
    },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...EVENT,
            event_properties: {
              country: 'France',
              language: 'fr',
              event_id: 3,
              amplitude_event_type: 'x',
              price: 10,
              quantity: 2,
              nothing: null,
              nested: { list: [1, 'two', { three: 3 }], empty: {} },
            },
          },
        },
      ],
    },
  },
  {
    name: 'Keys named __proto__, constructor and prototype in properties and traits are plain data',
    message: JSON.parse(
      '{"type":"track","event":"Song Played","userId":"user-1","properties":{"__proto__":{"polluted":true},"constructor":"c","prototype":1},"context":{"traits":{"__proto__":{"admin":true}}}}',
    ) as unknown,
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...EVENT,
            event_properties: JSON.parse('{"__proto__":{"polluted":true},"constructor":"c","prototype":1}') as JsonObject,
            user_properties: JSON.parse('{"__proto__":{"admin":true}}') as JsonObject,
          },
        },
      ],
    },
  },
  {
    name: 'Empty properties send no event_properties',
    message: { ...TRACK, properties: {} },
    expected: { ok: true, calls: [{ api: 'event', event: EVENT }] },
  },
]

const UTM_CONTEXT = { campaign: { source: 'newsletter', medium: 'email', name: 'spring', term: 'shoes', content: 'banner' } }

const userProperties: GoldenCase[] = [
  {
    name: 'user_properties are context.traits as plain keys, and no id is added',
    message: { ...TRACK, context: { traits: { plan: 'pro', logins: 3 } } },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, user_properties: { plan: 'pro', logins: 3 } } }] },
  },
  {
    name: 'Empty context.traits send no user_properties',
    message: { ...TRACK, context: { traits: {} } },
    expected: { ok: true, calls: [{ api: 'event', event: EVENT }] },
  },
  {
    name: 'context.campaign becomes $set utm_* and $setOnce initial_utm_*',
    message: { ...TRACK, context: UTM_CONTEXT },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...EVENT,
            user_properties: {
              $set: { utm_source: 'newsletter', utm_medium: 'email', utm_campaign: 'spring', utm_term: 'shoes', utm_content: 'banner' },
              $setOnce: {
                initial_utm_source: 'newsletter',
                initial_utm_medium: 'email',
                initial_utm_campaign: 'spring',
                initial_utm_term: 'shoes',
                initial_utm_content: 'banner',
              },
            },
          },
        },
      ],
    },
  },
  {
    name: 'With a UTM operation present, every plain trait moves under $set',
    message: { ...TRACK, context: { traits: { plan: 'pro' }, campaign: { source: 'newsletter' } } },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...EVENT,
            user_properties: { $set: { plan: 'pro', utm_source: 'newsletter' }, $setOnce: { initial_utm_source: 'newsletter' } },
          },
        },
      ],
    },
  },
  {
    name: 'With trackUtmProperties false the campaign is not read and traits stay plain',
    message: { ...TRACK, context: { traits: { plan: 'pro' }, ...UTM_CONTEXT } },
    settings: { trackUtmProperties: false },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, user_properties: { plan: 'pro' } } }] },
  },
  {
    name: 'Empty campaign values produce no empty operation objects',
    message: { ...TRACK, context: { campaign: { source: '', medium: '' } } },
    expected: { ok: true, calls: [{ api: 'event', event: EVENT }] },
  },
  {
    name: 'A trait that a UTM rule also claims is sent once, as the trait, with an info',
    message: { ...TRACK, context: { traits: { utm_source: 'ads' }, campaign: { source: 'newsletter' } } },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: { ...EVENT, user_properties: { $set: { utm_source: 'ads' }, $setOnce: { initial_utm_source: 'newsletter' } } },
        },
      ],
      issues: [{ severity: 'info', code: 'user_property_conflict', path: 'context.traits.utm_source' }],
    },
  },
  {
    name: 'With trackReferrer, context.page.referrer becomes $set referrer and referring_domain and $setOnce initial_*',
    message: { ...TRACK, context: { page: { referrer: 'https://www.example.com:8080/path?q=1' } } },
    settings: { trackReferrer: true },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...EVENT,
            user_properties: {
              $set: { referrer: 'https://www.example.com:8080/path?q=1', referring_domain: 'www.example.com:8080' },
              $setOnce: {
                initial_referrer: 'https://www.example.com:8080/path?q=1',
                initial_referring_domain: 'www.example.com:8080',
              },
            },
          },
        },
      ],
    },
  },
  {
    name: 'A referrer without a host sends no referring_domain',
    message: { ...TRACK, context: { page: { referrer: 'https:/' } } },
    settings: { trackReferrer: true },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, user_properties: { $set: { referrer: 'https:/' }, $setOnce: { initial_referrer: 'https:/' } } } }],
    },
  },
  {
    name: 'The referrer is not read by default',
    message: { ...TRACK, context: { page: { referrer: 'https://www.example.com/' } } },
    expected: { ok: true, calls: [{ api: 'event', event: EVENT }] },
  },
]

const appendFields: GoldenCase[] = [
  {
    name: 'appendFieldsToEventProps copies message fields into event_properties',
    message: { ...TRACK, properties: { foo: 'bar' }, context: { page: { path: '/context.html', title: 'Context' } } },
    settings: { appendFieldsToEventProps: { 'context.page.path': 'pagePath', 'context.page.title': 'pageTitle' } },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, event_properties: { foo: 'bar', pagePath: '/context.html', pageTitle: 'Context' } } }],
    },
  },
  {
    name: 'appendFieldsToEventProps never overwrites a property; it warns instead',
    message: { ...TRACK, properties: { pagePath: '/mine' }, context: { page: { path: '/context.html' } } },
    settings: { appendFieldsToEventProps: { 'context.page.path': 'pagePath' } },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, event_properties: { pagePath: '/mine' } } }],
      issues: [{ severity: 'warning', code: 'append_field_conflict', path: 'context.page.path' }],
    },
  },
  {
    name: 'appendFieldsToEventProps skips a path the message does not have',
    message: TRACK,
    settings: { appendFieldsToEventProps: { 'context.page.path': 'pagePath' } },
    expected: { ok: true, calls: [{ api: 'event', event: EVENT }] },
  },
]

const malformed: GoldenCase[] = [
  {
    name: 'A track call without an event name fails with missing_event',
    message: { type: 'track', userId: 'user-1' },
    expected: { ok: false, issues: [{ severity: 'error', code: 'missing_event', path: 'event' }] },
  },
  {
    name: 'A whitespace-only event name fails with missing_event',
    message: { type: 'track', event: '  ', userId: 'user-1' },
    expected: { ok: false, issues: [{ severity: 'error', code: 'missing_event', path: 'event' }] },
  },
  {
    name: 'An event name that is an object is dropped with a warning and the call fails',
    message: { type: 'track', event: { name: 'x' }, userId: 'user-1' },
    expected: {
      ok: false,
      issues: [
        { severity: 'warning', code: 'invalid_type', path: 'event' },
        { severity: 'error', code: 'missing_event', path: 'event' },
      ],
    },
  },
  {
    name: 'A number event name becomes its decimal string',
    message: { type: 'track', event: 404, userId: 'user-1' },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, event_type: '404' } }] },
  },
  {
    name: 'Properties that are not an object are dropped with a warning',
    message: { ...TRACK, properties: ['a', 'b'] },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: EVENT }],
      issues: [{ severity: 'warning', code: 'invalid_type', path: 'properties' }],
    },
  },
  {
    name: 'A context that is not an object is dropped with a warning',
    message: { ...TRACK, context: 'ios' },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: EVENT }],
      issues: [{ severity: 'warning', code: 'invalid_type', path: 'context' }],
    },
  },
  {
    name: 'Wrongly typed context fields are each dropped with a warning naming their path',
    message: {
      ...TRACK,
      context: { traits: ['pro'], device: { id: { v: 1 }, model: true }, os: 'iOS', ip: false, app: { version: 2 } },
    },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, app_version: '2' } }],
      issues: [
        { severity: 'warning', code: 'invalid_type', path: 'context.device.id' },
        { severity: 'warning', code: 'invalid_type', path: 'context.device.model' },
        { severity: 'warning', code: 'invalid_type', path: 'context.ip' },
        { severity: 'warning', code: 'invalid_type', path: 'context.os' },
        { severity: 'warning', code: 'invalid_type', path: 'context.traits' },
      ],
    },
  },
  {
    name: 'A userId that is an object is dropped with a warning and anonymousId identifies the user',
    message: { type: 'track', event: 'Song Played', userId: { id: 1 }, anonymousId: 'anon-1' },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { device_id: 'anon-1', event_type: 'Song Played', session_id: -1, library: 'segment' } }],
      issues: [{ severity: 'warning', code: 'invalid_type', path: 'userId' }],
    },
  },
  {
    name: 'A userId that is an object is dropped with a warning, and without other ids the call fails',
    message: { type: 'track', event: 'Song Played', userId: ['user-1'] },
    expected: {
      ok: false,
      issues: [
        { severity: 'warning', code: 'invalid_type', path: 'userId' },
        { severity: 'error', code: 'missing_identity', path: 'userId' },
      ],
    },
  },
  {
    name: 'An integrations value that is not an object is dropped with a warning and the message is sent',
    message: { ...TRACK, integrations: 'none' },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: EVENT }],
      issues: [{ severity: 'warning', code: 'invalid_type', path: 'integrations' }],
    },
  },
  {
    name: 'An integrations.Amplitude value that is neither boolean nor object is dropped with a warning',
    message: { ...TRACK, integrations: { Amplitude: 'yes', All: false } },
    expected: {
      ok: true,
      calls: [],
      issues: [
        { severity: 'warning', code: 'invalid_type', path: 'integrations.Amplitude' },
        { severity: 'info', code: 'not_for_amplitude', path: 'integrations.All' },
      ],
    },
  },
]

const contextKinds: GoldenCase[] = [
  {
    name: 'A mobile iOS message produces every special property of an iOS device',
    message: {
      type: 'track',
      event: 'Song Played',
      userId: 'user-1',
      anonymousId: 'anon-1',
      messageId: 'ios-msg-1',
      timestamp: '2024-01-01T00:00:00.000Z',
      properties: { title: 'Blue' },
      context: {
        app: { name: 'Tunes', version: '5.2.0', build: '520', namespace: 'com.example.tunes' },
        device: {
          id: 'B5372DB0-C21E-11E4-8DFC-AA07A5B093DB',
          advertisingId: '7A3CBEA0-BDF5-11E4-8DFC-AA07A5B093DB',
          adTrackingEnabled: true,
          manufacturer: 'Apple',
          model: 'iPhone15,2',
          name: 'maguro',
          type: 'ios',
        },
        library: { name: 'analytics-ios', version: '4.1.8' },
        locale: 'en-GB',
        location: { city: 'London', country: 'United Kingdom', region: 'England', latitude: 51.5072, longitude: -0.1276 },
        network: { bluetooth: false, carrier: 'EE', cellular: true, wifi: false },
        os: { name: 'iOS', version: '17.1' },
        ip: '198.51.100.4',
        screen: { width: 390, height: 844, density: 3 },
        timezone: 'Europe/London',
        traits: { plan: 'family' },
      },
    },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            user_id: 'user-1',
            device_id: 'B5372DB0-C21E-11E4-8DFC-AA07A5B093DB',
            event_type: 'Song Played',
            time: MS,
            insert_id: 'ios-msg-1',
            session_id: -1,
            library: 'segment',
            platform: 'iOS',
            app_version: '5.2.0',
            os_name: 'iOS',
            os_version: '17.1',
            device_manufacturer: 'Apple',
            device_model: 'iPhone15,2',
            carrier: 'EE',
            country: 'United Kingdom',
            region: 'England',
            city: 'London',
            language: 'en-GB',
            location_lat: 51.5072,
            location_lng: -0.1276,
            ip: '198.51.100.4',
            idfa: '7A3CBEA0-BDF5-11E4-8DFC-AA07A5B093DB',
            idfv: 'B5372DB0-C21E-11E4-8DFC-AA07A5B093DB',
            user_properties: { plan: 'family' },
            event_properties: { title: 'Blue' },
          },
        },
      ],
    },
  },
  {
    name: 'An Android message produces every special property of an Android device',
    message: {
      type: 'track',
      event: 'Song Played',
      anonymousId: 'anon-2',
      messageId: 'android-msg-1',
      timestamp: '2024-01-01T00:00:00.000Z',
      context: {
        app: { name: 'Tunes', version: '5.2.0', build: '520' },
        device: {
          id: 'android-device-1',
          advertisingId: 'c8d0a6b4-2c3e-4f5a-9b1d-3e2f1a0b9c8d',
          manufacturer: 'samsung',
          brand: 'samsung',
          model: 'SM-S911B',
          type: 'android',
        },
        library: { name: 'analytics-kotlin', version: '1.14.0' },
        locale: 'de-DE',
        network: { carrier: 'Telekom.de', cellular: true, wifi: false },
        os: { name: 'Android', version: '14' },
        location: { latitude: '52.52', longitude: '13.405' },
        traits: { address: { country: 'Germany', state: 'BE', city: 'Berlin' } },
      },
    },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            device_id: 'android-device-1',
            event_type: 'Song Played',
            time: MS,
            insert_id: 'android-msg-1',
            session_id: -1,
            library: 'segment',
            platform: 'Android',
            app_version: '5.2.0',
            os_name: 'Android',
            os_version: '14',
            device_brand: 'samsung',
            device_manufacturer: 'samsung',
            device_model: 'SM-S911B',
            carrier: 'Telekom.de',
            country: 'Germany',
            region: 'BE',
            city: 'Berlin',
            language: 'de-DE',
            location_lat: 52.52,
            location_lng: 13.405,
            adid: 'c8d0a6b4-2c3e-4f5a-9b1d-3e2f1a0b9c8d',
            user_properties: { address: { country: 'Germany', state: 'BE', city: 'Berlin' } },
          },
        },
      ],
    },
  },
  {
    name: 'A web message with a user agent produces the browser convention fields and UTM properties',
    message: {
      type: 'track',
      event: 'Signed Up',
      userId: 'user-3',
      anonymousId: 'anon-3',
      messageId: 'web-msg-1',
      timestamp: '2024-01-01T00:00:00.000Z',
      properties: { plan: 'pro' },
      context: {
        library: { name: 'analytics.js', version: 'next-1.64.0' },
        userAgent: CHROME_WINDOWS_UA,
        locale: 'en-US',
        ip: '192.0.2.10',
        page: { path: '/signup', referrer: 'https://www.google.com/', search: '', title: 'Sign up', url: 'https://example.com/signup' },
        campaign: { source: 'google', medium: 'cpc', name: 'brand' },
        timezone: 'America/New_York',
      },
    },
    settings: STUB,
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            user_id: 'user-3',
            device_id: 'anon-3',
            event_type: 'Signed Up',
            time: MS,
            insert_id: 'web-msg-1',
            session_id: -1,
            library: 'segment',
            platform: 'Web',
            os_name: 'Chrome',
            os_version: '120',
            device_model: 'Windows',
            language: 'en-US',
            ip: '192.0.2.10',
            user_properties: {
              $set: { utm_source: 'google', utm_medium: 'cpc', utm_campaign: 'brand' },
              $setOnce: { initial_utm_source: 'google', initial_utm_medium: 'cpc', initial_utm_campaign: 'brand' },
            },
            event_properties: { plan: 'pro' },
          },
        },
      ],
    },
  },
  {
    name: 'A server message produces only the fields its context carries',
    message: {
      type: 'track',
      event: 'Invoice Paid',
      userId: 'user-4',
      messageId: 'server-msg-1',
      timestamp: '2024-01-01T00:00:00.000Z',
      properties: { amount_cents: 4200 },
      context: { library: { name: 'analytics-node', version: '6.2.0' }, ip: '0.0.0.0' },
      integrations: { Amplitude: { session_id: 1704067000000 } },
    },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            user_id: 'user-4',
            event_type: 'Invoice Paid',
            time: MS,
            insert_id: 'server-msg-1',
            session_id: 1704067000000,
            library: 'segment',
            ip: '0.0.0.0',
            event_properties: { amount_cents: 4200 },
          },
        },
      ],
    },
  },
]

/** Golden cases of SPEC sections 2 and 3 on `track` (revenue lives in revenue.ts). */
export const trackCases: readonly GoldenCase[] = [
  ...identity,
  ...integrations,
  ...time,
  ...ids,
  ...platform,
  ...special,
  ...userAgent,
  ...groups,
  ...lossless,
  ...userProperties,
  ...appendFields,
  ...malformed,
  ...contextKinds,
]
