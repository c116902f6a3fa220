import type { AmplitudeCall } from '../models/amplitude/types.js'
import type { RejectionReason } from './codes.js'

/**
 * The runtime's own `AbortSignal` type when it has one. Spelled through `globalThis` so these
 * declarations compile without the DOM library, yet the global `fetch` still fits
 * {@link DeliveryFetch} wherever `AbortSignal` exists (DOM, `@types/node`, Deno, Bun).
 *
 * @example
 * const controller = new AbortController()
 * const signal: RuntimeAbortSignal = controller.signal
 */
export type RuntimeAbortSignal = typeof globalThis extends { AbortSignal: { prototype: infer Signal } }
  ? Signal
  : never

/**
 * What `deliver` hands to `fetch` as its second argument.
 *
 * @example
 * const init: DeliveryFetchInit = {
 *   method: 'POST',
 *   headers: { 'content-type': 'application/json' },
 *   body: '{"api_key":"KEY","events":[]}',
 * }
 */
export interface DeliveryFetchInit {
  readonly method: 'POST'
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
  /** Aborted when the request times out. */
  readonly signal?: RuntimeAbortSignal
}

/**
 * The part of a `Response` that `deliver` reads.
 *
 * @example
 * const response: DeliveryFetchResponse = { status: 200, text: async () => '{"code":200}' }
 */
export interface DeliveryFetchResponse {
  readonly status: number
  text(): Promise<string>
}

/**
 * A `fetch`: the global one fits, and so does a small test double.
 *
 * @example
 * const fetchOk: DeliveryFetch = async () => ({ status: 200, text: async () => '{"code":200}' })
 */
export type DeliveryFetch = (url: string, init: DeliveryFetchInit) => Promise<DeliveryFetchResponse>

/**
 * Counts reported to `onProgress` after every answer (never an error text, so never a key).
 *
 * @example
 * const progress: DeliveryProgress = { total: 10, delivered: 7, rejected: 1, pending: 2, retries: 3, requests: 5 }
 */
export interface DeliveryProgress {
  /** Calls handed to `deliver`. */
  readonly total: number
  /** Calls Amplitude accepted so far. */
  readonly delivered: number
  /** Calls rejected so far. */
  readonly rejected: number
  /** Calls with no outcome yet: `total - delivered - rejected`. */
  readonly pending: number
  /** Requests sent again after a failure (429, 408, 5xx, network error, timeout). */
  readonly retries: number
  /** HTTP requests sent so far. */
  readonly requests: number
}

/**
 * Options of `deliver`. Every one has a default.
 *
 * @example
 * const options: DeliveryOptions = {
 *   concurrency: 4,
 *   maxRetries: 5,
 *   onProgress: (p) => console.error(`${p.delivered}/${p.total}`),
 * }
 */
export interface DeliveryOptions {
  /** @defaultValue the global `fetch` */
  readonly fetch?: DeliveryFetch
  /** Waits between attempts; inject one that resolves at once to test without waiting. @defaultValue a `setTimeout` promise */
  readonly sleep?: (ms: number) => Promise<void>
  /** Sends after a failure (429, 408, 5xx, network error, timeout) before a call is rejected as `exhausted`. @defaultValue `12` (Amplitude's SDK) */
  readonly maxRetries?: number
  /** Backoff step: the n-th retry waits `n × backoffMs`, capped at `maxBackoffMs`. @defaultValue `1000` (Amplitude's SDK) */
  readonly backoffMs?: number
  /** @defaultValue `30000` */
  readonly maxBackoffMs?: number
  /** How long users and devices listed as throttled in a 429 are paused. @defaultValue `30000` (Amplitude's guidance) */
  readonly throttleDelayMs?: number
  /** Per-request timeout; the request is aborted and retried. @defaultValue `10000` (Amplitude's SDK) */
  readonly timeoutMs?: number
  /** Requests in flight at once. Requests sharing a user, device or group never are. @defaultValue `2` */
  readonly concurrency?: number
  /**
   * Replaces the scheme and host (and prefixes the path) of every request URL, for a proxy or a
   * local emulator: `http://127.0.0.1:8080` sends `https://api2.amplitude.com/2/httpapi` to
   * `http://127.0.0.1:8080/2/httpapi`.
   */
  readonly endpoint?: string
  /** Called with counts after every answer. */
  readonly onProgress?: (progress: DeliveryProgress) => void
}

/**
 * A call Amplitude did not accept, and why.
 *
 * @example
 * const rejected: RejectedCall = {
 *   call: { api: 'event', event: { event_type: 'Signed Up', user_id: 'u1' } },
 *   reason: 'invalid_id_length',
 *   field: 'user_id',
 *   status: 400,
 *   error: 'Invalid field values on some events',
 *   requestIndex: 0,
 *   callIndex: 0,
 * }
 */
export interface RejectedCall {
  readonly call: AmplitudeCall
  readonly reason: RejectionReason
  /** The field Amplitude named, for `invalid_fields`, `missing_fields`, `invalid_id_length` and `missing_field`. */
  readonly field?: string
  /** The last HTTP status; `0` for a network error or a timeout. */
  readonly status: number
  /** Amplitude's error text (or the network error), with the API key replaced by `***`. */
  readonly error: string
  /** Index of the request the call came in. */
  readonly requestIndex: number
  /** Index of the call in that request's body. */
  readonly callIndex: number
}

/**
 * What became of every call: `delivered + rejected.length === total`, always.
 *
 * @example
 * const report: DeliveryReport = { total: 3, delivered: 3, rejected: [], retries: 0, requests: 1 }
 */
export interface DeliveryReport {
  /** Calls handed to `deliver`: the sum of the requests' `callCount`. */
  readonly total: number
  /** Calls Amplitude accepted. */
  readonly delivered: number
  /** One entry per call not accepted, in input order. */
  readonly rejected: readonly RejectedCall[]
  /** Requests sent again after a failure. */
  readonly retries: number
  /** HTTP requests sent. */
  readonly requests: number
}
