// Regenerates scenarios/<suite>.expected.json from the oracle. Run after changing a scenario or
// the oracle's versions: `npm run scenarios:update` (in conformance/). Review the diff: every
// change is a change in what Segment sends.
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { EVENT_KEYS_NOT_COPIED, FORM_KEYS_NOT_COPIED } from '../decode.mjs'
import { expectedFor } from '../expected.mjs'
import { ORACLE_VERSIONS } from '../oracle.mjs'
import { loadScenarios } from './index.mjs'

const here = dirname(fileURLToPath(import.meta.url))
for (const [suite, scenarios] of Object.entries(loadScenarios())) {
  const out = []
  for (const scenario of scenarios) {
    const { raw: _raw, ...expected } = await expectedFor(scenario.message, scenario.settings)
    out.push({ ...scenario, expected })
  }
  const file = {
    oracle: ORACLE_VERSIONS,
    normalisation: `SPEC section 6: events without ${EVENT_KEYS_NOT_COPIED.join(', ')}; identifications without ${FORM_KEYS_NOT_COPIED.identify.join(', ')}; mappings without ${FORM_KEYS_NOT_COPIED.usermap.join(', ')}; no options=undefined; identify identification as one call; group identify without wall-clock time when the message has no timestamp. Rejected fields are dropped (see "repairs").`,
    scenarios: out,
  }
  writeFileSync(join(here, `${suite}.expected.json`), `${JSON.stringify(file, null, 2)}\n`)
  console.log(`${suite}: ${out.length} scenarios`)
}
