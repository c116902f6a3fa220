import { describe, expect, test } from 'vitest'
import { withCampaignMerged } from './withCampaignMerged.js'

const TRAITS = { $set: { utm_source: 'trait', k: 1 }, plan: 'pro', referrer: 'r-trait', utm_properties: 'x' }
const CONTEXT = { campaign: { source: 'g' }, page: { referrer: 'https://r/' } }

describe('withCampaignMerged', () => {
  test("lets a trait's own $set win for logPurchase (campaign first), dropping the referrer and utm_properties traits", () => {
    expect(withCampaignMerged(TRAITS, CONTEXT, true)).toStrictEqual({
      $set: { utm_source: 'trait', referrer: 'https://r/', k: 1 },
      $setOnce: { initial_utm_source: 'g', initial_referrer: 'https://r/' },
      plan: 'pro',
    })
  })

  test('lets the campaign and referrer win for identifyUser (traits first)', () => {
    expect(withCampaignMerged(TRAITS, CONTEXT, false)).toStrictEqual({
      $set: { utm_source: 'g', k: 1, referrer: 'https://r/' },
      $setOnce: { initial_utm_source: 'g', initial_referrer: 'https://r/' },
      plan: 'pro',
    })
  })

  test('runs for an empty campaign value but not for an empty referrer alone', () => {
    expect(withCampaignMerged(undefined, { campaign: { source: '' } }, true)).toStrictEqual({ $set: { utm_source: '' }, $setOnce: { initial_utm_source: '' } })
    expect(withCampaignMerged({ referrer: 'kept' }, { page: { referrer: '' } }, true)).toStrictEqual({ referrer: 'kept' })
  })
})
