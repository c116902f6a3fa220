import type { AmplitudeCall } from '../models/amplitude/types.js'
import type { JsonObject } from '../models/json.js'

/**
 * One call of a request, with where it came from and the ids that order it.
 *
 * @example
 * const item: BatchItem = {
 *   call: { api: 'event', event: { event_type: 'x', user_id: 'user-1' } },
 *   payload: { event_type: 'x', user_id: 'user-1' },
 *   requestIndex: 0,
 *   callIndex: 0,
 *   sequence: 0,
 *   keys: ['user:user-1'],
 * }
 */
export interface BatchItem {
  readonly call: AmplitudeCall
  /** The call's JSON object as it sits in the body. */
  readonly payload: JsonObject
  readonly requestIndex: number
  readonly callIndex: number
  /** Position in the whole input; per-key order follows it. */
  readonly sequence: number
  /** Ordering keys (`user:…`, `device:…`, `group:…`): calls sharing one are sent in input order. */
  readonly keys: readonly string[]
}

/**
 * A decoded request: everything but the calls, which are re-encoded for every resend.
 *
 * @example
 * const batch: Batch = {
 *   api: 'event',
 *   url: 'https://api2.amplitude.com/2/httpapi',
 *   contentType: 'application/json',
 *   apiKey: 'KEY',
 *   json: { api_key: 'KEY', events: [] },
 *   itemsField: 'events',
 * }
 */
export interface Batch {
  readonly api: AmplitudeCall['api']
  readonly url: string
  readonly contentType: string
  readonly apiKey: string
  /** JSON bodies: the parsed body, whose `events` is replaced on re-encoding. */
  readonly json?: JsonObject
  /** Form bodies: the fields in order; `itemsField` is replaced on re-encoding. */
  readonly form?: readonly (readonly [string, string])[]
  /** `events`, `identification` or `mapping`. */
  readonly itemsField: string
}
