import type { GoldenCase } from '../goldenCase.js'
import { aliasCases } from './alias.js'
import { groupCases } from './group.js'
import { identifyCases } from './identify.js'
import { pageCases } from './page.js'
import { revenueCases } from './revenue.js'
import { screenCases } from './screen.js'
import { trackCases } from './track.js'

/** Every Classic golden case, by the fixture file it lives in. */
export const CLASSIC_GOLDEN: Readonly<Record<string, readonly GoldenCase[]>> = {
  track: trackCases,
  revenue: revenueCases,
  page: pageCases,
  screen: screenCases,
  identify: identifyCases,
  group: groupCases,
  alias: aliasCases,
}
