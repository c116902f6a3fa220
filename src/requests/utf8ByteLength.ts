const NON_ASCII = /[^\x00-\x7f]/

// The core's lib has no DOM types. Every runtime the library supports has TextEncoder; the
// counting loop below stands in where it is missing.
declare const TextEncoder: (new () => { encodeInto(text: string, into: Uint8Array): { written: number } }) | undefined

/** Strings up to this many UTF-16 units are measured by encoding them into `SCRATCH`. */
const SCRATCH_UNITS = 0x4000

/**
 * Where `encodeInto` writes; only the count of bytes written is ever read, so sharing it between
 * calls is pure in effect. A UTF-16 unit takes at most 3 bytes, so any string up to
 * `SCRATCH_UNITS` fits whole.
 */
const SCRATCH = new Uint8Array(3 * SCRATCH_UNITS)

const ENCODER = typeof TextEncoder === 'function' ? new TextEncoder() : undefined

function countBytes(text: string): number {
  // Most payloads are ASCII: the native regex scan finds the first other character far faster
  // than a JavaScript loop would, and the loop starts there.
  const first = text.search(NON_ASCII)
  if (first < 0) return text.length
  let bytes = first
  const length = text.length
  for (let i = first; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i++
      } else {
        bytes += 3
      }
    } else {
      bytes += 3
    }
  }
  return bytes
}

/**
 * The number of bytes `text` takes in UTF-8. A lone surrogate counts as the 3 bytes of U+FFFD,
 * which is what `TextEncoder` writes for it (`JSON.stringify` never leaves one).
 *
 * @example
 * utf8ByteLength('abc') // 3
 * utf8ByteLength('é') // 2
 * utf8ByteLength('日本') // 6
 * utf8ByteLength('😀') // 4
 */
export function utf8ByteLength(text: string): number {
  // Native encoding into scratch space is twice as fast as the regex scan and loop, even on ASCII.
  if (ENCODER !== undefined && text.length <= SCRATCH_UNITS) return ENCODER.encodeInto(text, SCRATCH).written
  return countBytes(text)
}
