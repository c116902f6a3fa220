import type { Issue } from '../issues/issue.js'
import type { AmplitudeCall } from '../models/amplitude/types.js'

/**
 * What a rejects file line is built from: the input line number and either the message's
 * original text (`raw`, with `parsed` saying whether it is valid JSON) or, when a rejected call
 * could not be traced back to its message, the call itself.
 *
 * @example
 * const reject: Reject = { line: 4, raw: '{"type":"track"}', parsed: true, reasons: [issue] }
 */
export type Reject =
  | { readonly line: number; readonly raw: string; readonly parsed: boolean; readonly reasons: readonly Issue[] }
  | { readonly line: null; readonly call: AmplitudeCall; readonly reasons: readonly Issue[] }

/**
 * One line of the rejects file (NDJSON). The original message is spliced in byte for byte
 * under `message` (no re-serialisation: numbers beyond 2^53 and key order survive), so
 * `jq -c .message rejects.ndjson` gives back a file the CLI reads again. A line that was not
 * valid JSON is kept as a string under `raw`.
 *
 * @example
 * formatReject({ line: 4, raw: '{"type":"track"}', parsed: true, reasons: [] })
 * // '{"line":4,"reasons":[],"message":{"type":"track"}}\n'
 */
export function formatReject(reject: Reject): string {
  const head = `{"line":${reject.line === null ? 'null' : reject.line},"reasons":${JSON.stringify(reject.reasons)}`
  if ('call' in reject) return `${head},"call":${JSON.stringify(reject.call)}}\n`
  // Valid JSON has no raw line break inside strings, so a pretty-printed array element can be
  // folded onto one line by replacing its breaks with spaces.
  return reject.parsed
    ? `${head},"message":${reject.raw.replace(/[\r\n]+/gu, ' ')}}\n`
    : `${head},"raw":${JSON.stringify(reject.raw)}}\n`
}
