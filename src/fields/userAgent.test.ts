import { describe, expect, test } from 'vitest'
import { parseUserAgent } from './userAgent.js'
import { BROWSER_RULES } from './userAgent/browserRules.js'
import { DEVICE_FALLBACK_RULES, DEVICE_RULES } from './userAgent/deviceRules.js'
import { fromUaParserResult, type UaParserResult } from './userAgent/fromUaParserResult.js'
import { OS_RULES } from './userAgent/osRules.js'
import type { UserAgentInfo } from './userAgentTypes.js'

// @amplitude/ua-parser-js 0.7.25 (a devDependency without types), loaded by a computed name so the
// core typecheck does not look for its declarations.
const REFERENCE_MODULE = '@amplitude/ua-parser-js'
const { default: reference } = (await import(REFERENCE_MODULE)) as { default: (ua: string) => UaParserResult }
const referenceInfo = (ua: string): UserAgentInfo => fromUaParserResult(reference(ua))

const CHROME_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'
const CHROME_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'
const CHROME_ANDROID = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36'
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1.2 Mobile/15E148 Safari/604.1'
const SAFARI_IPAD = 'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1'
const SAFARI_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15'
const CHROME_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1'
const FACEBOOK_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/442.0.0.39.110;FBBV/545043110;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.1;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5]'
const IE_11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko'

describe('parseUserAgent', () => {
  test('reads Chrome on Windows as a desktop with no device fields', () => {
    expect(parseUserAgent(CHROME_WINDOWS)).toStrictEqual({ browser: 'Chrome', browserVersion: '120', os: 'Windows', osVersion: '10' })
  })

  test('reads Chrome on a Mac with the dotted Mac OS version', () => {
    expect(parseUserAgent(CHROME_MAC)).toStrictEqual({ browser: 'Chrome', browserVersion: '120', os: 'Mac OS', osVersion: '10.15.7' })
  })

  test("reads Chrome's reduced Android string as the model K of no known vendor", () => {
    expect(parseUserAgent(CHROME_ANDROID)).toStrictEqual({
      browser: 'Chrome',
      browserVersion: '120',
      os: 'Android',
      osVersion: '10',
      deviceModel: 'K',
      deviceType: 'mobile',
    })
  })

  test('reads Mobile Safari on an iPhone', () => {
    expect(parseUserAgent(SAFARI_IPHONE)).toStrictEqual({
      browser: 'Mobile Safari',
      browserVersion: '17',
      os: 'iOS',
      osVersion: '17.1.2',
      deviceVendor: 'Apple',
      deviceModel: 'iPhone',
      deviceType: 'mobile',
    })
  })

  test('reads an iPad as an Apple tablet', () => {
    expect(parseUserAgent(SAFARI_IPAD)).toStrictEqual({
      browser: 'Mobile Safari',
      browserVersion: '16',
      os: 'iOS',
      osVersion: '16.6',
      deviceVendor: 'Apple',
      deviceModel: 'iPad',
      deviceType: 'tablet',
    })
  })

  test('reads Safari on a Mac', () => {
    expect(parseUserAgent(SAFARI_MAC)).toStrictEqual({ browser: 'Safari', browserVersion: '17', os: 'Mac OS', osVersion: '10.15.7' })
  })

  test('names CriOS Chrome, as ua-parser-js does', () => {
    expect(parseUserAgent(CHROME_IOS)).toStrictEqual({
      browser: 'Chrome',
      browserVersion: '120',
      os: 'iOS',
      osVersion: '17.1',
      deviceVendor: 'Apple',
      deviceModel: 'iPhone',
      deviceType: 'mobile',
    })
  })

  test("reads Facebook's in-app browser with its app version and the iPhone model", () => {
    expect(parseUserAgent(FACEBOOK_IOS)).toStrictEqual({
      browser: 'Facebook',
      browserVersion: '442',
      os: 'iOS',
      osVersion: '17.1',
      deviceVendor: 'Apple',
      deviceModel: 'iPhone14,5',
      deviceType: 'mobile',
    })
  })

  test('reads IE 11 from its Trident token', () => {
    expect(parseUserAgent(IE_11)).toStrictEqual({ browser: 'IE', browserVersion: '11', os: 'Windows', osVersion: '10' })
  })

  test('reports nothing for curl, a bot without a platform, or an empty string', () => {
    expect(parseUserAgent('curl/8.4.0')).toStrictEqual({})
    expect(parseUserAgent('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).toStrictEqual({})
    expect(parseUserAgent('')).toStrictEqual({})
  })

  test('reports nothing for a value that is not a string instead of throwing', () => {
    expect(parseUserAgent(42 as unknown as string)).toStrictEqual({})
  })

  test('reads only the first 255 characters of a longer string after trimming it, as ua-parser-js does', () => {
    const padded = `   ${CHROME_WINDOWS}${' '.repeat(300)}`
    expect(parseUserAgent(padded)).toStrictEqual(parseUserAgent(CHROME_WINDOWS))
    expect(parseUserAgent(`${'x'.repeat(255)} ${CHROME_WINDOWS}`)).toStrictEqual({})
  })

  const SAME_AS_REFERENCE: readonly string[] = [
    CHROME_WINDOWS,
    CHROME_MAC,
    CHROME_ANDROID,
    SAFARI_IPHONE,
    SAFARI_IPAD,
    SAFARI_MAC,
    CHROME_IOS,
    FACEBOOK_IOS,
    IE_11,
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Linux; Android 13; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0',
    'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 OPR/106.0.0.0',
    'Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.1;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5;FBRV/0]',
    'Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A.230901.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/442.0.0.33.113;]',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 309.0.1.28.108 (iPhone13,2; iOS 16_6; en_US; en-US; scale=3.00; 1170x2532; 538231370)',
    'Mozilla/5.0 (Linux; Android 13; SM-G991B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 Instagram 309.0.0.40.113 Android (33/13; 420dpi; 1080x2220; samsung; SM-G991B; o1s; exynos2100; en_US; 536988435)',
    'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)',
    'curl/8.4.0',
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.71 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    '',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/290.0.582939320 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Linux; Android 9; KFTRWI) AppleWebKit/537.36 (KHTML, like Gecko) Silk/119.3.1 like Chrome/119.0.6045.193 Safari/537.36',
    'Mozilla/5.0 (PlayStation; PlayStation 5/2.26) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; Xbox; Xbox One) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Safari/537.36 Edge/44.18363.8131',
    'Mozilla/5.0 (SMART-TV; Linux; Tizen 6.0) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/4.0 Chrome/76.0.3809.146 TV Safari/537.36',
    'Mozilla/5.0 (Linux; Android 12; 2201116SG) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 11; Redmi Note 9 Pro Build/RKQ1.200826.002) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; Android 10; HUAWEI VOG-L29) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Linux; U; Android 4.0.3; en-us; Transformer Prime TF201 Build/IML74K) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Safari/534.30',
    'Mozilla/5.0 (Linux; Android 10; SM-T510) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 5.1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/49.0.2623.112 Safari/537.36',
    'Mozilla/5.0 (Windows Phone 10.0; Android 6.0.1; Microsoft; Lumia 950) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/52.0.2743.116 Mobile Safari/537.36 Edge/15.14977',
    'Opera/9.80 (Android; Opera Mini/36.2.2254/119.132; U; id) Presto/2.12.423 Version/12.16',
    'Mozilla/5.0 (Linux; U; Android 4.4.2; en-us; SM-G900P Build/KOT49H) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/121.0 Mobile/15E148 Safari/605.1.15',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.6099.28 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 YaBrowser/23.11.0.0 Safari/537.36',
    'Mozilla/5.0 (Linux; Android 10; SM-A205U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.5359.128 Mobile Safari/537.36 UCBrowser/13.4.0.1306',
  ]

  test.each(SAME_AS_REFERENCE.map((ua) => [ua.slice(0, 90), ua]))('agrees with ua-parser-js 0.7.25 on %s', (_, ua) => {
    expect(parseUserAgent(ua)).toStrictEqual(referenceInfo(ua))
  })
})

const PATTERNS = [...BROWSER_RULES, ...OS_RULES, ...DEVICE_RULES, ...DEVICE_FALLBACK_RULES].map(([pattern]) => pattern)

// The groups of a pattern source that a repeating quantifier (*, + or {n,} / {n,m}) applies to,
// with their contents. Escapes and classes are skipped so their brackets do not count.
function repeatedGroups(source: string): string[] {
  const opens: number[] = []
  const repeated: string[] = []
  for (let at = 0; at < source.length; at++) {
    const char = source.charAt(at)
    if (char === '\\') at++
    else if (char === '[') {
      while (at < source.length && source.charAt(++at) !== ']') if (source.charAt(at) === '\\') at++
    } else if (char === '(') opens.push(at)
    else if (char === ')') {
      const open = opens.pop() ?? 0
      if (/^(?:[*+]|\{\d+,\d*\})/.test(source.slice(at + 1)) && !/^\{\d+,1\}/.test(source.slice(at + 1))) repeated.push(source.slice(open + 1, at))
    }
  }
  return repeated
}

describe('rule tables', () => {
  test('no pattern repeats a group that itself holds a quantifier, the shape of catastrophic backtracking', () => {
    const nested = PATTERNS.filter((pattern) => repeatedGroups(pattern.source).some((group) => /[*+{]/.test(group.replace(/\\./g, ''))))
    expect(nested).toEqual([])
  })

  test('no pattern puts two wildcard runs side by side', () => {
    expect(PATTERNS.filter((pattern) => /\.[*+]\??\.[*+]/.test(pattern.source))).toEqual([])
  })

  test('every pattern is case-insensitive and stateless (no g or y flag)', () => {
    expect(PATTERNS.filter((pattern) => pattern.flags !== 'i')).toEqual([])
  })

  test('the nested-quantifier check does flag the classic catastrophic shapes', () => {
    expect(repeatedGroups('(a+)+b')).toEqual(['a+'])
    expect(repeatedGroups('(?:[\\w ]+,)*x')).toEqual(['?:[\\w ]+,'])
    expect(repeatedGroups('(aix) (\\d\\.)*')).toEqual(['\\d\\.'])
  })
})
