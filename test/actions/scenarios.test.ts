import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { toRequests } from '../../src/requests/toRequests.js'
import type { Settings } from '../../src/settings/settings.js'
import { translate } from '../../src/translate.js'
import { comparable } from './comparable.js'

// Segment's own Amplitude (Actions) test suite and the research edge cases, as the oracle in
// conformance/ answered them (scenarios/*.expected.json, normalised as SPEC section 6 says). This
// replays them without the oracle installed, so the profile is tested on every `npm test`.

interface Scenario {
  readonly id: string
  readonly oracleOnly?: string
  readonly message: unknown
  readonly settings: { apiKey: string; region: 'us' | 'eu'; useBatchEndpoint?: boolean; minIdLength?: number } & Partial<Settings>
  readonly expected: { readonly calls: unknown[]; readonly requests: unknown[] }
}

const dir = fileURLToPath(new URL('../../conformance/scenarios/', import.meta.url))
const scenarios: Scenario[] = readdirSync(dir)
  .filter((file) => file.endsWith('.expected.json'))
  .sort()
  .flatMap((file) => (JSON.parse(readFileSync(dir + file, 'utf8')) as { scenarios: Scenario[] }).scenarios)

/**
 * The scenarios where we differ from Segment on purpose, by the deviation (conformance/
 * deviations.mjs, docs/decisions/actions-profile.md) that explains it. test/actions/
 * deviations.test.ts pins what we send instead.
 */
const DELIBERATE: Readonly<Record<string, string>> = {
  'identity/device-id-empty-string-no-fallback': 'ids-read-per-spec-2',
  'identity/user-id-whitespace': 'ids-read-per-spec-2',
  'identify/user-id-null': 'ids-read-per-spec-2',
  'logEventV2/user-id-null': 'ids-read-per-spec-2',
  'logPurchase/user-id-null': 'ids-read-per-spec-2',
  'identify/numeric-ids': 'no-call-amplitude-rejects',
  'alias/no-previous-id': 'no-call-amplitude-rejects',
  'alias/no-user-id': 'no-call-amplitude-rejects',
  'track/no-ids': 'no-call-amplitude-rejects',
  'coercion/event-blank-kept': 'blank-event-name-rejected',
  'coercion/session-id-negative-string': 'engine-only-dates',
  'group/garbage-timestamp': 'group-time-not-null',
  'settings/min-id-length-identify': 'no-options-on-forms',
  'settings/min-id-length-group': 'no-options-on-forms',
  'settings/min-id-length-alias': 'no-options-on-forms',
}

function ours(scenario: Scenario): { calls: unknown[]; requests: unknown[] } {
  const { apiKey, region, useBatchEndpoint, minIdLength, ...settings } = scenario.settings
  const result = translate(scenario.message, { ...settings, profile: 'actions' })
  if (!result.ok) return { calls: [], requests: [] }
  const options = { apiKey, region, ...(useBatchEndpoint === true ? { useBatchEndpoint } : {}), ...(minIdLength === undefined ? {} : { minIdLength }) }
  return comparable(toRequests(result.calls, options).requests)
}

describe("the Actions profile on Segment's scenarios", () => {
  test('has scenarios to replay', () => {
    expect(scenarios.length).toBeGreaterThan(150)
  })

  for (const scenario of scenarios.filter((s) => s.oracleOnly === undefined)) {
    const deviation = DELIBERATE[scenario.id]
    test(`${scenario.id} ${deviation === undefined ? 'sends what Segment sends' : `differs on purpose (${deviation})`}`, () => {
      const actual = ours(scenario)
      const want = { calls: scenario.expected.calls, requests: scenario.expected.requests }
      if (deviation === undefined) expect(actual).toEqual(want)
      else expect(actual).not.toEqual(want)
    })
  }
})
