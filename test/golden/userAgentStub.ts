import type { UserAgentInfo } from '../../src/fields/userAgentTypes.js'

/** User agents the golden cases use, with the answer the stub gives for each. */
export const STUB_USER_AGENTS: Readonly<Record<string, UserAgentInfo>> = {
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36': {
    browser: 'Chrome',
    browserVersion: '120',
    os: 'Windows',
    osVersion: '10',
  },
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1': {
    browser: 'Mobile Safari',
    browserVersion: '17',
    os: 'iOS',
    osVersion: '17.1',
    deviceVendor: 'Apple',
    deviceModel: 'iPhone',
    deviceType: 'mobile',
  },
}

/**
 * A user-agent parser for golden cases: answers from {@link STUB_USER_AGENTS} (empty for any
 * other string), so the expected payloads do not depend on the built-in parser's tables.
 */
export function stubUserAgentParser(userAgent: string): UserAgentInfo {
  return Object.prototype.hasOwnProperty.call(STUB_USER_AGENTS, userAgent) ? (STUB_USER_AGENTS[userAgent] as UserAgentInfo) : {}
}

export const CHROME_WINDOWS_UA = Object.keys(STUB_USER_AGENTS)[0] as string
export const SAFARI_IPHONE_UA = Object.keys(STUB_USER_AGENTS)[1] as string
