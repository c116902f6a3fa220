// All scenario suites, with messages in their JSON form (what a file or a queue would carry).
import { SUITES as EDGE } from './edge-cases.mjs'
import { SUITES as SEGMENT } from './segment-suite.mjs'

export const DEFAULT_SETTINGS = { apiKey: 'conformance-api-key', region: 'us' }

/** `{suite: [{id, source, oracleOnly?, message, settings}]}` */
export function loadScenarios() {
  const suites = {}
  for (const [name, scenarios] of Object.entries({ ...SEGMENT, ...EDGE })) {
    suites[name] = scenarios.map((s) => ({
      id: s.id,
      source: s.source,
      ...(s.oracleOnly ? { oracleOnly: s.oracleOnly } : {}),
      message: JSON.parse(JSON.stringify(s.message)),
      settings: { ...DEFAULT_SETTINGS, ...(s.settings ?? {}) },
    }))
  }
  return suites
}
