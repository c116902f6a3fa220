import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { JsonObject } from '../../src/models/json.js'
import type { SegmentContext } from '../../src/models/segment/types.js'
import { UTM_RULES } from '../../src/fields/campaign.js'
import { mergeUserProperties } from './mergeUserProperties.js'
import { withCampaignMerged } from '../../src/profiles/actions/withCampaignMerged.js'

/** Segment's own formulation, step by step: the oracle of the unrolled merge. */
function segmentMerge(user: JsonObject | undefined, context: SegmentContext | undefined, campaignFirst: boolean): JsonObject | undefined {
  const utm: Record<string, string> = {}
  for (const [from, to] of UTM_RULES) {
    const value = context?.campaign?.[from]
    if (value !== undefined) utm[to] = value
  }
  const referrer = context?.page?.referrer
  if (Object.keys(utm).length === 0 && (referrer === undefined || referrer === '')) return user
  const setOnce: Record<string, string> = {}
  for (const [key, value] of Object.entries(utm)) setOnce[`initial_${key}`] = value
  const fromCampaign = { $set: utm, $setOnce: setOnce }
  const fromReferrer = referrer ? { $set: { referrer }, $setOnce: { initial_referrer: referrer } } : {}
  const traits: Record<string, unknown> = { ...user }
  delete traits['utm_properties']
  delete traits['referrer']
  const order = campaignFirst ? [fromCampaign, fromReferrer, traits] : [traits, fromCampaign, fromReferrer]
  return mergeUserProperties(order) as JsonObject
}

/** An object from entries, `__proto__` included as a plain key (as JSON.parse makes it). */
function objectOf(entries: readonly (readonly [string, unknown])[]): JsonObject {
  const object: Record<string, unknown> = {}
  for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true })
  return object as JsonObject
}

const arbOperation = fc.oneof(
  fc.constantFrom(null, 0, '', true, 5, 'ab', [] as unknown[]),
  fc.array(fc.string({ maxLength: 2 }), { maxLength: 2 }),
  fc.array(fc.tuple(fc.constantFrom('utm_source', 'referrer', 'k', '__proto__', '0', 'initial_referrer'), fc.jsonValue({ maxDepth: 1 })), { maxLength: 4 }).map(objectOf),
)
const arbTraits = fc.option(
  fc
    .array(
      fc.oneof(
        fc.tuple(fc.constantFrom('$set', '$setOnce'), arbOperation),
        fc.tuple(fc.constantFrom('plan', 'referrer', 'utm_properties', '__proto__', '1'), fc.jsonValue({ maxDepth: 1 })),
      ),
      { maxLength: 5 },
    )
    .map(objectOf),
  { nil: undefined },
)
const arbText = fc.constantFrom('', 'g', 'https://r/')
const arbContext = fc.option(
  fc.record(
    {
      campaign: fc.record({ source: arbText, medium: arbText, name: arbText, term: arbText, content: arbText }, { requiredKeys: [] }),
      page: fc.record({ referrer: arbText }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
)

describe('withCampaignMerged', () => {
  test("gives what Segment's three-object merge gives, key order included, for both orders", () => {
    fc.assert(
      fc.property(arbTraits, arbContext, fc.boolean(), (user, context, campaignFirst) => {
        const merged = withCampaignMerged(user, context, campaignFirst)
        const expected = segmentMerge(user, context, campaignFirst)
        expect(merged).toStrictEqual(expected)
        expect(JSON.stringify(merged)).toBe(JSON.stringify(expected))
      }),
    )
  })
})
