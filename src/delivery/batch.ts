import type { AmplitudeCall } from '../models/amplitude/types.js'
import type { JsonObject } from '../models/json.js'

/** One call of a request, with where it came from and the ids that order it. */
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

/** A decoded request: everything but the calls, which are re-encoded for every resend. */
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
