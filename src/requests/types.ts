import type { AmplitudeApi } from '../models/amplitude/types.js'

/**
 * One HTTP request, ready for `fetch`: Amplitude's ingestion APIs take only POST.
 *
 * @example
 * const request: AmplitudeRequest = {
 *   method: 'POST',
 *   url: 'https://api2.amplitude.com/2/httpapi',
 *   headers: { 'content-type': 'application/json' },
 *   body: '{"api_key":"KEY","events":[]}',
 *   callCount: 0,
 *   api: 'event',
 * }
 */
export interface AmplitudeRequest {
  readonly method: 'POST'
  readonly url: string
  readonly headers: { readonly 'content-type': 'application/json' | 'application/x-www-form-urlencoded' }
  readonly body: string
  /** How many calls (events, identifications or mappings) the body carries. */
  readonly callCount: number
  /** Which API the request is for. */
  readonly api: AmplitudeApi
}

/**
 * Options of `toRequests` (SPEC section 7).
 *
 * @example
 * const options: RequestOptions = { apiKey: 'KEY', region: 'eu', useBatchEndpoint: true }
 */
export interface RequestOptions {
  /** The Amplitude project API key. */
  readonly apiKey: string
  /** @defaultValue `'us'` */
  readonly region?: 'us' | 'eu'
  /** Send events to the Batch API (20 MB per request) instead of HTTP V2. @defaultValue `false` */
  readonly useBatchEndpoint?: boolean
  /** Amplitude's minimum id length; sent as `options.min_id_length` when not 5. @defaultValue `5` */
  readonly minIdLength?: number
  /** A lower cap on events per request. @defaultValue `2000` */
  readonly maxEventsPerRequest?: number
  /**
   * A lower cap on calls per request for every API (events, identifications, group
   * identifications, mappings), for example to split a batch Amplitude answered with 413.
   * Never raises an API's own limit. @defaultValue each API's limit
   */
  readonly maxCallsPerRequest?: number
  /**
   * A lower cap on the UTF-8 size of every request body, for example behind a proxy with a
   * smaller limit. Never raises an API's own limit. @defaultValue `1000000` (`20000000` for Batch)
   */
  readonly maxBodyBytes?: number
}
