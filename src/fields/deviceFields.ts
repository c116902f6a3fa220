import type { SegmentContext, SegmentData } from '../models/segment/types.js'
import type { ResolvedSettings } from '../settings/resolveSettings.js'
import { hasOwn, isPlainObject, own } from '../util/object.js'
import { mobileOs, platformOf } from './platform.js'
import { userAgentInfo } from './userAgentInfo.js'
import { withoutNegativeZero } from './withoutNegativeZero.js'

/**
 * Where a special property comes from: a path under `context`, or under the user's
 * `address` trait (`traits.address` on identify, `context.traits.address` elsewhere).
 */
export type Source = readonly ['context' | 'address', ...string[]]

/** A field rule as data: the first non-empty source wins (SPEC section 3). */
export interface FieldRule {
  readonly to: string
  readonly from: readonly Source[]
}

/** The special-property table of SPEC section 3, in output order. */
export const DEVICE_FIELD_RULES: readonly FieldRule[] = [
  { to: 'app_version', from: [['context', 'app', 'version']] },
  { to: 'os_name', from: [['context', 'os', 'name']] },
  { to: 'os_version', from: [['context', 'os', 'version']] },
  { to: 'device_brand', from: [['context', 'device', 'brand']] },
  { to: 'device_manufacturer', from: [['context', 'device', 'manufacturer']] },
  { to: 'device_model', from: [['context', 'device', 'model']] },
  { to: 'carrier', from: [['context', 'network', 'carrier']] },
  { to: 'country', from: [['context', 'location', 'country'], ['address', 'country']] },
  { to: 'region', from: [['context', 'location', 'region'], ['address', 'region'], ['address', 'state']] },
  { to: 'city', from: [['context', 'location', 'city'], ['address', 'city']] },
  { to: 'language', from: [['context', 'locale']] },
  { to: 'location_lat', from: [['context', 'location', 'latitude']] },
  { to: 'location_lng', from: [['context', 'location', 'longitude']] },
  { to: 'ip', from: [['context', 'ip']] },
]

function read(root: unknown, path: Source): unknown {
  let value = root
  for (let i = 1; i < path.length; i++) {
    if (!isPlainObject(value)) return undefined
    value = own(value, path[i] as string)
  }
  return value
}

function isUsable(value: unknown): value is string | number {
  return (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value))
}

/**
 * Applies a field-rule table to `target`: each rule writes the first non-empty source (text, or a
 * finite number). The Actions profile reuses it with its own rows.
 *
 * @example
 * applyFieldRules(event, DEVICE_FIELD_RULES, message.context, message.context?.traits?.address)
 */
export function applyFieldRules(
  target: Record<string, unknown>,
  rules: readonly FieldRule[],
  context: SegmentContext | undefined,
  address: unknown,
): void {
  const contextObject = isPlainObject(context) ? context : undefined
  const addressObject = isPlainObject(address) ? address : undefined
  // Rules read several fields of one context object in a row (os, device, location): the last
  // one read is kept rather than looked up again.
  let parentKey: string | undefined
  let parent: Readonly<Record<string, unknown>> | undefined
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as FieldRule
    for (let i = 0; i < rule.from.length; i++) {
      const source = rule.from[i] as Source
      const root = source[0] === 'context' ? contextObject : addressObject
      if (root === undefined) continue
      let value: unknown
      if (source.length === 2) {
        value = own(root, source[1] as string)
      } else if (source.length === 3 && source[0] === 'context') {
        const key = source[1] as string
        if (key !== parentKey) {
          parentKey = key
          const object = own(root, key)
          parent = isPlainObject(object) ? object : undefined
        }
        if (parent === undefined) continue
        value = own(parent, source[2] as string)
      } else {
        value = read(root, source)
      }
      if (!isUsable(value)) continue
      // Address traits are free-form data: a number there (a zip-like region) is still text.
      target[rule.to] = source[0] === 'address' ? String(value) : typeof value === 'number' ? withoutNegativeZero(value) : value
      break
    }
  }
}

/**
 * Writes the device, OS, location and advertising-id fields of SPEC section 3 into `target`:
 * the data-driven table, `platform`, `idfa`/`adid`/`idfv`, and the web user-agent fields, which
 * fill only what the context left empty.
 *
 * @example
 * const event = {}
 * writeDeviceFields(event, message.context, message.context?.traits, settings)
 */
export function writeDeviceFields(
  target: Record<string, unknown>,
  context: SegmentContext | undefined,
  traits: SegmentData | undefined,
  settings: ResolvedSettings,
): void {
  const platform = platformOf(context)
  if (platform !== undefined) target['platform'] = platform
  const address = traits === undefined ? undefined : own(traits, 'address')
  applyFieldRules(target, DEVICE_FIELD_RULES, context, address)
  if (platform === 'Web' && settings.userAgentParsing) writeUserAgentFields(target, context, settings)
  writeAdvertisingIds(target, context, platform)
}

function writeUserAgentFields(target: Record<string, unknown>, context: SegmentContext | undefined, settings: ResolvedSettings): void {
  const userAgent = context?.userAgent
  if (userAgent === undefined || userAgent === '') return
  const info = userAgentInfo(userAgent, settings)
  // Amplitude's browser SDK convention, which Classic used: the browser is the "OS" and the OS
  // is the "device model".
  fill(target, 'os_name', info.browser)
  // SPEC 3 asks for the major version; a custom parser may hand over a full one (`121.0.1`).
  fill(target, 'os_version', majorOf(info.browserVersion))
  fill(target, 'device_model', info.os)
  fill(target, 'device_manufacturer', info.deviceVendor)
}

// `version.split('.')[0]` without the array: the built-in parser's versions have no dot at all.
// Anything but a string (a custom parser's) takes split as before, errors included.
function majorOf(version: string | undefined): string | undefined {
  if (typeof version !== 'string') return (version as string | undefined)?.split('.')[0]
  const dot = version.indexOf('.')
  return dot < 0 ? version : version.slice(0, dot)
}

// An own-key check rather than `target[key] === undefined`: reading a key the event lacks walks
// the prototype chain, and no field is ever written as undefined.
function fill(target: Record<string, unknown>, key: string, value: string | undefined): void {
  if (typeof value === 'string' && value !== '' && !hasOwn(target, key)) target[key] = value
}

function writeAdvertisingIds(target: Record<string, unknown>, context: SegmentContext | undefined, platform: string | undefined): void {
  const os = mobileOs(context, platform)
  if (os === undefined) return
  const device = context?.device
  const advertisingId = device?.advertisingId ?? device?.idfa
  if (advertisingId !== undefined) target[os === 'ios' ? 'idfa' : 'adid'] = advertisingId
  if (os === 'ios' && device?.id !== undefined) target['idfv'] = device.id
}
