import type { Issue } from '../issues/issue.js'
import { MAX_RECORD_CHARS } from './codes.js'
import { recordTooLong, type InputRecord, type RecordSplitter } from './inputRecord.js'

// Phases of the scan.
/** Before the opening `[` (and after a closing `]`, where another array may start). */
const OUTSIDE = 0
/** After `[` or `,`: whitespace, then an element or `]`. */
const BETWEEN = 1
/** Inside a top-level element. */
const ELEMENT = 2
/** Unexpected content after `]`: everything else is ignored. */
const STOPPED = 3

const QUOTE = 34
const BACKSLASH = 92
const OPEN_BRACE = 123
const CLOSE_BRACE = 125
const OPEN_BRACKET = 91
const CLOSE_BRACKET = 93
const COMMA = 44
const NEWLINE = 10

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xfeff
}

function arrayIssue(code: 'truncated_array' | 'trailing_content', message: string): Issue {
  return { severity: 'error', code, path: '', message }
}

/**
 * An incremental splitter for a JSON array of messages: yields the text of each top-level
 * element (with the line it starts on) as soon as it is complete, so a multi-gigabyte array
 * never sits in memory. It tracks only strings, escapes and bracket depth; each element's own
 * validity is left to `JSON.parse`, so a broken element costs that element only. Several
 * arrays one after another (`[…]\n[…]`) are read as one stream.
 *
 * @example
 * const splitter = createJsonArraySplitter()
 * splitter.push('[{"type":"alias"},\n {"type"') // [{ line: 1, text: '{"type":"alias"}' }]
 * splitter.push(':"page"}]') // [{ line: 2, text: '{"type":"page"}' }]
 */
export function createJsonArraySplitter(maxChars: number = MAX_RECORD_CHARS): RecordSplitter {
  let phase: number = OUTSIDE
  let line = 1
  let depth = 0
  let inString = false
  let escaped = false
  let elementLine = 0
  let parts: string[] = []
  let partsLength = 0
  let oversized = false
  // Whether the current array has had an element or a comma: tells `[]` from `[1,]`.
  let sawElement = false

  function finishElement(out: InputRecord[]): void {
    if (oversized) {
      out.push(recordTooLong(elementLine, 'array element', maxChars))
    } else {
      const text = parts.join('').trimEnd()
      if (text === '') {
        out.push({ line: elementLine, issue: { severity: 'error', code: 'invalid_json', path: '', message: 'empty array element (two commas in a row or a trailing comma)' } })
      } else {
        out.push({ line: elementLine, text })
      }
    }
    parts = []
    partsLength = 0
    oversized = false
  }

  function keep(chunk: string, from: number, to: number): void {
    if (oversized || to <= from) return
    partsLength += to - from
    if (partsLength > maxChars) {
      oversized = true
      parts = []
      return
    }
    parts.push(chunk.slice(from, to))
  }

  return {
    push(chunk) {
      const out: InputRecord[] = []
      let i = 0
      const n = chunk.length
      while (i < n) {
        if (phase === STOPPED) return out
        if (phase !== ELEMENT) {
          const code = chunk.charCodeAt(i)
          if (code === NEWLINE) line += 1
          if (isSpace(code)) {
            i += 1
            continue
          }
          if (phase === OUTSIDE) {
            if (code === OPEN_BRACKET) {
              phase = BETWEEN
              sawElement = false
            } else {
              phase = STOPPED
              out.push({ line, issue: arrayIssue('trailing_content', 'unexpected content after the closing `]` of the JSON array; the rest of the input was not read') })
            }
            i += 1
            continue
          }
          // BETWEEN
          if (code === CLOSE_BRACKET && !sawElement) {
            phase = OUTSIDE
            i += 1
            continue
          }
          phase = ELEMENT
          elementLine = line
          depth = 0
          inString = false
          escaped = false
          sawElement = true
        }
        // ELEMENT: scan to the end of the element or of the chunk.
        const start = i
        let ended = false
        for (; i < n; i += 1) {
          const code = chunk.charCodeAt(i)
          if (inString) {
            if (escaped) escaped = false
            else if (code === BACKSLASH) escaped = true
            else if (code === QUOTE) inString = false
            else if (code === NEWLINE) line += 1
            continue
          }
          if (code === QUOTE) inString = true
          else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth += 1
          // Never below 0: a stray `}` makes that element invalid, not the rest of the file.
          else if (code === CLOSE_BRACE) depth = Math.max(0, depth - 1)
          else if (code === CLOSE_BRACKET) {
            if (depth === 0) {
              keep(chunk, start, i)
              finishElement(out)
              phase = OUTSIDE
              ended = true
              i += 1
              break
            }
            depth -= 1
          } else if (code === COMMA && depth === 0) {
            keep(chunk, start, i)
            finishElement(out)
            phase = BETWEEN
            ended = true
            i += 1
            break
          } else if (code === NEWLINE) line += 1
        }
        if (!ended) keep(chunk, start, i)
      }
      return out
    },
    end() {
      const out: InputRecord[] = []
      if (phase === ELEMENT) finishElement(out)
      if (phase === ELEMENT || phase === BETWEEN) {
        out.push({ line, issue: arrayIssue('truncated_array', 'the input ended inside the JSON array (no closing `]`); the elements before were read') })
      }
      phase = STOPPED
      return out
    },
  }
}
