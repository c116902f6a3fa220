import type { SegmentContext } from '../models/segment/types.js'

const PLATFORM_BY_LIBRARY: Readonly<Record<string, string>> = {
  'analytics.js': 'Web',
  'analytics-ios': 'iOS',
  'analytics-swift': 'iOS',
  'analytics-android': 'Android',
  'analytics-kotlin': 'Android',
}

const NORMALISED: Readonly<Record<string, string>> = { ios: 'iOS', android: 'Android', web: 'Web' }

/**
 * `platform` (SPEC section 3): from the library name first, else `context.device.type` with
 * `ios`/`android`/`web` normalised, else absent.
 *
 * @example
 * platformOf({ library: { name: 'analytics-swift' } }) // 'iOS'
 * platformOf({ device: { type: 'android' } }) // 'Android'
 */
export function platformOf(context: SegmentContext | undefined): string | undefined {
  const library = context?.library?.name
  if (library !== undefined) {
    const platform = Object.prototype.hasOwnProperty.call(PLATFORM_BY_LIBRARY, library) ? PLATFORM_BY_LIBRARY[library] : undefined
    if (platform !== undefined) return platform
  }
  const type = context?.device?.type
  if (type === undefined || type === '') return undefined
  // Own lookup: a device type such as "constructor" must not reach Object.prototype.
  const lower = type.toLowerCase()
  return Object.prototype.hasOwnProperty.call(NORMALISED, lower) ? (NORMALISED[lower] as string) : type
}

const IOS_NAMES: ReadonlySet<string> = new Set(['ios', 'ipados', 'iphone os'])

/**
 * The mobile OS family for advertising ids: `context.os.name` (`iOS`, `iPadOS`, `iPhone OS` ->
 * `ios`; `Android` -> `android`), else the platform.
 *
 * @example
 * mobileOs({ os: { name: 'iPadOS' } }, undefined) // 'ios'
 */
export function mobileOs(context: SegmentContext | undefined, platform: string | undefined): 'ios' | 'android' | undefined {
  const name = context?.os?.name
  const family = name === undefined || name === '' ? platform : name
  if (family === undefined) return undefined
  // The names as SDKs and our platforms spell them skip the lower-case copy.
  const known = KNOWN_FAMILIES.get(family)
  if (known !== undefined) return known === 'other' ? undefined : known
  const lower = family.toLowerCase()
  if (IOS_NAMES.has(lower)) return 'ios'
  return lower === 'android' ? 'android' : undefined
}

const KNOWN_FAMILIES: ReadonlyMap<string, 'ios' | 'android' | 'other'> = new Map([
  ['iOS', 'ios'],
  ['iPadOS', 'ios'],
  ['iPhone OS', 'ios'],
  ['Android', 'android'],
  ['Web', 'other'],
  ['Mac OS', 'other'],
  ['Windows', 'other'],
])
