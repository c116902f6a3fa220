import type { GoldenCase } from '../goldenCase.js'

const T = '2024-01-01T00:00:00.000Z'
const MS = 1704067200000

const EVENT = { user_id: 'user-1', session_id: -1, library: 'segment' } as const
const NOT_TRACKED = { severity: 'info', code: 'view_not_tracked', path: 'name' } as const

/** Golden cases of SPEC section 4 on `screen`: the page rules, named `… Screen`. */
export const screenCases: readonly GoldenCase[] = [
  {
    name: 'A screen from an iOS app is Viewed {category} {name} Screen with the device fields of the app',
    message: {
      type: 'screen',
      userId: 'user-1',
      messageId: 'screen-1',
      timestamp: T,
      name: 'Analytics iOS',
      category: 'Docs',
      properties: { 'Feed Type': 'private' },
      context: {
        library: { name: 'analytics-ios', version: '4.1.8' },
        app: { version: '5.2.0' },
        device: { id: 'ios-device-1', manufacturer: 'Apple', model: 'iPhone15,2', type: 'ios' },
        os: { name: 'iOS', version: '17.1' },
        network: { carrier: 'EE' },
      },
    },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...EVENT,
            device_id: 'ios-device-1',
            event_type: 'Viewed Docs Analytics iOS Screen',
            time: MS,
            insert_id: 'screen-1',
            platform: 'iOS',
            app_version: '5.2.0',
            os_name: 'iOS',
            os_version: '17.1',
            device_manufacturer: 'Apple',
            device_model: 'iPhone15,2',
            carrier: 'EE',
            idfv: 'ios-device-1',
            event_properties: { 'Feed Type': 'private', name: 'Analytics iOS', category: 'Docs' },
          },
        },
      ],
    },
  },
  {
    name: 'A named screen is Viewed {name} Screen',
    message: { type: 'screen', userId: 'user-1', name: 'Shirts' },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, event_type: 'Viewed Shirts Screen', event_properties: { name: 'Shirts' } } }] },
  },
  {
    name: 'A categorized screen without a name is Viewed {category} Screen',
    message: { type: 'screen', userId: 'user-1', category: 'Store' },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, event_type: 'Viewed Store Screen', event_properties: { category: 'Store' } } }] },
  },
  {
    name: 'With trackAllPages a screen without name or category is Loaded a Screen',
    message: { type: 'screen', userId: 'user-1', properties: { url: 'app://home' } },
    settings: { trackAllPages: true },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, event_type: 'Loaded a Screen', event_properties: { url: 'app://home' } } }] },
  },
  {
    name: 'By default a screen without name or category is not sent',
    message: { type: 'screen', userId: 'user-1', properties: { url: 'app://home' } },
    expected: { ok: true, calls: [], issues: [NOT_TRACKED] },
  },
  {
    name: 'With trackNamedPages false a screen with only a name is not sent',
    message: { type: 'screen', userId: 'user-1', name: 'Shirts' },
    settings: { trackNamedPages: false },
    expected: { ok: true, calls: [], issues: [NOT_TRACKED] },
  },
  {
    name: 'With trackCategorizedPages false a screen with only a category is not sent',
    message: { type: 'screen', userId: 'user-1', category: 'Store' },
    settings: { trackCategorizedPages: false },
    expected: { ok: true, calls: [], issues: [NOT_TRACKED] },
  },
  {
    name: 'With trackCategorizedPages false a screen with a name and a category is still sent by its name, under its full name',
    message: { type: 'screen', userId: 'user-1', name: 'Shirts', category: 'Store' },
    settings: { trackCategorizedPages: false },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, event_type: 'Viewed Store Shirts Screen', event_properties: { name: 'Shirts', category: 'Store' } } }],
    },
  },
  {
    name: 'The screen category replaces a different properties.category, with a warning',
    message: { type: 'screen', userId: 'user-1', category: 'Store', properties: { category: 'shop' } },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, event_type: 'Viewed Store Screen', event_properties: { category: 'Store' } } }],
      issues: [{ severity: 'warning', code: 'property_overwritten', path: 'properties.category' }],
    },
  },
  {
    name: 'A screen from Android gets adid and no idfv',
    message: {
      type: 'screen',
      anonymousId: 'anon-1',
      name: 'Home',
      context: { library: { name: 'analytics-android' }, device: { id: 'android-1', advertisingId: 'ad-1' }, os: { name: 'Android', version: '14' } },
    },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            device_id: 'android-1',
            event_type: 'Viewed Home Screen',
            session_id: -1,
            library: 'segment',
            platform: 'Android',
            os_name: 'Android',
            os_version: '14',
            adid: 'ad-1',
            event_properties: { name: 'Home' },
          },
        },
      ],
    },
  },
  {
    name: 'A tracked screen without any id fails with missing_identity',
    message: { type: 'screen', name: 'Home' },
    expected: { ok: false, issues: [{ severity: 'error', code: 'missing_identity', path: 'userId' }] },
  },
]
