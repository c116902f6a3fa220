import { describe, expect, test } from 'vitest'
import { parseUserAgent } from '../fields/userAgent.js'
import { DEFAULT_SETTINGS, resolveSettings } from './resolveSettings.js'
import type { Settings } from './settings.js'

/** Settings as a JavaScript caller (or a JSON config file) may hand them over. */
const untyped = (settings: Record<string, unknown>): Partial<Settings> => settings as Partial<Settings>

describe('resolveSettings', () => {
  test('returns every default of SPEC section 9 when given nothing', () => {
    expect(resolveSettings()).toStrictEqual({
      profile: 'classic',
      trackAllPages: false,
      trackNamedPages: true,
      trackCategorizedPages: true,
      trackUtmProperties: true,
      trackReferrer: false,
      preferAnonymousIdForDeviceId: false,
      traitsToIncrement: [],
      traitsToSetOnce: [],
      traitsToAppend: [],
      traitsToPrepend: [],
      groupTypeTrait: undefined,
      groupValueTrait: undefined,
      groupType: '[Segment] Group',
      trackRevenuePerProduct: false,
      trackProductsOnce: false,
      appendFieldsToEventProps: {},
      userAgentParsing: true,
      parseUserAgent,
    })
  })

  test('returns the same settings for an empty object as for nothing', () => {
    expect(resolveSettings({})).toStrictEqual(DEFAULT_SETTINGS)
  })

  test('applies the given values over the defaults', () => {
    const given: Partial<Settings> = {
      profile: 'actions',
      trackAllPages: true,
      traitsToIncrement: ['logins'],
      groupTypeTrait: 'industry',
      appendFieldsToEventProps: { 'context.page.title': 'page_title' },
      parseUserAgent: () => ({ browser: 'Custom' }),
    }
    expect(resolveSettings(given)).toStrictEqual({ ...DEFAULT_SETTINGS, ...given })
  })

  test('keeps the default of a key set to undefined, as JavaScript callers may', () => {
    expect(resolveSettings(untyped({ trackNamedPages: undefined, groupTypeTrait: undefined }))).toStrictEqual(DEFAULT_SETTINGS)
  })

  test.each([
    ['profile', 'beta', `"profile" must be 'classic' or 'actions', got "beta"`],
    ['trackAllPages', 'yes', '"trackAllPages" must be a boolean, got "yes"'],
    ['trackNamedPages', 1, '"trackNamedPages" must be a boolean, got 1'],
    ['trackCategorizedPages', null, '"trackCategorizedPages" must be a boolean, got null'],
    ['trackUtmProperties', 'true', '"trackUtmProperties" must be a boolean, got "true"'],
    ['trackReferrer', 0, '"trackReferrer" must be a boolean, got 0'],
    ['preferAnonymousIdForDeviceId', {}, '"preferAnonymousIdForDeviceId" must be a boolean, got {}'],
    ['traitsToIncrement', 'logins', '"traitsToIncrement" must be an array of trait names, got "logins"'],
    ['traitsToSetOnce', [1], '"traitsToSetOnce" must be an array of trait names, got [1]'],
    ['traitsToAppend', { 0: 'a' }, '"traitsToAppend" must be an array of trait names, got {"0":"a"}'],
    ['traitsToPrepend', ['a', null], '"traitsToPrepend" must be an array of trait names, got ["a",null]'],
    ['groupTypeTrait', 42, '"groupTypeTrait" must be a trait name, got 42'],
    ['groupValueTrait', ['name'], '"groupValueTrait" must be a trait name, got ["name"]'],
    ['groupType', '', '"groupType" must be a non-empty string, got ""'],
    ['trackRevenuePerProduct', 'false', '"trackRevenuePerProduct" must be a boolean, got "false"'],
    ['trackProductsOnce', 1, '"trackProductsOnce" must be a boolean, got 1'],
    ['appendFieldsToEventProps', ['context.page.title'], '"appendFieldsToEventProps" must be an object of message paths to property names, got ["context.page.title"]'],
    ['appendFieldsToEventProps', { 'context.page.title': 1 }, '"appendFieldsToEventProps" must be an object of message paths to property names, got {"context.page.title":1}'],
    ['userAgentParsing', 'off', '"userAgentParsing" must be a boolean, got "off"'],
    ['parseUserAgent', 'ua-parser-js', '"parseUserAgent" must be a function (userAgent) => UserAgentInfo, got "ua-parser-js"'],
  ])('throws a TypeError naming %s and what it expects when given %j', (key, value, expected) => {
    expect(() => resolveSettings(untyped({ [key]: value }))).toThrow(new TypeError(`segment-amplitude: setting ${expected}`))
  })

  test('names the type of a value JSON cannot show', () => {
    expect(() => resolveSettings(untyped({ trackAllPages: Symbol('yes') }))).toThrow(
      new TypeError('segment-amplitude: setting "trackAllPages" must be a boolean, got symbol'),
    )
  })

  test('throws a TypeError naming an unknown key and listing the known ones', () => {
    expect(() => resolveSettings(untyped({ trackAllPage: true }))).toThrow(
      new TypeError(
        'segment-amplitude: unknown setting "trackAllPage"; known settings: profile, trackAllPages, trackNamedPages, ' +
          'trackCategorizedPages, trackUtmProperties, trackReferrer, preferAnonymousIdForDeviceId, traitsToIncrement, ' +
          'traitsToSetOnce, traitsToAppend, traitsToPrepend, groupTypeTrait, groupValueTrait, groupType, ' +
          'trackRevenuePerProduct, trackProductsOnce, appendFieldsToEventProps, userAgentParsing, parseUserAgent',
      ),
    )
  })

  test.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'treats the inherited name %s as an unknown key',
    (key) => {
      const settings = JSON.parse(`{${JSON.stringify(key)}: true}`) as Partial<Settings>
      expect(() => resolveSettings(settings)).toThrow(`unknown setting "${key}"`)
    },
  )

  test.each([null, 'classic', ['trackAllPages'], 42])('throws a TypeError for settings that are not an object: %j', (settings) => {
    expect(() => resolveSettings(settings as unknown as Partial<Settings>)).toThrow(
      new TypeError('segment-amplitude: settings must be an object'),
    )
  })

  test('gives resolved settings back unchanged, as the same object', () => {
    const settings = resolveSettings({ trackAllPages: true })
    expect(resolveSettings(settings)).toBe(settings)
  })

  test('freezes the resolved settings and their arrays', () => {
    const settings = resolveSettings({ traitsToAppend: ['tags'] })
    expect(Object.isFrozen(settings)).toBe(true)
    expect(Object.isFrozen(settings.traitsToAppend)).toBe(true)
    expect(Object.isFrozen(settings.traitsToIncrement)).toBe(true)
  })

  test('copies arrays instead of aliasing them, so later changes by the caller do not leak in', () => {
    const traits = ['logins']
    const settings = resolveSettings({ traitsToIncrement: traits })
    traits.push('visits')
    expect(settings.traitsToIncrement).not.toBe(traits)
    expect(settings.traitsToIncrement).toEqual(['logins'])
  })

  test('does not resolve a plain object again just because it equals resolved settings', () => {
    const copy = { ...resolveSettings() }
    expect(resolveSettings(copy)).not.toBe(copy)
    expect(resolveSettings(copy)).toStrictEqual(DEFAULT_SETTINGS)
  })
})

describe('resolveSettings copies maps', () => {
  test('a later change to the caller appendFieldsToEventProps object does not reach resolved settings', () => {
    const fields: Record<string, string> = { 'context.page.title': 'page_title' }
    const resolved = resolveSettings({ appendFieldsToEventProps: fields })
    fields['context.ip'] = 'ip'
    expect(resolved.appendFieldsToEventProps).toEqual({ 'context.page.title': 'page_title' })
    expect(Object.isFrozen(resolved.appendFieldsToEventProps)).toBe(true)
  })
})
