import type {
  AmplitudeCall,
  AmplitudeEvent,
  GroupIdentification,
  Identification,
  UserMapping,
} from '../models/amplitude/types.js'
import type { JsonObject, JsonValue } from '../models/json.js'
import type { AmplitudeRequest } from '../requests/types.js'
import type { Batch, BatchItem } from './batch.js'
import { isJsonObject } from './isJsonObject.js'
import { orderingKeys } from './orderingKeys.js'
import { web } from './webGlobals.js'

/**
 * What {@link decodeBatch} returns: the request's envelope and its calls.
 *
 * @example
 * const { batch, items }: DecodedBatch = decodeBatch(request, 0, 0)
 */
export interface DecodedBatch {
  readonly batch: Batch
  readonly items: BatchItem[]
}

/**
 * Reads a request's body back into its calls, so a subset can be resent. A body that is not what
 * `toRequests` writes is a programmer's error: it throws a `TypeError` naming the request by
 * index, and never quoting the body (it holds the API key).
 *
 * @example
 * const { batch, items } = decodeBatch({
 *   method: 'POST', url: 'https://api2.amplitude.com/2/httpapi', api: 'event', callCount: 1,
 *   headers: { 'content-type': 'application/json' },
 *   body: '{"api_key":"KEY","events":[{"event_type":"x","user_id":"user-1"}]}',
 * }, 0, 0)
 * // batch.apiKey === 'KEY', items[0].call.api === 'event'
 */
export function decodeBatch(request: AmplitudeRequest, requestIndex: number, firstSequence: number): DecodedBatch {
  const fail = (why: string): never => {
    throw new TypeError(`deliver: request ${requestIndex} (${request.api}) ${why}`)
  }
  const contentType = request.headers['content-type']
  let batch: Batch
  let payloads: readonly JsonValue[]
  if (request.api === 'event') {
    let parsed: unknown
    try {
      parsed = JSON.parse(request.body)
    } catch {
      return fail('has a body that is not JSON')
    }
    if (!isJsonObject(parsed)) return fail('has a body that is not a JSON object')
    const events = parsed['events']
    if (!Array.isArray(events)) return fail('has no `events` array')
    payloads = events
    batch = { api: request.api, url: request.url, contentType, apiKey: stringOr(parsed['api_key']), json: parsed, itemsField: 'events' }
  } else {
    const itemsField = request.api === 'usermap' ? 'mapping' : 'identification'
    const form = [...new web.URLSearchParams(request.body)]
    const raw = form.find(([name]) => name === itemsField)?.[1]
    if (raw === undefined) return fail(`has no \`${itemsField}\` field`)
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      return fail(`has a \`${itemsField}\` that is not JSON`)
    }
    // Amplitude also takes a single object; it is a list of one.
    payloads = Array.isArray(parsed) ? parsed : [parsed as JsonValue]
    const apiKey = form.find(([name]) => name === 'api_key')?.[1] ?? ''
    batch = { api: request.api, url: request.url, contentType, apiKey, form, itemsField }
  }
  if (payloads.length !== request.callCount) {
    fail(`says callCount ${request.callCount} but its body holds ${payloads.length} calls`)
  }
  const items = payloads.map((payload, callIndex): BatchItem => {
    if (!isJsonObject(payload)) return fail(`has call ${callIndex} that is not a JSON object`)
    return {
      call: toCall(request.api, payload),
      payload,
      requestIndex,
      callIndex,
      sequence: firstSequence + callIndex,
      keys: orderingKeys(request.api, payload),
    }
  })
  return { batch, items }
}

function toCall(api: AmplitudeRequest['api'], payload: JsonObject): AmplitudeCall {
  // The body came from toRequests (or a caller who knows the wire format); the server judges it.
  switch (api) {
    case 'event':
      return { api, event: payload as unknown as AmplitudeEvent }
    case 'identify':
      return { api, identification: payload as Identification }
    case 'groupidentify':
      return { api, identification: payload as unknown as GroupIdentification }
    case 'usermap':
      return { api, mapping: payload as unknown as UserMapping }
  }
}


function stringOr(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
