import { MAX_RECORD_CHARS } from './codes.js'
import { recordTooLong, type InputRecord, type RecordSplitter } from './inputRecord.js'

/**
 * An NDJSON splitter: one record per non-blank line, numbered from 1 (blank lines count but
 * yield nothing; a trailing `\r` is dropped). A line longer than `maxChars` is skipped with a
 * `record_too_long` issue without ever being held whole in memory.
 *
 * @example
 * const splitter = createLineSplitter()
 * splitter.push('{"type":"alias"}\r\n\n{"ty') // [{ line: 1, text: '{"type":"alias"}' }]
 * splitter.push('pe":"page"}\n') // [{ line: 3, text: '{"type":"page"}' }]
 */
export function createLineSplitter(maxChars: number = MAX_RECORD_CHARS): RecordSplitter {
  let line = 0
  // The open line's pieces: concatenating only when the line ends keeps long lines linear.
  let pending: string[] = []
  let pendingLength = 0
  let oversized = false

  function complete(text: string, out: InputRecord[]): void {
    line += 1
    if (oversized || text.length > maxChars) {
      out.push(recordTooLong(line, 'line', maxChars))
      oversized = false
      return
    }
    const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text
    if (trimmed.trim() !== '') out.push({ line, text: trimmed })
  }

  return {
    push(chunk) {
      const out: InputRecord[] = []
      let start = 0
      let newline = chunk.indexOf('\n')
      while (newline !== -1) {
        const piece = chunk.slice(start, newline)
        if (pendingLength === 0) {
          complete(piece, out)
        } else {
          pending.push(piece)
          complete(pending.join(''), out)
          pending = []
          pendingLength = 0
        }
        start = newline + 1
        newline = chunk.indexOf('\n', start)
      }
      if (start < chunk.length && !oversized) {
        pending.push(chunk.slice(start))
        pendingLength += chunk.length - start
        if (pendingLength > maxChars) {
          oversized = true
          pending = []
          pendingLength = 0
        }
      }
      return out
    },
    end() {
      const out: InputRecord[] = []
      if (pendingLength > 0 || oversized) complete(pending.join(''), out)
      pending = []
      pendingLength = 0
      return out
    },
  }
}
