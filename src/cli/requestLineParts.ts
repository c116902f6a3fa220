import type { AmplitudeRequest } from '../requests/types.js'

/** Characters of body escaped per part: well under V8's large-object size. */
const SLICE = 32 * 1024

/**
 * `convert`'s NDJSON line for a request, `{"method","url","headers","body","callCount","api"}`,
 * as parts whose concatenation is exactly `JSON.stringify` of those fields plus a newline. The
 * body (up to 1 MB, 20 MB with the Batch API) is escaped a slice at a time, so no second copy of
 * it is ever built whole: short-lived small strings are far cheaper for the garbage collector
 * than multi-megabyte ones.
 *
 * @example
 * requestLineParts(request).join('') === JSON.stringify({ method, url, headers, body, callCount, api }) + '\n' // true
 */
export function* requestLineParts(request: AmplitudeRequest): Generator<string> {
  const { method, url, headers, body, callCount, api } = request
  yield `{"method":${JSON.stringify(method)},"url":${JSON.stringify(url)},"headers":${JSON.stringify(headers)},"body":"`
  for (let start = 0; start < body.length; ) {
    let end = Math.min(start + SLICE, body.length)
    // Never split a surrogate pair: escaped alone, each half would become a \ud83d-style escape.
    const last = body.charCodeAt(end - 1)
    if (end < body.length && last >= 0xd800 && last <= 0xdbff) end -= 1
    yield JSON.stringify(body.slice(start, end)).slice(1, -1)
    start = end
  }
  yield `","callCount":${callCount},"api":${JSON.stringify(api)}}\n`
}
