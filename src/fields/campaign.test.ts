import { describe, expect, test } from 'vitest'
import { resolveSettings } from '../settings/resolveSettings.js'
import { contextOperations } from './campaign.js'

const withReferrer = resolveSettings({ trackReferrer: true })

function referringDomain(referrer: string): string | undefined {
  return contextOperations({ page: { referrer } }, withReferrer)?.$set['referring_domain']
}

describe('contextOperations', () => {
  test('is undefined without a context, a campaign or a referrer', () => {
    expect(contextOperations(undefined, withReferrer)).toBeUndefined()
    expect(contextOperations({}, withReferrer)).toBeUndefined()
    expect(contextOperations({ campaign: {} }, withReferrer)).toBeUndefined()
  })

  test('maps campaign.name to utm_campaign and skips empty values', () => {
    expect(contextOperations({ campaign: { name: 'spring', term: '' } }, resolveSettings())).toStrictEqual({
      $set: { utm_campaign: 'spring' },
      $setOnce: { initial_utm_campaign: 'spring' },
    })
  })

  test.each([
    ['https://www.example.com/path', 'www.example.com'],
    ['http://EXAMPLE.com?x', 'EXAMPLE.com'],
    ['https://user:secret@host:8080/x', 'host:8080'],
    ['android-app://com.google.android.gm', 'com.google.android.gm'],
    ['https://', undefined],
    ['https:/', undefined],
    ['//host/x', undefined],
    ['not a url', undefined],
  ])('the referring domain of %j is %j', (referrer, expected) => {
    expect(referringDomain(referrer)).toBe(expected)
  })

  test('reads no referrer with trackReferrer off', () => {
    expect(contextOperations({ page: { referrer: 'https://example.com/' } }, resolveSettings())).toBeUndefined()
  })
})
