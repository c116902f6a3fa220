import type { GoldenCase } from '../goldenCase.js'
import { CHROME_WINDOWS_UA, stubUserAgentParser } from '../userAgentStub.js'

const T = '2024-01-01T00:00:00.000Z'
const MS = 1704067200000

const EVENT = { user_id: 'user-1', session_id: -1, library: 'segment' } as const
const NOT_TRACKED = { severity: 'info', code: 'view_not_tracked', path: 'name' } as const

type View = 'neither' | 'name' | 'category' | 'both'
const VIEWS: Readonly<Record<View, { name?: string; category?: string }>> = {
  neither: {},
  name: { name: 'Pricing' },
  category: { category: 'Docs' },
  both: { name: 'Pricing', category: 'Docs' },
}

// SPEC 4's three gates, every combination, written out by hand:
// [trackAllPages, trackNamedPages, trackCategorizedPages, the page has, expected event_type or not sent]
const GATES: readonly (readonly [boolean, boolean, boolean, View, string | null])[] = [
  [false, false, false, 'neither', null],
  [false, false, false, 'name', null],
  [false, false, false, 'category', null],
  [false, false, false, 'both', null],
  [false, true, false, 'neither', null],
  [false, true, false, 'name', 'Viewed Pricing Page'],
  [false, true, false, 'category', null],
  [false, true, false, 'both', 'Viewed Docs Pricing Page'],
  [false, false, true, 'neither', null],
  [false, false, true, 'name', null],
  [false, false, true, 'category', 'Viewed Docs Page'],
  [false, false, true, 'both', 'Viewed Docs Pricing Page'],
  [false, true, true, 'neither', null],
  [false, true, true, 'name', 'Viewed Pricing Page'],
  [false, true, true, 'category', 'Viewed Docs Page'],
  [false, true, true, 'both', 'Viewed Docs Pricing Page'],
  [true, false, false, 'neither', 'Loaded a Page'],
  [true, false, false, 'name', 'Viewed Pricing Page'],
  [true, false, false, 'category', 'Viewed Docs Page'],
  [true, false, false, 'both', 'Viewed Docs Pricing Page'],
  [true, true, false, 'neither', 'Loaded a Page'],
  [true, true, false, 'name', 'Viewed Pricing Page'],
  [true, true, false, 'category', 'Viewed Docs Page'],
  [true, true, false, 'both', 'Viewed Docs Pricing Page'],
  [true, false, true, 'neither', 'Loaded a Page'],
  [true, false, true, 'name', 'Viewed Pricing Page'],
  [true, false, true, 'category', 'Viewed Docs Page'],
  [true, false, true, 'both', 'Viewed Docs Pricing Page'],
  [true, true, true, 'neither', 'Loaded a Page'],
  [true, true, true, 'name', 'Viewed Pricing Page'],
  [true, true, true, 'category', 'Viewed Docs Page'],
  [true, true, true, 'both', 'Viewed Docs Pricing Page'],
]

const VIEW_TEXT: Readonly<Record<View, string>> = {
  neither: 'neither name nor category',
  name: 'a name only',
  category: 'a category only',
  both: 'a name and a category',
}

const gates: GoldenCase[] = GATES.map(([all, named, categorized, view, eventType]) => ({
  name: `Gate: trackAllPages ${all}, trackNamedPages ${named}, trackCategorizedPages ${categorized}, a page with ${VIEW_TEXT[view]} is ${eventType === null ? 'not sent' : `sent as ${eventType}`}`,
  message: { type: 'page', userId: 'user-1', ...VIEWS[view] },
  settings: { trackAllPages: all, trackNamedPages: named, trackCategorizedPages: categorized },
  expected:
    eventType === null
      ? { ok: true, calls: [], issues: [NOT_TRACKED] }
      : {
          ok: true,
          calls: [
            {
              api: 'event',
              event: { ...EVENT, event_type: eventType, ...(view === 'neither' ? {} : { event_properties: VIEWS[view] }) },
            },
          ],
        },
}))

const naming: GoldenCase[] = [
  {
    name: 'A page is Viewed {category} {name} Page, with name and category added to its properties',
    message: {
      type: 'page',
      userId: 'user-1',
      anonymousId: 'anon-1',
      messageId: 'page-1',
      timestamp: T,
      name: 'Analytics iOS',
      category: 'Docs',
      properties: { path: '/docs/ios', url: 'https://example.com/docs/ios', title: 'Analytics iOS', referrer: '', search: '' },
      context: { library: { name: 'analytics.js' }, userAgent: CHROME_WINDOWS_UA, locale: 'en-US' },
    },
    settings: { parseUserAgent: stubUserAgentParser },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...EVENT,
            device_id: 'anon-1',
            event_type: 'Viewed Docs Analytics iOS Page',
            time: MS,
            insert_id: 'page-1',
            platform: 'Web',
            os_name: 'Chrome',
            os_version: '120',
            device_model: 'Windows',
            language: 'en-US',
            event_properties: {
              path: '/docs/ios',
              url: 'https://example.com/docs/ios',
              title: 'Analytics iOS',
              referrer: '',
              search: '',
              name: 'Analytics iOS',
              category: 'Docs',
            },
          },
        },
      ],
    },
  },
  {
    name: 'The page name replaces a different properties.name, with a warning',
    message: { type: 'page', userId: 'user-1', name: 'Pricing', properties: { name: 'pricing-v2', plan: 'pro' } },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, event_type: 'Viewed Pricing Page', event_properties: { name: 'Pricing', plan: 'pro' } } }],
      issues: [{ severity: 'warning', code: 'property_overwritten', path: 'properties.name' }],
    },
  },
  {
    name: 'A properties.category equal to the page category is kept without a warning',
    message: { type: 'page', userId: 'user-1', category: 'Docs', properties: { category: 'Docs' } },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, event_type: 'Viewed Docs Page', event_properties: { category: 'Docs' } } }] },
  },
  {
    name: 'A whitespace-only name counts as no name for the gates and the event name',
    message: { type: 'page', userId: 'user-1', name: '   ' },
    expected: { ok: true, calls: [], issues: [NOT_TRACKED] },
  },
  {
    name: 'An empty name is left out of the event name but kept in the properties as given',
    message: { type: 'page', userId: 'user-1', name: '', category: 'Docs' },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, event_type: 'Viewed Docs Page', event_properties: { category: 'Docs', name: '' } } }],
    },
  },
  {
    name: 'A number page name becomes its decimal string',
    message: { type: 'page', userId: 'user-1', name: 404 },
    expected: { ok: true, calls: [{ api: 'event', event: { ...EVENT, event_type: 'Viewed 404 Page', event_properties: { name: '404' } } }] },
  },
]

const shared: GoldenCase[] = [
  {
    name: 'A page carries the shared event fields: groups, session_id, user properties with UTM',
    message: {
      type: 'page',
      userId: 'user-1',
      name: 'Pricing',
      context: { traits: { plan: 'pro' }, campaign: { source: 'newsletter' } },
      integrations: { Amplitude: { session_id: 1704067000000, groups: { company: 'Acme' } } },
    },
    expected: {
      ok: true,
      calls: [
        {
          api: 'event',
          event: {
            ...EVENT,
            event_type: 'Viewed Pricing Page',
            session_id: 1704067000000,
            groups: { company: 'Acme' },
            user_properties: { $set: { plan: 'pro', utm_source: 'newsletter' }, $setOnce: { initial_utm_source: 'newsletter' } },
            event_properties: { name: 'Pricing' },
          },
        },
      ],
    },
  },
  {
    name: 'appendFieldsToEventProps applies to pages',
    message: { type: 'page', userId: 'user-1', name: 'Pricing', context: { page: { title: 'Pricing | Example' } } },
    settings: { appendFieldsToEventProps: { 'context.page.title': 'pageTitle' } },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, event_type: 'Viewed Pricing Page', event_properties: { pageTitle: 'Pricing | Example', name: 'Pricing' } } }],
    },
  },
  {
    name: 'A tracked page without any id fails with missing_identity',
    message: { type: 'page', name: 'Pricing' },
    expected: { ok: false, issues: [{ severity: 'error', code: 'missing_identity', path: 'userId' }] },
  },
  {
    name: 'A page the gates do not send is not checked for ids',
    message: { type: 'page' },
    expected: { ok: true, calls: [], issues: [NOT_TRACKED] },
  },
  {
    name: 'A page turned off by integrations is not sent',
    message: { type: 'page', userId: 'user-1', name: 'Pricing', integrations: { Amplitude: false } },
    expected: { ok: true, calls: [], issues: [{ severity: 'info', code: 'not_for_amplitude', path: 'integrations.Amplitude' }] },
  },
  {
    name: 'Page properties that are not an object are dropped with a warning, and name and category are still sent',
    message: { type: 'page', userId: 'user-1', name: 'Pricing', properties: 'pricing' },
    expected: {
      ok: true,
      calls: [{ api: 'event', event: { ...EVENT, event_type: 'Viewed Pricing Page', event_properties: { name: 'Pricing' } } }],
      issues: [{ severity: 'warning', code: 'invalid_type', path: 'properties' }],
    },
  },
]

/** Golden cases of SPEC section 4 on `page`. */
export const pageCases: readonly GoldenCase[] = [...gates, ...naming, ...shared]
