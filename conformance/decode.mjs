// Decodes recorded HTTP requests (Segment's or ours) into AmplitudeCall-like objects, then applies
// the normalisation of SPEC section 6: the artefacts of Segment's code that change nothing in
// Amplitude and that our library deliberately does not copy. Nothing else is normalised.

/** Keys Segment leaks into HTTP V2 events; none is an Amplitude event field (SPEC section 6). */
export const EVENT_KEYS_NOT_COPIED = ['use_batch_endpoint', 'products', 'device_type']

/**
 * Keys Segment adds to form-API payloads that the Identify and User Mapping APIs do not document:
 * identifyUser's user-agent `device_type`, and mapUser's `min_id_length` inside every mapping
 * (docs/decisions/actions-profile.md, section 2).
 */
export const FORM_KEYS_NOT_COPIED = { identify: ['device_type'], usermap: ['min_id_length'] }

const API_BY_PATH = {
  '/2/httpapi': 'event',
  '/batch': 'event',
  '/identify': 'identify',
  '/groupidentify': 'groupidentify',
  '/usermap': 'usermap',
}

/**
 * `requests`: `[{url, headers, body}]` (the oracle's recordings or our `AmplitudeRequest`s).
 * Returns `{calls, requests}` where `requests` keeps what the calls cannot show: the endpoint,
 * the media type and the request-level `options` (absent when there are none, and when a form
 * carries Segment's literal `options=undefined`).
 */
export function decodeRequests(requests) {
  const calls = []
  const summaries = []
  for (const request of requests) {
    const url = new URL(request.url)
    const api = API_BY_PATH[url.pathname]
    const contentType = String(headerOf(request.headers, 'content-type') ?? '').split(';')[0].trim()
    let options
    let count = 0
    if (api === undefined) {
      summaries.push({ url: request.url, contentType, undecodable: request.body })
      continue
    }
    if (api === 'event') {
      const body = JSON.parse(request.body)
      for (const event of body.events ?? []) {
        calls.push({ api, event })
        count++
      }
      options = body.options
    } else {
      const form = new URLSearchParams(request.body)
      const rawOptions = form.get('options')
      if (rawOptions !== null && rawOptions !== 'undefined') options = JSON.parse(rawOptions)
      const field = api === 'usermap' ? 'mapping' : 'identification'
      const raw = form.get(field)
      const value = raw === null ? [] : JSON.parse(raw)
      // Segment's identifyUser sends one object; every other form sends an array.
      for (const item of Array.isArray(value) ? value : [value]) {
        calls.push({ api, [field]: item })
        count++
      }
    }
    summaries.push({ url: request.url, contentType, calls: count, ...(options === undefined ? {} : { options }) })
  }
  return { calls, requests: summaries }
}

function headerOf(headers, name) {
  if (headers === undefined || headers === null) return undefined
  if (typeof headers.get === 'function') return headers.get(name)
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return value
  return undefined
}

/** True when Segment's group identify would stamp the call with the wall clock (no timestamp). */
export function groupTimeIsWallClock(message) {
  return (
    message !== null &&
    typeof message === 'object' &&
    message.type === 'group' &&
    (message.timestamp === undefined || message.timestamp === null || message.timestamp === '')
  )
}

/** Applies SPEC section 6's normalisation to decoded calls (returns new objects). */
export function normaliseCalls(calls, message) {
  const wallClock = groupTimeIsWallClock(message)
  return calls.map((call) => {
    if (call.api === 'event') {
      const event = { ...call.event }
      for (const key of EVENT_KEYS_NOT_COPIED) delete event[key]
      return { api: 'event', event }
    }
    const field = call.api === 'usermap' ? 'mapping' : 'identification'
    const payload = call[field]
    const dropped = [...(FORM_KEYS_NOT_COPIED[call.api] ?? []), ...(call.api === 'identify' && wallClock ? ['time'] : [])]
    if (dropped.length === 0 || payload === null || typeof payload !== 'object' || !dropped.some((key) => key in payload)) return call
    const kept = { ...payload }
    for (const key of dropped) delete kept[key]
    return { api: call.api, [field]: kept }
  })
}

/** decodeRequests + normaliseCalls: the comparable form of one message's requests. */
export function comparable(requests, message) {
  const decoded = decodeRequests(requests)
  return { calls: normaliseCalls(decoded.calls, message), requests: decoded.requests }
}
