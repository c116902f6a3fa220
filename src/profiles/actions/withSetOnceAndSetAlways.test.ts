import { describe, expect, test } from 'vitest'
import { withSetOnceAndSetAlways } from './withSetOnceAndSetAlways.js'

describe('withSetOnceAndSetAlways', () => {
  test("replaces the traits' own $set and $setOnce instead of merging, and keeps $add", () => {
    expect(withSetOnceAndSetAlways({ $set: { k: 1 }, $setOnce: { j: 2 }, $add: { n: 1 }, plan: 'pro' }, { campaign: { source: 'g' } })).toStrictEqual({
      $set: { utm_source: 'g' },
      $setOnce: { initial_utm_source: 'g' },
      $add: { n: 1 },
      plan: 'pro',
    })
  })

  test('copies empty text once one value is not empty, and applies nothing when all are empty', () => {
    expect(withSetOnceAndSetAlways(undefined, { page: { referrer: '' }, campaign: { source: 'g' } })).toStrictEqual({
      $setOnce: { initial_referrer: '', initial_utm_source: 'g' },
      $set: { referrer: '', utm_source: 'g' },
    })
    expect(withSetOnceAndSetAlways({}, { campaign: { source: '' } })).toStrictEqual({})
    expect(withSetOnceAndSetAlways(undefined, undefined)).toBeUndefined()
  })
})
