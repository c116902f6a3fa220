import type { JsonObject } from '../models/json.js'
import type { RejectionReason } from './codes.js'
import { isJsonObject } from './isJsonObject.js'
import type { Attempt } from './sendOnce.js'

/**
 * When a group of calls is sent again: at once, after a backoff, or after the throttle pause.
 *
 * @example
 * const wait: ResendWait = 'throttle'
 */
export type ResendWait = 'now' | 'backoff' | 'throttle'

/**
 * What to do with each call of a request after one answer, by index in the request body.
 *
 * @example
 * const plan: ResponsePlan = {
 *   delivered: [],
 *   rejected: [{ index: 1, reason: 'invalid_fields', field: 'time' }],
 *   resend: [{ indexes: [0, 2], wait: 'now' }],
 *   invalidApiKey: false,
 *   error: 'Invalid field values on some events',
 * }
 */
export interface ResponsePlan {
  readonly delivered: readonly number[]
  readonly rejected: readonly { readonly index: number; readonly reason: RejectionReason; readonly field?: string }[]
  /** Groups to send again, in the order they must keep. */
  readonly resend: readonly { readonly indexes: readonly number[]; readonly wait: ResendWait }[]
  /** Amplitude said the API key is invalid: nothing else with that key can succeed. */
  readonly invalidApiKey: boolean
  /** Amplitude's error text, the network error, or `HTTP <status>`; not yet redacted. */
  readonly error: string
}

/**
 * The parts of a call {@link interpretResponse} needs: its payload (ids) and its ordering keys.
 *
 * @example
 * const item: PlanItem = { payload: { event_type: 'x', device_id: 'd-1' }, keys: ['device:d-1'] }
 */
export interface PlanItem {
  readonly payload: JsonObject
  readonly keys: readonly string[]
}

/**
 * Amplitude's documented handling of one answer, as a plan. Pure, so every status is easy to pin.
 *
 * - 2xx: all delivered.
 * - 400/429 with `Invalid API key`: all rejected, and the key is marked invalid.
 * - 400 with a request-level `missing_field`: all rejected.
 * - 400/429 listing calls (`events_with_*`, `silenced_*`, `exceeded_daily_quota_*`): those are
 *   rejected; calls of throttled users/devices wait the throttle pause; the rest go again at once.
 *   A 400 that lists nothing rejects all (`bad_request`); a 429 that lists nothing backs off.
 * - 413: split in halves, sent again at once; a single call is rejected.
 * - 408, 5xx, network errors, timeouts: all sent again after a backoff.
 * - 403: `forbidden`; any other status: `bad_request`.
 *
 * @example
 * interpretResponse({ kind: 'answer', status: 413, body: '' }, items) // resend [[0, 1], [2, 3]] now
 */
export function interpretResponse(attempt: Attempt, items: readonly PlanItem[]): ResponsePlan {
  const all = items.map((_, index) => index)
  const none = { delivered: [], rejected: [], resend: [], invalidApiKey: false }
  if (attempt.kind !== 'answer') return { ...none, resend: [{ indexes: all, wait: 'backoff' }], error: attempt.error }
  const { status } = attempt
  const body = parseBody(attempt.body)
  const error = errorText(status, attempt.body, body)
  const rejectAll = (reason: RejectionReason, field?: string): ResponsePlan => ({
    ...none,
    rejected: all.map((index) => (field === undefined ? { index, reason } : { index, reason, field })),
    error,
  })
  if (status >= 200 && status < 300) return { ...none, delivered: all, error }
  if (status === 408 || status >= 500) return { ...none, resend: [{ indexes: all, wait: 'backoff' }], error }
  if (status === 413) {
    if (items.length <= 1) return rejectAll('payload_too_large')
    const half = Math.ceil(items.length / 2)
    return { ...none, resend: [{ indexes: all.slice(0, half), wait: 'now' }, { indexes: all.slice(half), wait: 'now' }], error }
  }
  if (status === 403) return rejectAll('forbidden')
  if (status !== 400 && status !== 429) return rejectAll('bad_request')
  if (error.startsWith('Invalid API key')) return { ...rejectAll('invalid_api_key'), invalidApiKey: true }
  const missingField = body['missing_field']
  if (status === 400 && typeof missingField === 'string' && missingField !== '') return rejectAll('missing_field', missingField)

  const dropped = listedCalls(body, items)
  const throttled = throttledCalls(body, items, dropped)
  if (dropped.size === 0 && throttled.size === 0) {
    return status === 400 ? rejectAll('bad_request') : { ...none, resend: [{ indexes: all, wait: 'backoff' }], error }
  }
  const { now, later } = splitOrderSafely(items, dropped, throttled)
  const resend = [
    ...(now.length > 0 ? [{ indexes: now, wait: 'now' as const }] : []),
    ...(later.length > 0 ? [{ indexes: later, wait: 'throttle' as const }] : []),
  ]
  const rejected = [...dropped].sort(([a], [b]) => a - b).map(([index, why]) => ({ index, ...why }))
  return { ...none, rejected, resend, error }
}

type Why = { readonly reason: RejectionReason; readonly field?: string }

/** Calls Amplitude named as not to be sent again, first reason wins. */
function listedCalls(body: JsonObject, items: readonly PlanItem[]): Map<number, Why> {
  const dropped = new Map<number, Why>()
  const mark = (index: unknown, why: Why): void => {
    if (typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < items.length && !dropped.has(index)) {
      dropped.set(index, why)
    }
  }
  const byField: readonly [string, RejectionReason][] = [
    ['events_with_invalid_fields', 'invalid_fields'],
    ['events_with_missing_fields', 'missing_fields'],
    ['events_with_invalid_id_lengths', 'invalid_id_length'],
  ]
  for (const [key, reason] of byField) {
    const fields = body[key]
    if (!isJsonObject(fields)) continue
    for (const [field, indexes] of Object.entries(fields)) {
      if (Array.isArray(indexes)) for (const index of indexes) mark(index, { reason, field })
    }
  }
  const silenced = body['silenced_events']
  if (Array.isArray(silenced)) for (const index of silenced) mark(index, { reason: 'silenced' })
  const byId: readonly [string, string, RejectionReason][] = [
    ['silenced_devices', 'device_id', 'silenced'],
    ['exceeded_daily_quota_users', 'user_id', 'daily_quota_exceeded'],
    ['exceeded_daily_quota_devices', 'device_id', 'daily_quota_exceeded'],
  ]
  for (const [key, idField, reason] of byId) {
    const ids = idSet(body[key])
    if (ids.size > 0) items.forEach((item, index) => ids.has(idOf(item, idField)) && mark(index, { reason }))
  }
  return dropped
}

/** Calls Amplitude asked to slow down: listed by index, or by their user or device. */
function throttledCalls(body: JsonObject, items: readonly PlanItem[], dropped: Map<number, Why>): Set<number> {
  const throttled = new Set<number>()
  const events = body['throttled_events']
  if (Array.isArray(events)) for (const index of events) if (typeof index === 'number') throttled.add(index)
  const users = idSet(body['throttled_users'])
  const devices = idSet(body['throttled_devices'])
  items.forEach((item, index) => {
    if (users.has(idOf(item, 'user_id')) || devices.has(idOf(item, 'device_id'))) throttled.add(index)
  })
  for (const index of throttled) if (index < 0 || index >= items.length || dropped.has(index)) throttled.delete(index)
  return throttled
}

/**
 * Splits the calls to resend into those that go now and those that wait. A call sharing a key
 * with an earlier waiting call waits too, so for every key the calls going now all come before
 * the waiting ones: sending now never overtakes a paused user or device.
 */
function splitOrderSafely(
  items: readonly PlanItem[],
  dropped: Map<number, Why>,
  throttled: Set<number>,
): { now: number[]; later: number[] } {
  const now: number[] = []
  const later: number[] = []
  const paused = new Set<string>()
  items.forEach((item, index) => {
    if (dropped.has(index)) return
    if (throttled.has(index) || item.keys.some((key) => paused.has(key))) {
      later.push(index)
      for (const key of item.keys) paused.add(key)
    } else {
      now.push(index)
    }
  })
  return { now, later }
}

function idOf(item: PlanItem, field: string): string {
  const id = item.payload[field]
  return typeof id === 'string' ? id : '\u0000none'
}

/** Amplitude sends id lists both as arrays and as `{id: count}` objects. */
function idSet(value: unknown): Set<string> {
  if (Array.isArray(value)) return new Set(value.filter((id): id is string => typeof id === 'string'))
  if (isJsonObject(value)) return new Set(Object.keys(value))
  return new Set()
}

function parseBody(text: string): JsonObject {
  try {
    const parsed: unknown = JSON.parse(text)
    return isJsonObject(parsed) ? parsed : {}
  } catch {
    return {}
  }
}

function errorText(status: number, raw: string, body: JsonObject): string {
  const error = body['error']
  if (typeof error === 'string' && error !== '') return error
  const text = raw.trim()
  // Form APIs and proxies answer in plain text; a JSON body without `error` says nothing more.
  if (text !== '' && !text.startsWith('{') && status >= 300) return text.length > 200 ? `${text.slice(0, 200)}…` : text
  return `HTTP ${status}`
}

