import { parseUserAgent } from '../fields/userAgent.js'
import type { Settings } from './settings.js'

/**
 * The defaults of every setting (SPEC section 9).
 *
 * @example
 * DEFAULT_SETTINGS.trackNamedPages // true
 * DEFAULT_SETTINGS.groupType // '[Segment] Group'
 */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  profile: 'classic',
  trackAllPages: false,
  trackNamedPages: true,
  trackCategorizedPages: true,
  trackUtmProperties: true,
  trackReferrer: false,
  preferAnonymousIdForDeviceId: false,
  traitsToIncrement: Object.freeze([]),
  traitsToSetOnce: Object.freeze([]),
  traitsToAppend: Object.freeze([]),
  traitsToPrepend: Object.freeze([]),
  groupTypeTrait: undefined,
  groupValueTrait: undefined,
  groupType: '[Segment] Group',
  trackRevenuePerProduct: false,
  trackProductsOnce: false,
  appendFieldsToEventProps: Object.freeze({}),
  userAgentParsing: true,
  parseUserAgent,
} satisfies Settings)

type Check = (value: unknown) => boolean
const isBoolean: Check = (v) => typeof v === 'boolean'
const isStringList: Check = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string')
const isOptionalString: Check = (v) => v === undefined || typeof v === 'string'
const isStringMap: Check = (v) =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((s) => typeof s === 'string')

const CHECKS: Readonly<Record<keyof Settings, readonly [Check, string]>> = {
  profile: [(v) => v === 'classic' || v === 'actions', "'classic' or 'actions'"],
  trackAllPages: [isBoolean, 'a boolean'],
  trackNamedPages: [isBoolean, 'a boolean'],
  trackCategorizedPages: [isBoolean, 'a boolean'],
  trackUtmProperties: [isBoolean, 'a boolean'],
  trackReferrer: [isBoolean, 'a boolean'],
  preferAnonymousIdForDeviceId: [isBoolean, 'a boolean'],
  traitsToIncrement: [isStringList, 'an array of trait names'],
  traitsToSetOnce: [isStringList, 'an array of trait names'],
  traitsToAppend: [isStringList, 'an array of trait names'],
  traitsToPrepend: [isStringList, 'an array of trait names'],
  groupTypeTrait: [isOptionalString, 'a trait name'],
  groupValueTrait: [isOptionalString, 'a trait name'],
  groupType: [(v) => typeof v === 'string' && v !== '', 'a non-empty string'],
  trackRevenuePerProduct: [isBoolean, 'a boolean'],
  trackProductsOnce: [isBoolean, 'a boolean'],
  appendFieldsToEventProps: [isStringMap, 'an object of message paths to property names'],
  userAgentParsing: [isBoolean, 'a boolean'],
  parseUserAgent: [(v) => typeof v === 'function', 'a function (userAgent) => UserAgentInfo'],
}

const RESOLVED = new WeakSet<object>()
// Callers often pass the same partial object for every message: resolve it once.
const BY_PARTIAL = new WeakMap<object, ResolvedSettings>()
let defaults: ResolvedSettings | undefined

/**
 * Settings checked and completed with their defaults. Resolve once and reuse: `translate` skips
 * the checks for a value this function returned.
 *
 * @example
 * const settings: ResolvedSettings = resolveSettings({ profile: 'actions' })
 * const results = [{ type: 'track', event: 'Signed Up', userId: 'user-123' }].map((message) => translate(message, settings))
 */
export type ResolvedSettings = Settings

/**
 * Applies the defaults of SPEC section 9 to `partial` and checks every value. An unknown key or a
 * wrongly typed value is a programmer's error, not a data error: it throws a `TypeError` naming
 * the key and what was expected. Never called per message if you resolve once.
 *
 * @example
 * const settings = resolveSettings({ trackAllPages: true })
 * settings.trackNamedPages // true
 *
 * const fromFile: unknown = JSON.parse('{"trackAllPage": true}')
 * resolveSettings(fromFile as Partial<Settings>) // throws TypeError: unknown setting "trackAllPage"
 */
export function resolveSettings(partial?: Partial<Settings>): ResolvedSettings {
  if (partial === undefined) return (defaults ??= resolveSettings({}))
  if (typeof partial !== 'object' || partial === null || Array.isArray(partial)) {
    throw new TypeError('segment-amplitude: settings must be an object')
  }
  if (RESOLVED.has(partial)) return partial as ResolvedSettings
  // A frozen partial cannot change after we checked it; a mutable one might, so check again.
  const known = Object.isFrozen(partial) ? BY_PARTIAL.get(partial) : undefined
  if (known !== undefined) return known
  const resolved: Record<string, unknown> = { ...DEFAULT_SETTINGS }
  for (const key of Object.keys(partial)) {
    const check = (CHECKS as Readonly<Record<string, readonly [Check, string]>>)[key]
    if (check === undefined || !Object.prototype.hasOwnProperty.call(CHECKS, key)) {
      throw new TypeError(
        `segment-amplitude: unknown setting "${key}"; known settings: ${Object.keys(CHECKS).join(', ')}`,
      )
    }
    const value = (partial as Readonly<Record<string, unknown>>)[key]
    if (value === undefined) continue
    if (!check[0](value)) {
      throw new TypeError(`segment-amplitude: setting "${key}" must be ${check[1]}, got ${JSON.stringify(value) ?? typeof value}`)
    }
    // Copy and freeze lists and maps, so a caller changing its own object later cannot change
    // settings that were already resolved (and cached).
    resolved[key] = Array.isArray(value)
      ? Object.freeze([...value])
      : typeof value === 'object' && value !== null
        ? Object.freeze({ ...value })
        : value
  }
  const frozen = Object.freeze(resolved) as unknown as ResolvedSettings
  RESOLVED.add(frozen)
  if (Object.isFrozen(partial)) BY_PARTIAL.set(partial, frozen)
  return frozen
}
