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
  const name = context?.os?.name?.toLowerCase()
  const family = name === undefined || name === '' ? platform?.toLowerCase() : name
  if (family === undefined) return undefined
  if (IOS_NAMES.has(family)) return 'ios'
  return family === 'android' ? 'android' : undefined
}
