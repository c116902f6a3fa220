import type { Issue } from '../issues/issue.js'

/**
 * One top-level item of the input: the text of an NDJSON line or of a JSON array element with
 * the 1-based line it starts on, or a problem found while splitting (an issue on that line).
 *
 * @example
 * const record: InputRecord = { line: 3, text: '{"type":"track","event":"Signed Up","userId":"u1"}' }
 */
export type InputRecord = { readonly line: number; readonly text: string } | { readonly line: number; readonly issue: Issue }

/**
 * Turns decoded text chunks into {@link InputRecord}s. `push` returns the records each chunk
 * completes; `end` returns what the last chunk left open.
 *
 * @example
 * const splitter: RecordSplitter = createLineSplitter()
 * splitter.push('{"a":1}\n{"b"') // [{ line: 1, text: '{"a":1}' }]
 * splitter.end() // [{ line: 2, text: '{"b"' }]
 */
export interface RecordSplitter {
  push(chunk: string): InputRecord[]
  end(): InputRecord[]
}

/**
 * The record that replaces one longer than the limit: an issue on its line.
 *
 * @example
 * recordTooLong(12, 'line', 16 * 1024 * 1024) // { line: 12, issue: { code: 'record_too_long', … } }
 */
export function recordTooLong(line: number, what: string, max: number): InputRecord {
  return {
    line,
    issue: { severity: 'error', code: 'record_too_long', path: '', message: `the ${what} is longer than ${max} characters; skipped` },
  }
}
