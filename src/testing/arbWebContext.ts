import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { SegmentContext, SegmentUserAgentData } from '../models/segment/types.js'
import { arbCampaign } from './arbCampaign.js'
import { arbTraits } from './arbTraits.js'
import { arbIp, arbLocale, arbTimezone, arbWebPage } from './internal/contextParts.js'
import { fields, optional } from './internal/fields.js'
import { USER_AGENTS } from './userAgents.js'

/** The Client Hints a Chromium browser reports beside its user agent; `undefined` for others. */
function clientHints(userAgent: string): SegmentUserAgentData | undefined {
  const chrome = /Chrome\/(\d+)/.exec(userAgent)
  if (chrome === null || /SamsungBrowser|OPR/.test(userAgent)) return undefined
  const version = chrome[1] ?? '0'
  const edge = userAgent.includes('Edg')
  const platform = /Windows/.test(userAgent)
    ? 'Windows'
    : /Macintosh/.test(userAgent)
      ? 'macOS'
      : /Android/.test(userAgent)
        ? 'Android'
        : /CrOS/.test(userAgent)
          ? 'Chrome OS'
          : 'Linux'
  return {
    brands: [
      { brand: 'Chromium', version },
      { brand: edge ? 'Microsoft Edge' : 'Google Chrome', version },
      { brand: 'Not-A.Brand', version: '99' },
    ],
    mobile: userAgent.includes('Mobile'),
    platform,
  }
}

const arbBrowser = fc.tuple(fc.constantFrom(...USER_AGENTS), fc.nat({ max: 2 })).map(([userAgent, roll]) => {
  const hints = roll === 0 ? clientHints(userAgent) : undefined
  return hints === undefined ? { userAgent } : { userAgent, userAgentData: hints }
})

const arbWebFields = fields<SegmentContext>({
  library: fc.constantFrom('next-1.70.0', 'next-1.64.0', '4.1.0', '3.13.5').map((version) => ({ name: 'analytics.js', version })),
  page: optional(arbWebPage.map((page) => page.context), 90),
  campaign: optional(arbCampaign, 25),
  locale: optional(arbLocale, 85),
  timezone: optional(arbTimezone, 75),
  ip: optional(arbIp, 60),
  traits: optional(arbTraits, 25),
})

/**
 * A browser's `context`, as analytics.js fills it: `library` `analytics.js`, a real
 * `userAgent` from {@link USER_AGENTS} (with `userAgentData` Client Hints for Chromium, sometimes),
 * `page`, UTM `campaign`, `locale`, `timezone`, the `ip` Segment adds, and current `traits`.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbWebContext } from 'segment-amplitude/testing'
 * fc.assert(fc.property(arbWebContext, (context) => context.library?.name === 'analytics.js'))
 */
export const arbWebContext: Arbitrary<SegmentContext> = fc
  .tuple(arbWebFields, arbBrowser)
  .map(([context, browser]) => ({ ...context, ...browser }))
