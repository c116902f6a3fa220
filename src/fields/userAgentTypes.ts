/**
 * What a user-agent parser reports, with `@amplitude/ua-parser-js` 0.7.x names
 * (`Chrome`, `Mobile Safari`, `Mac OS`, `Windows`, `iOS`, `Android`, …). Unknown parts are absent.
 *
 * @example
 * const info: UserAgentInfo = { browser: 'Chrome', browserVersion: '120', os: 'Mac OS', osVersion: '10.15.7' }
 */
export interface UserAgentInfo {
  readonly browser?: string
  /** The browser's major version (`120`), as ua-parser-js's `browser.major`. */
  readonly browserVersion?: string
  readonly os?: string
  readonly osVersion?: string
  readonly deviceVendor?: string
  readonly deviceModel?: string
  /** `mobile`, `tablet`, `smarttv`, `console`, `wearable` or `embedded`; absent for desktops. */
  readonly deviceType?: string
}

/**
 * A user-agent parser: the built-in one, or any function with this shape (`parseUserAgent` setting).
 *
 * @example
 * const parser: UserAgentParser = (ua) => (ua.includes('Firefox') ? { browser: 'Firefox' } : {})
 */
export type UserAgentParser = (userAgent: string) => UserAgentInfo
