// Shows what Segment's code sends for scenarios, un-normalised: `node probes/show.mjs <id prefix>…`
// (e.g. `time/`, `utm/identify`). Form bodies are decoded field by field; JSON-valued fields are
// parsed. This is how the examples in docs/decisions/actions-profile.md were produced.
import { runOracle } from '../oracle.mjs'
import { loadScenarios } from '../scenarios/index.mjs'

const prefixes = process.argv.slice(2)
const scenarios = Object.values(loadScenarios()).flat()
for (const s of scenarios.filter((x) => prefixes.length === 0 || prefixes.some((p) => x.id.startsWith(p)))) {
  const raw = await runOracle(s.message, s.settings)
  console.log(`### ${s.id} → ${raw.action ?? 'not subscribed'}`)
  console.log(`message: ${JSON.stringify(s.message)}`)
  if (raw.error) console.log(`error: ${raw.error.name}: ${raw.error.message}`)
  for (const r of raw.requests) console.log(`${r.method} ${r.url}\n${JSON.stringify(decodeBody(r))}`)
  console.log()
}

function decodeBody(request) {
  if (request.headers['content-type'].startsWith('application/json')) return JSON.parse(request.body)
  const out = {}
  for (const [key, value] of new URLSearchParams(request.body)) {
    try {
      out[key] = JSON.parse(value)
    } catch {
      out[key] = value
    }
  }
  return out
}
