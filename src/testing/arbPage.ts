import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { SegmentContext } from '../models/segment/types.js'
import type { GeneratedMessage } from './types.js'
import { arbServerContext } from './arbServerContext.js'
import { arbWebContext } from './arbWebContext.js'
import { arbCommon } from './internal/arbCommon.js'
import { arbWebPage } from './internal/contextParts.js'
import { weighted } from './internal/fields.js'

const arbPageContext = weighted<SegmentContext>([17, arbWebContext], [3, arbServerContext])

/**
 * A valid `page` call as analytics.js sends it: the page's `path`, `referrer`, `search`,
 * `title` and `url` in `properties` (matching `context.page` for browser traffic), and a
 * `name` and `category` that may each be absent, so that every combination of the page
 * gates (`trackAllPages`, `trackNamedPages`, `trackCategorizedPages`) is exercised. Sometimes a
 * server-side page call. Always has a usable `userId` or `anonymousId`.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbPage, arbSettings } from 'segment-amplitude/testing'
 * import { translate } from 'segment-amplitude'
 *
 * fc.assert(fc.property(arbPage, arbSettings, (message, settings) => {
 *   const result = translate(message, settings)
 *   return !result.ok || result.calls.length <= 1
 * }))
 */
export const arbPage: Arbitrary<GeneratedMessage<'page'>> = fc
  .tuple(arbWebPage, fc.nat({ max: 7 }), arbCommon(arbPageContext))
  .map(([page, roll, common]): GeneratedMessage<'page'> => {
    // Drop the name and/or category now and then; analytics.js copies what remains into properties.
    const name = roll === 1 || roll === 3 ? undefined : page.name
    const category = roll === 2 || roll === 3 ? undefined : page.category
    const named = { ...(name === undefined ? {} : { name }), ...(category === undefined ? {} : { category }) }
    const properties = { ...named, ...page.context }
    const context = common.context?.library?.name === 'analytics.js' ? { ...common.context, page: { ...page.context } } : common.context
    return { type: 'page', ...named, properties, ...common, ...(context === undefined ? {} : { context }) }
  })
