import type { UserAgentInfo } from './userAgentTypes.js'

/**
 * The built-in, dependency-free user-agent parser (names as `@amplitude/ua-parser-js` 0.7.x).
 * Placeholder until the full parser lands: reports nothing.
 *
 * @example
 * parseUserAgent('Mozilla/5.0 …') // { browser: 'Chrome', browserVersion: '120', … }
 */
export function parseUserAgent(userAgent: string): UserAgentInfo {
  void userAgent
  return {}
}
