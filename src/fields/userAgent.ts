import { BROWSER_RULES } from './userAgent/browserRules.js'
import { DEVICE_FALLBACK_RULES, DEVICE_RULES } from './userAgent/deviceRules.js'
import { OS_RULES } from './userAgent/osRules.js'
import { requiredText } from './userAgent/requiredText.js'
import type { DeviceRule, NameRule } from './userAgent/uaRule.js'
import type { UserAgentInfo } from './userAgentTypes.js'

/**
 * ua-parser-js 0.7.x reads at most this many characters (after trimming a longer string). Doing
 * the same keeps our answers equal to its answers on long strings, and bounds the work every
 * pattern can do on hostile input to a constant: real user agents are shorter.
 */
const MAX_LENGTH = 255

// ua-parser-js's generic Android phone and tablet rules, split in two steps: the model is the first
// candidate either way, so the rest of the string is searched once instead of once per candidate.
const ANDROID_MODEL = /droid .+?; ([^;]+?)(?: bui|\) applew)/i
const MOBILE_SAFARI_AFTER = /^.+? mobile safari/i
const SAFARI_AFTER = /^.+? safari/i
const NOT_VERSION_CHARS = /[^\d.]/g

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

// Each rule with the text its pattern needs: most patterns are skipped by one `includes`.
type Table<R> = readonly (readonly [hint: string, rule: R])[]
const withHints = <R extends NameRule | DeviceRule>(rules: readonly R[]): Table<R> => rules.map((rule) => [requiredText(rule[0]), rule])
const BROWSERS = withHints(BROWSER_RULES)
const OSES = withHints(OS_RULES)
const DEVICES = withHints(DEVICE_RULES)
const DEVICE_FALLBACKS = withHints(DEVICE_FALLBACK_RULES)

function firstMatch<R extends NameRule | DeviceRule>(table: Table<R>, ua: string, lower: string): [R, RegExpExecArray] | undefined {
  for (let i = 0; i < table.length; i++) {
    const row = table[i]!
    const match = lower.includes(row[0]) ? row[1][0].exec(ua) : null
    if (match) return [row[1], match]
  }
  return undefined
}

// Expands `$n`; a group that is missing or empty makes the value absent, as in ua-parser-js.
function fill(template: string, match: RegExpExecArray): string | undefined {
  let out = ''
  let from = 0
  for (let at = template.indexOf('$'); at >= 0; at = template.indexOf('$', from)) {
    const group = match[Number(template.charAt(at + 1))]
    if (!group) return undefined
    out += template.slice(from, at) + group
    from = at + 2
  }
  out += template.slice(from)
  return out || undefined
}

function nameAndVersion(table: Table<NameRule>, ua: string, lower: string): [string | undefined, string | undefined] {
  const hit = firstMatch(table, ua, lower)
  if (!hit) return [undefined, undefined]
  const [[, name = '$1', version], match] = hit
  const template = typeof version === 'string' ? version : name.includes('$1') ? '$2' : '$1'
  const value = fill(template, match)
  return [fill(name, match), value !== undefined && typeof version === 'function' ? version(value) : value]
}

function device(info: Mutable<UserAgentInfo>, ua: string, lower: string): void {
  let hit = firstMatch(DEVICES, ua, lower)
  if (!hit) {
    const android = ANDROID_MODEL.exec(ua)
    const rest = android ? ua.slice(android.index + android[0].length) : ''
    const type = MOBILE_SAFARI_AFTER.test(rest) ? 'mobile' : SAFARI_AFTER.test(rest) ? 'tablet' : undefined
    if (android?.[1] && type) {
      info.deviceModel = android[1]
      info.deviceType = type
      return
    }
    hit = firstMatch(DEVICE_FALLBACKS, ua, lower)
    if (!hit) return
  }
  const [[, vendorTemplate, type, model], match] = hit
  const fix = typeof model === 'function' ? model : undefined
  let vendor = fill(vendorTemplate, match)
  let deviceModel = fill(typeof model === 'string' ? model : vendorTemplate.includes('$1') ? '$2' : '$1', match)
  if (fix) {
    vendor = vendor === undefined ? undefined : fix(vendor)
    deviceModel = deviceModel === undefined ? undefined : fix(deviceModel)
  }
  if (vendor) info.deviceVendor = vendor
  if (deviceModel) info.deviceModel = deviceModel
  if (type) info.deviceType = type
}

/**
 * The built-in, dependency-free user-agent parser. Names and rules follow `@amplitude/ua-parser-js`
 * 0.7.x, which Segment and Amplitude use: browser name and major version, OS name and version,
 * device vendor, model and type. Unknown parts are absent; it never throws.
 *
 * Only the first 255 characters are read (as ua-parser-js does), and no pattern nests
 * quantifiers, so a hostile 100,000-character string costs no more than a real one.
 *
 * @example
 * parseUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1')
 * // { browser: 'Mobile Safari', browserVersion: '17', os: 'iOS', osVersion: '17.1',
 * //   deviceVendor: 'Apple', deviceModel: 'iPhone', deviceType: 'mobile' }
 */
export function parseUserAgent(userAgent: string): UserAgentInfo {
  if (typeof userAgent !== 'string') return {}
  const ua = userAgent.length > MAX_LENGTH ? userAgent.trim().slice(0, MAX_LENGTH) : userAgent
  const lower = ua.toLowerCase()
  const info: Mutable<UserAgentInfo> = {}
  const [browser, version] = nameAndVersion(BROWSERS, ua, lower)
  const major = version?.replace(NOT_VERSION_CHARS, '').split('.')[0]
  if (browser) info.browser = browser
  if (major) info.browserVersion = major
  const [os, osVersion] = nameAndVersion(OSES, ua, lower)
  if (os) info.os = os
  if (osVersion) info.osVersion = osVersion
  device(info, ua, lower)
  return info
}
