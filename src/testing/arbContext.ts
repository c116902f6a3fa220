import type { Arbitrary } from 'fast-check'
import type { SegmentContext } from '../models/segment/types.js'
import { arbAndroidContext } from './arbAndroidContext.js'
import { arbIosContext } from './arbIosContext.js'
import { arbServerContext } from './arbServerContext.js'
import { arbWebContext } from './arbWebContext.js'
import { weighted } from './internal/fields.js'

/**
 * Any `context`: web (45 %), iOS (20 %), Android (15 %) or server (20 %).
 *
 * @example
 * import fc from 'fast-check'
 * import { arbContext } from 'segment-amplitude/testing'
 * fc.assert(fc.property(arbContext, (context) => typeof context === 'object'))
 */
export const arbContext: Arbitrary<SegmentContext> = weighted<SegmentContext>(
  [45, arbWebContext],
  [20, arbIosContext],
  [15, arbAndroidContext],
  [20, arbServerContext],
)
