import type { ResolvedSettings } from '../settings/resolveSettings.js'
import { parseUserAgent } from './userAgent.js'
import type { UserAgentInfo } from './userAgentTypes.js'

/**
 * How many distinct strings the built-in parser's answers are kept for. Real traffic repeats a
 * few hundred user agents (every event of a session carries the same one), so this holds the
 * common ones; anything rarer is parsed again, which is only the cost of not caching.
 */
const CACHE_SIZE = 512
/** Longer strings (hostile or broken ones) are parsed every time rather than held in memory. */
const MAX_CACHED_LENGTH = 512

const cache = new Map<string, UserAgentInfo>()

/**
 * `settings.parseUserAgent(userAgent)`. The built-in parser's answers are remembered for the
 * last {@link CACHE_SIZE} distinct strings (parsing is a fifth of a web event's translation, and
 * it is a pure function of the string); a custom parser is called every time, since it may not
 * be pure. The answer is shared between calls: read it, never change it.
 *
 * @example
 * const info = userAgentInfo(context.userAgent, settings)
 * // { browser: 'Chrome', browserVersion: '120', os: 'Windows', osVersion: '10' }
 */
export function userAgentInfo(userAgent: string, settings: ResolvedSettings): UserAgentInfo {
  if (settings.parseUserAgent !== parseUserAgent || userAgent.length > MAX_CACHED_LENGTH) return settings.parseUserAgent(userAgent)
  let info = cache.get(userAgent)
  if (info === undefined) {
    info = Object.freeze(parseUserAgent(userAgent))
    // Oldest first out: Map iterates in insertion order.
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string)
    cache.set(userAgent, info)
  }
  return info
}
