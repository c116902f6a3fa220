import type { SegmentContext } from '../../models/segment/types.js'

/**
 * Where `word` (lower-case ASCII) first occurs in `text` in any ASCII case, as `/word/i` finds it
 * (without the `u` flag, no other character folds to an ASCII letter); -1 when nowhere.
 */
function indexIgnoringCase(text: string, word: string): number {
  const last = text.length - word.length
  for (let i = 0; i <= last; i++) {
    let j = 0
    // `| 32` lower-cases an ASCII letter; only that letter in either case gives the lower one.
    while (j < word.length && (text.charCodeAt(i + j) | 32) === word.charCodeAt(j)) j++
    if (j === word.length) return i
  }
  return -1
}

/** `text.replace(/word/i, replacement)` for a lower-case ASCII `word`, without a regular expression per call. */
function replaceFirst(text: string, word: string, replacement: string): string {
  const at = indexIgnoringCase(text, word)
  return at < 0 ? text : text.slice(0, at) + replacement + text.slice(at + word.length)
}

/**
 * The Actions profile's `platform`: `context.device.type` with its first `ios` (any case) replaced
 * by `iOS` and then its first `android` by `Android`, as substrings (`"biosphere-android"` gives
 * `"biOSphere-Android"`, `"web"` stays `"web"`). Without a device type, `"Web"` when
 * `context.library.name` is exactly `analytics.js`; otherwise absent.
 *
 * @example
 * actionsPlatform({ device: { type: 'IOS' } }) // 'iOS'
 * actionsPlatform({ library: { name: 'analytics.js' } }) // 'Web'
 */
export function actionsPlatform(context: SegmentContext | undefined): string | undefined {
  const type = context?.device?.type
  if (type !== undefined && type !== '') return replaceFirst(replaceFirst(type, 'ios', 'iOS'), 'android', 'Android')
  return context?.library?.name === 'analytics.js' ? 'Web' : undefined
}
