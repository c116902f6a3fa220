import type { AmplitudeRequest } from '../requests/types.js'
import type { Batch, BatchItem } from './batch.js'
import type { RejectionReason } from './codes.js'
import { decodeBatch } from './decodeBatch.js'
import { encodeBatch } from './encodeBatch.js'
import { interpretResponse, type ResendWait } from './interpretResponse.js'
import { redact } from './redact.js'
import { rewriteUrl } from './rewriteUrl.js'
import { sendOnce, type Attempt } from './sendOnce.js'
import type { DeliveryFetch, DeliveryOptions, DeliveryReport, RejectedCall } from './types.js'
import { web } from './webGlobals.js'

/** A group of calls from one request that is sent (and resent) together. */
interface Unit {
  readonly batch: Batch
  readonly url: string
  readonly items: readonly BatchItem[]
  readonly keys: readonly string[]
  /** Failed sends so far (429, 408, 5xx, network, timeout); carried into the pieces of a split. */
  readonly failures: number
  state: 'ready' | 'waiting' | 'inflight'
}

interface Config {
  readonly fetch: DeliveryFetch
  readonly sleep: (ms: number) => Promise<void>
  readonly maxRetries: number
  readonly backoffMs: number
  readonly maxBackoffMs: number
  readonly throttleDelayMs: number
  readonly timeoutMs: number
  readonly concurrency: number
}

/**
 * Sends requests to Amplitude with its documented handling of every status (see the delivery
 * guide), and reports what became of each call: `delivered + rejected.length === total`.
 *
 * Order: calls sharing a user, device or group are never in flight at once and are accepted in
 * input order, even across splits, drops and throttle pauses. Requests that share none of them
 * go in parallel, up to `concurrency`.
 *
 * Never throws because of Amplitude or the network; it throws (before sending anything) only on a
 * programmer's error: a body `toRequests` would not write, or an invalid option.
 *
 * @example
 * import { toRequests, type AmplitudeCall } from 'segment-amplitude'
 * import { deliver } from 'segment-amplitude/delivery'
 *
 * declare const calls: AmplitudeCall[]
 * const { requests } = toRequests(calls, { apiKey: process.env['AMPLITUDE_API_KEY'] ?? '' })
 * const report = await deliver(requests, { concurrency: 4 })
 * for (const { reason, error, call } of report.rejected) console.error(reason, error, call)
 */
export async function deliver(
  requests: readonly AmplitudeRequest[],
  options: DeliveryOptions = {},
): Promise<DeliveryReport> {
  // The default sleep's timers are cleared on return: a unit settled early (invalid API key)
  // must not keep the process alive for its throttle pause.
  const timers = new Set<unknown>()
  const config = resolveOptions(options, (ms) => new Promise((resolve) => {
    const timer = web.setTimeout(() => {
      timers.delete(timer)
      resolve()
    }, ms)
    timers.add(timer)
  }))
  const units: Unit[] = []
  let total = 0
  requests.forEach((request, requestIndex) => {
    const { batch, items } = decodeBatch(request, requestIndex, total)
    total += items.length
    if (items.length > 0) units.push(makeUnit(batch, rewriteUrl(batch.url, options.endpoint), items, 0, 'ready'))
  })
  const hide = redact(units.map((unit) => unit.batch.apiKey))

  const rejected: [number, RejectedCall][] = []
  let delivered = 0
  let retries = 0
  let sent = 0
  let inflight = 0
  const invalidKeys = new Map<string, { status: number; error: string }>()
  const running = new Set<Promise<void>>()

  const report = (): void =>
    options.onProgress?.({
      total,
      delivered,
      rejected: rejected.length,
      pending: total - delivered - rejected.length,
      retries,
      requests: sent,
    })

  const reject = (item: BatchItem, reason: RejectionReason, status: number, error: string, field?: string): void => {
    const { call, requestIndex, callIndex } = item
    const entry: RejectedCall = { call, reason, status, error, requestIndex, callIndex }
    rejected.push([item.sequence, field === undefined ? entry : { ...entry, field }])
  }

  const track = (work: Promise<void>): void => {
    const tracked: Promise<void> = work.finally(() => running.delete(tracked))
    running.add(tracked)
  }

  const settle = (unit: Unit, attempt: Attempt): void => {
    const plan = interpretResponse(attempt, unit.items)
    const status = attempt.kind === 'answer' ? attempt.status : 0
    const error = hide(plan.error)
    const itemAt = (index: number): BatchItem => unit.items[index] as BatchItem
    delivered += plan.delivered.length
    for (const { index, reason, field } of plan.rejected) reject(itemAt(index), reason, status, error, field)
    const next: Unit[] = []
    for (const { indexes, wait } of plan.resend) {
      const items = indexes.map(itemAt)
      const failures = unit.failures + (wait === 'now' ? 0 : 1)
      if (failures > config.maxRetries) {
        for (const item of items) reject(item, 'exhausted', status, error)
        continue
      }
      const piece = makeUnit(unit.batch, unit.url, items, failures, wait === 'now' ? 'ready' : 'waiting')
      if (wait !== 'now') {
        retries += 1
        track(config.sleep(delayFor(wait, failures, config)).then(() => void (piece.state = 'ready')))
      }
      next.push(piece)
    }
    units.splice(units.indexOf(unit), 1, ...next)
    if (plan.invalidApiKey) {
      invalidKeys.set(unit.batch.apiKey, { status, error })
      // Every request with this key would fail the same way; settle the waiting ones now.
      for (const other of [...units]) if (other.state !== 'inflight') rejectIfKeyInvalid(other)
    }
    report()
  }

  const rejectIfKeyInvalid = (unit: Unit): boolean => {
    const invalid = invalidKeys.get(unit.batch.apiKey)
    if (invalid === undefined) return false
    for (const item of unit.items) reject(item, 'invalid_api_key', invalid.status, invalid.error)
    units.splice(units.indexOf(unit), 1)
    return true
  }

  const launch = (unit: Unit): void => {
    unit.state = 'inflight'
    inflight += 1
    sent += 1
    const body = encodeBatch(unit.batch, unit.items)
    track(
      sendOnce(config.fetch, unit.url, unit.batch.contentType, body, config.timeoutMs).then((attempt) => {
        inflight -= 1
        settle(unit, attempt)
      }),
    )
  }

  // A unit may go when no earlier unit (in flight, waiting or ready) shares a key with it. Units
  // are kept in input order, and splits replace a unit in place, so the first unit is never
  // blocked: the loop always makes progress.
  const schedule = (): void => {
    const blocked = new Set<string>()
    for (let position = 0; position < units.length && inflight < config.concurrency; position += 1) {
      const unit = units[position] as Unit
      if (unit.state === 'ready') {
        if (rejectIfKeyInvalid(unit)) {
          position -= 1
          report()
          continue
        }
        if (!unit.keys.some((key) => blocked.has(key))) launch(unit)
      }
      for (const key of unit.keys) blocked.add(key)
    }
  }

  report()
  while (units.length > 0) {
    schedule()
    if (running.size === 0) {
      if (units.length === 0) break
      throw new Error('deliver: internal error, nothing in flight but calls are pending')
    }
    await Promise.race(running)
  }
  for (const timer of timers) web.clearTimeout(timer)

  return {
    total,
    delivered,
    rejected: rejected.sort(([a], [b]) => a - b).map(([, entry]) => entry),
    retries,
    requests: sent,
  }
}

function makeUnit(
  batch: Batch,
  url: string,
  items: readonly BatchItem[],
  failures: number,
  state: Unit['state'],
): Unit {
  const keys = [...new Set(items.flatMap((item) => item.keys))]
  return { batch, url, items, keys, failures, state }
}

function delayFor(wait: Exclude<ResendWait, 'now'>, failures: number, config: Config): number {
  if (wait === 'throttle') return config.throttleDelayMs
  return Math.min(config.maxBackoffMs, failures * config.backoffMs)
}

function resolveOptions(options: DeliveryOptions, defaultSleep: (ms: number) => Promise<void>): Config {
  const fetch = options.fetch ?? web.fetch?.bind(globalThis)
  if (fetch === undefined) throw new TypeError('deliver: no global fetch; pass options.fetch')
  const count = (name: keyof DeliveryOptions, value: number | undefined, fallback: number, min: number): number => {
    const resolved = value ?? fallback
    if (!Number.isInteger(resolved) || resolved < min) {
      throw new RangeError(`deliver: options.${name} must be an integer >= ${min}, got ${String(value)}`)
    }
    return resolved
  }
  if (options.endpoint !== undefined) {
    try {
      new web.URL(options.endpoint)
    } catch {
      throw new TypeError(`deliver: options.endpoint is not a URL: ${options.endpoint}`)
    }
  }
  return {
    fetch,
    sleep: options.sleep ?? defaultSleep,
    maxRetries: count('maxRetries', options.maxRetries, 12, 0),
    backoffMs: count('backoffMs', options.backoffMs, 1_000, 0),
    maxBackoffMs: count('maxBackoffMs', options.maxBackoffMs, 30_000, 0),
    throttleDelayMs: count('throttleDelayMs', options.throttleDelayMs, 30_000, 0),
    timeoutMs: count('timeoutMs', options.timeoutMs, 10_000, 1),
    concurrency: count('concurrency', options.concurrency, 2, 1),
  }
}
