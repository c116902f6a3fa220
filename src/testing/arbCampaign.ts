import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { SegmentCampaign } from '../models/segment/types.js'
import { fields, optional } from './internal/fields.js'

/**
 * A `context.campaign` (UTM parameters): usually a source, medium and name, sometimes a term and
 * content, now and then a custom parameter, and rarely empty.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbCampaign } from 'segment-amplitude/testing'
 * fc.sample(arbCampaign, { seed: 3, numRuns: 1 }) // e.g. [{ source: 'google', medium: 'cpc', name: 'spring_sale' }]
 */
export const arbCampaign: Arbitrary<SegmentCampaign> = fields<SegmentCampaign>({
  source: optional(fc.constantFrom('google', 'facebook', 'newsletter', 'twitter', 'bing', 'linkedin', 'Google'), 90),
  medium: optional(fc.constantFrom('cpc', 'email', 'social', 'organic', 'banner', 'affiliate'), 80),
  name: optional(fc.constantFrom('spring_sale', 'black_friday_2024', 'launch', 'retargeting', 'brand', 'Summer Sale'), 75),
  term: optional(fc.constantFrom('running shoes', 'crm software', 'best headphones', 'segment amplitude'), 25),
  content: optional(fc.constantFrom('banner_a', 'textlink', 'hero_cta', 'logolink'), 25),
  id: optional(fc.constantFrom('cmp_001', 'q4-2024'), 5),
})
