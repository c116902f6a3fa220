import fc from 'fast-check'
import UserAgent from 'user-agents'
import { describe, expect, test } from 'vitest'
import { parseUserAgent } from './userAgent.js'
import { BROWSER_RULES } from './userAgent/browserRules.js'
import { DEVICE_FALLBACK_RULES, DEVICE_RULES } from './userAgent/deviceRules.js'
import { fromUaParserResult, type UaParserResult } from './userAgent/fromUaParserResult.js'
import { OS_RULES } from './userAgent/osRules.js'
import { requiredText } from './userAgent/requiredText.js'
import type { UserAgentInfo } from './userAgentTypes.js'

// @amplitude/ua-parser-js 0.7.25 (a devDependency without types), loaded by a computed name so the
// core typecheck does not look for its declarations.
const REFERENCE_MODULE = '@amplitude/ua-parser-js'
const { default: reference } = (await import(REFERENCE_MODULE)) as { default: (ua: string) => UaParserResult }

const CORPUS = UserAgent.top().map(({ userAgent }) => userAgent)

// Pieces of real user agents, plus tokens for the rules the corpus never reaches, so that
// generated strings walk through every table.
const RARE_TOKENS = [
  'Opera Mini/36.2', 'Opera/9.80 ', 'Version/12.16', 'Kindle/3.0', 'Trident/7.0; ', 'rv:11.0) ', 'like Gecko', 'MSIE 10.0; ',
  'Windows Phone 8.0; ', 'Windows NT 6.2; ARM; ', 'Windows 98; ', 'BB10; ', 'BlackBerry9700/5.0', 'Tizen 2.3', 'CrKey/1.36',
  'PlayStation 4 ', 'Nintendo Switch', 'Xbox; Xbox One', 'AppleTV/11.1', 'HbbTV/1.2.1 (; Philips; 55PUS6561; ', 'SMART-TV; ',
  'Roku/DVP-9.10 ', ' Build/', 'KFTHWI', 'Silk/', 'Mobile Safari/537.36', 'Safari/537.36', 'Version/4.0 ', '; wv) ',
  'Android 4.4; ', 'HUAWEI', 'Redmi Note 8 ', 'MI 9 ', 'Nokia', 'Lumia 950', 'HTC_One ', 'ZTE Blade ', 'Lenovo TB-X505F',
  'SonyEricsson', 'Mac OS X 10_9', 'CFNetwork/1.0 Darwin/1', 'Ubuntu/20.04 ', 'Fedora; ', 'FreeBSD amd64', 'SunOS 5.11',
  'AIX 5.3', 'FBAN/FBIOS;', ';FBAV/442.0;', 'FB_IAB/FB4A;', 'Instagram 309.0 ', 'Line/13.1/IAB', 'MicroMessenger/8.0',
  'QQBrowser/10.0', 'UCBrowser/13.4', 'SamsungBrowser/23.0 ', 'EdgA/120.0', 'Edg/120.0', 'OPR/106.0', 'YaBrowser/23.11 ',
  'Firefox/121.0', 'FxiOS/121.0 ', 'CriOS/120.0 ', 'GSA/290.0 ', 'HeadlessChrome/120.0 ', 'Electron/28.0 Safari',
  'Chrome/120.0 ', 'Mobile/15E148 ', '(iPhone; ', '(iPad; ', 'iPhone14,5', 'CPU OS 16_6 like Mac OS X', 'SM-T510',
  'SM-G991B', 'Pixel 7', 'moto g(60)', 'Nexus 5', 'ASUS_Z01QD', 'OnePlus A6003', 'CPH2211', 'vivo 1906', 'RMX2001',
  'Tesla/2023.1', 'Googlebot/2.1', 'curl/8.4.0', 'Puffin/9.0', 'Brave/1', 'Whale/3.0', 'Vivaldi/6.5', 'Focus/1.0',
  'Mozilla/5.0 (Mobile; rv:48.0) Gecko/48.0 Firefox/48.0', 'KAIOS/2.5', 'Sailfish 3.0', 'webOS/3.0', 'Web0S; Linux/SmartTV',
]
const TOKENS = [...new Set([...CORPUS.flatMap((ua) => ua.split(/(?<=[ ;()])/)), ...RARE_TOKENS])]
const assembled = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 14 }).map((tokens) => tokens.join(''))

// Vendors only the device rules the built-in parser leaves out name (rare tablet brands, see
// DEVICE_RULES): when the reference names one, only the browser and OS fields are compared.
const OMITTED_VENDORS = /^(?:essential|sprint|rca|verizon|barnes & noble|nuvision|swiss|zeki|dragon touch|insignia|voice|lvtel|envizen|rotor|machspeed|trinity|nextbook|le pan|gigaset|at&t|vodafone|siemens)$/i

function withoutDevice({ deviceVendor: _vendor, deviceModel: _model, deviceType: _type, ...rest }: UserAgentInfo): UserAgentInfo {
  return rest
}

const FIELD_NAMES = new Set(['browser', 'browserVersion', 'os', 'osVersion', 'deviceVendor', 'deviceModel', 'deviceType'])

describe('parseUserAgent', () => {
  test('never throws and reports only non-empty strings under the known field names', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme', maxLength: 400 }), assembled), (ua) => {
        const info = parseUserAgent(ua)
        for (const [field, value] of Object.entries(info)) {
          expect(FIELD_NAMES.has(field)).toBe(true)
          expect(typeof value === 'string' && value !== '').toBe(true)
        }
      }),
    )
  })

  test('reads a string longer than 255 characters as its trimmed first 255 characters', () => {
    fc.assert(
      fc.property(assembled, fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u00a0') }), fc.string({ maxLength: 300 }), (ua, space, tail) => {
        const long = `${space}${ua}${' '.repeat(256)}${tail}`
        expect(parseUserAgent(long)).toStrictEqual(parseUserAgent(long.trim().slice(0, 255)))
      }),
    )
  })

  test('agrees with ua-parser-js 0.7.25 on strings assembled from pieces of real user agents', () => {
    fc.assert(
      fc.property(assembled, (ua) => {
        const ours = parseUserAgent(ua)
        const theirs = fromUaParserResult(reference(ua))
        if (theirs.deviceVendor !== undefined && OMITTED_VENDORS.test(theirs.deviceVendor)) expect(withoutDevice(ours)).toStrictEqual(withoutDevice(theirs))
        else expect(ours).toStrictEqual(theirs)
      }),
      { numRuns: 20000 },
    )
  })

  test('never skips a rule that matches: every match contains the text its rule is gated on', () => {
    for (const [pattern] of [...BROWSER_RULES, ...OS_RULES, ...DEVICE_RULES, ...DEVICE_FALLBACK_RULES]) {
      const hint = requiredText(pattern)
      const missed = CORPUS.filter((ua) => pattern.test(ua) && !ua.toLowerCase().includes(hint))
      expect(missed, pattern.source).toEqual([])
    }
    fc.assert(
      fc.property(assembled, (ua) => {
        for (const [pattern] of [...BROWSER_RULES, ...OS_RULES, ...DEVICE_RULES, ...DEVICE_FALLBACK_RULES]) {
          if (pattern.test(ua)) expect(ua.toLowerCase()).toContain(requiredText(pattern))
        }
      }),
      { numRuns: 2000 },
    )
  })
})
