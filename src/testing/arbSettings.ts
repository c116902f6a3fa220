import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { Settings } from '../settings/settings.js'
import { fields, optional } from './internal/fields.js'
import { GROUP_TRAIT_NAMES, TRAIT_NAMES } from './traitNames.js'

const APPEND_PATHS = [
  'context.page.title',
  'context.page.url',
  'context.page.path',
  'context.campaign.name',
  'context.app.version',
  'context.device.model',
  'context.os.name',
  'context.locale',
  'context.library.name',
  'context.traits.plan',
  'context.traits.email',
  'properties.plan',
  'traits.plan',
  'userId',
  'anonymousId',
  'messageId',
  'context.not.there',
] as const

// Target names include ones that already exist in generated properties (`plan`, `title`).
const APPEND_NAMES = ['page_title', 'page_url', 'path', 'campaign', 'app_version', 'device', 'os', 'locale', 'plan', 'title', 'email'] as const

const arbAppendFields = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...APPEND_PATHS), fc.constantFrom(...APPEND_NAMES)), {
    maxLength: 3,
    selector: ([path]) => path,
  })
  .map((entries) => Object.fromEntries(entries))

const arbTraitList = fc.subarray([...TRAIT_NAMES], { maxLength: 4 })
const arbGroupTrait = fc.constantFrom(...GROUP_TRAIT_NAMES, 'missing_trait')

/**
 * Translation settings across their whole option space, as a `Partial<Settings>` (each setting
 * present about half the time, so defaults are exercised too): both profiles, every page-gate
 * combination, UTM and referrer tracking, device-id order, `traitsTo*` lists drawn from
 * {@link TRAIT_NAMES} (lists may overlap, which the first-rule-wins order resolves),
 * `groupTypeTrait`/`groupValueTrait` from {@link GROUP_TRAIT_NAMES} (or a trait no message has),
 * `groupType`, both revenue switches, `appendFieldsToEventProps` with message paths such as
 * `context.page.title`, and `userAgentParsing`. Never `parseUserAgent`; every value passes
 * `resolveSettings`.
 *
 * @example
 * import fc from 'fast-check'
 * import { arbSegmentMessage, arbSettings } from 'segment-amplitude/testing'
 * import { translate } from 'segment-amplitude'
 *
 * fc.assert(fc.property(arbSegmentMessage, arbSettings, (message, settings) => {
 *   const result = translate(message, settings)
 *   return result.ok || result.issues.some((issue) => issue.severity === 'error')
 * }))
 */
export const arbSettings: Arbitrary<Partial<Settings>> = fields<Partial<Settings>>({
  profile: optional(fc.constantFrom('classic', 'actions'), 60),
  trackAllPages: optional(fc.boolean()),
  trackNamedPages: optional(fc.boolean()),
  trackCategorizedPages: optional(fc.boolean()),
  trackUtmProperties: optional(fc.boolean()),
  trackReferrer: optional(fc.boolean()),
  preferAnonymousIdForDeviceId: optional(fc.boolean()),
  traitsToIncrement: optional(arbTraitList, 40),
  traitsToSetOnce: optional(arbTraitList, 40),
  traitsToAppend: optional(arbTraitList, 40),
  traitsToPrepend: optional(arbTraitList, 30),
  groupTypeTrait: optional(arbGroupTrait, 40),
  groupValueTrait: optional(arbGroupTrait, 40),
  groupType: optional(fc.constantFrom('[Segment] Group', 'Company', 'account', 'Org Unit'), 30),
  trackRevenuePerProduct: optional(fc.boolean()),
  trackProductsOnce: optional(fc.boolean()),
  appendFieldsToEventProps: optional(arbAppendFields, 30),
  userAgentParsing: optional(fc.boolean()),
})
