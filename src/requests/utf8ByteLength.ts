const NON_ASCII = /[^\x00-\x7f]/

/**
 * The number of bytes `text` takes in UTF-8, without encoding it. A lone surrogate counts as the
 * 3 bytes of U+FFFD, which is what `TextEncoder` writes for it (`JSON.stringify` never leaves one).
 *
 * @example
 * utf8ByteLength('abc') // 3
 * utf8ByteLength('é') // 2
 * utf8ByteLength('日本') // 6
 * utf8ByteLength('😀') // 4
 */
export function utf8ByteLength(text: string): number {
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
