import type { Issue } from '../issues/issue.js'
import { joinPath } from '../issues/path.js'
import type { AmplitudeApi, AmplitudeCall } from '../models/amplitude/types.js'
import { encodeFormComponent } from './encodeFormComponent.js'
import { AMPLITUDE_ENDPOINTS } from './endpoints.js'
import {
  DEFAULT_MIN_ID_LENGTH,
  MAX_BATCH_BODY_BYTES,
  MAX_BODY_BYTES,
  MAX_EVENTS_PER_REQUEST,
  MAX_GROUP_IDENTIFICATIONS_PER_REQUEST,
  MAX_IDENTIFICATIONS_PER_REQUEST,
  MAX_MAPPINGS_PER_REQUEST,
} from './limits.js'
import { resolveMinIdLength } from './resolveMinIdLength.js'
import type { AmplitudeRequest, RequestOptions } from './types.js'
import { utf8ByteLength } from './utf8ByteLength.js'
import { validateCall } from './validateCall.js'

/**
 * The order of requests in the result: identifications first so that user and group properties
 * are in place when the events of the same batch arrive (Amplitude stamps an event with the user's
 * properties at ingestion), mappings last. Amplitude processes the APIs independently, so this is
 * a best effort, not a guarantee; docs/guides/batching.md explains.
 */
const API_ORDER: readonly AmplitudeApi[] = ['identify', 'groupidentify', 'event', 'usermap']

type ContentType = AmplitudeRequest['headers']['content-type']

/** One API's open request and the requests already closed. */
interface Batcher {
  readonly api: AmplitudeApi
  readonly url: string
  readonly contentType: ContentType
  /** Whether pieces are form-encoded (ASCII, so length is bytes) rather than raw JSON. */
  readonly form: boolean
  readonly prefix: string
  readonly separator: string
  readonly separatorBytes: number
  readonly suffix: string
  /** Bytes of prefix plus suffix: what an empty request weighs. */
  readonly envelopeBytes: number
  readonly maxBytes: number
  readonly maxCalls: number
  readonly noun: string
  readonly requests: AmplitudeRequest[]
  /**
   * The open request's body without its suffix. Built by concatenation, which V8 keeps as a rope
   * until the body is read, so the calls are copied once, by the reader, instead of by a join too.
   */
  body: string
  /** Calls in the open request. */
  count: number
  bytes: number
}

function positiveInteger(name: string, value: number | undefined, limit: number): number {
  if (value === undefined) return limit
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`segment-amplitude: ${name} must be a positive integer, got ${String(value)}`)
  }
  return Math.min(value, limit)
}

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g

function formatBytes(bytes: number): string {
  return `${String(bytes).replace(THOUSANDS, ',')} bytes`
}

function createBatcher(
  api: AmplitudeApi,
  url: string,
  envelope: { readonly prefix: string; readonly suffix: string; readonly form: boolean },
  maxBytes: number,
  maxCalls: number,
  noun: string,
): Batcher {
  const { prefix, suffix, form } = envelope
  return {
    api,
    url,
    contentType: form ? 'application/x-www-form-urlencoded' : 'application/json',
    form,
    prefix,
    // A comma between JSON items; inside a form value it is percent-encoded.
    separator: form ? '%2C' : ',',
    separatorBytes: form ? 3 : 1,
    suffix,
    envelopeBytes: utf8ByteLength(prefix) + utf8ByteLength(suffix),
    maxBytes,
    maxCalls,
    noun,
    requests: [],
    body: '',
    count: 0,
    bytes: 0,
  }
}

function close(batcher: Batcher): void {
  if (batcher.count === 0) return
  batcher.requests.push({
    method: 'POST',
    url: batcher.url,
    headers: { 'content-type': batcher.contentType },
    body: batcher.body + batcher.suffix,
    callCount: batcher.count,
    api: batcher.api,
  })
  batcher.body = ''
  batcher.count = 0
  batcher.bytes = 0
}

/** Adds one serialised call, closing the open request first when the call does not fit in it. */
function add(batcher: Batcher, json: string, index: number, issues: Issue[]): void {
  const piece = batcher.form ? encodeFormComponent(json) : json
  const bytes = batcher.form ? piece.length : utf8ByteLength(piece)
  if (batcher.envelopeBytes + bytes > batcher.maxBytes) {
    issues.push({
      severity: 'error',
      code: 'call_too_large',
      path: joinPath('', index),
      message:
        `the ${batcher.noun} is ${formatBytes(bytes)} encoded, too large for one request to ${batcher.url} ` +
        `(at most ${formatBytes(batcher.maxBytes)} with the envelope); it was not sent`,
    })
    return
  }
  const count = batcher.count
  if (count > 0 && (count >= batcher.maxCalls || batcher.bytes + batcher.separatorBytes + bytes > batcher.maxBytes)) {
    close(batcher)
  }
  if (batcher.count === 0) {
    batcher.body = batcher.prefix + piece
    batcher.bytes = batcher.envelopeBytes + bytes
  } else {
    batcher.body = batcher.body + batcher.separator + piece
    batcher.bytes += batcher.separatorBytes + bytes
  }
  batcher.count++
}

function createBatchers(options: RequestOptions): Readonly<Record<AmplitudeApi, Batcher>> {
  if (typeof options.apiKey !== 'string' || options.apiKey === '') {
    throw new TypeError('segment-amplitude: apiKey must be a non-empty string')
  }
  const region = options.region ?? 'us'
  if (region !== 'us' && region !== 'eu') {
    throw new TypeError(`segment-amplitude: region must be 'us' or 'eu', got ${JSON.stringify(region) ?? typeof region}`)
  }
  const urls = AMPLITUDE_ENDPOINTS[region]
  const minIdLength = resolveMinIdLength(options.minIdLength)
  const maxCalls = (limit: number): number => positiveInteger('maxCallsPerRequest', options.maxCallsPerRequest, limit)
  const maxBytes = (limit: number): number => positiveInteger('maxBodyBytes', options.maxBodyBytes, limit)
  const batch = options.useBatchEndpoint === true

  const eventSuffix = minIdLength === DEFAULT_MIN_ID_LENGTH ? ']}' : `],"options":{"min_id_length":${minIdLength}}}`
  const events = {
    prefix: `{"api_key":${JSON.stringify(options.apiKey)},"events":[`,
    suffix: eventSuffix,
    form: false,
  }
  const formKey = `api_key=${encodeFormComponent(options.apiKey)}`
  const identifications = { prefix: `${formKey}&identification=%5B`, suffix: '%5D', form: true }
  const mappings = { prefix: `${formKey}&mapping=%5B`, suffix: '%5D', form: true }
  const maxEvents = positiveInteger('maxEventsPerRequest', options.maxEventsPerRequest, maxCalls(MAX_EVENTS_PER_REQUEST))

  return {
    event: createBatcher(
      'event',
      batch ? urls.batch : urls.event,
      events,
      maxBytes(batch ? MAX_BATCH_BODY_BYTES : MAX_BODY_BYTES),
      maxEvents,
      'event',
    ),
    identify: createBatcher(
      'identify',
      urls.identify,
      identifications,
      maxBytes(MAX_BODY_BYTES),
      maxCalls(MAX_IDENTIFICATIONS_PER_REQUEST),
      'identification',
    ),
    groupidentify: createBatcher(
      'groupidentify',
      urls.groupidentify,
      identifications,
      maxBytes(MAX_BODY_BYTES),
      maxCalls(MAX_GROUP_IDENTIFICATIONS_PER_REQUEST),
      'group identification',
    ),
    usermap: createBatcher('usermap', urls.usermap, mappings, maxBytes(MAX_BODY_BYTES), maxCalls(MAX_MAPPINGS_PER_REQUEST), 'mapping'),
  }
}

function payloadOf(call: AmplitudeCall): unknown {
  switch (call.api) {
    case 'event':
      return call.event
    case 'usermap':
      return call.mapping
    default:
      return call.identification
  }
}

/**
 * Turns calls into the exact HTTP requests Amplitude's ingestion APIs accept (SPEC section 7):
 * the endpoint of each API in the chosen region, JSON bodies for events and form bodies for
 * identifications and mappings, packed greedily in input order into as few requests as every
 * limit allows (calls per request, UTF-8 bytes per body). Requests come identify first, then
 * groupidentify, event and usermap; within an API, calls keep their input order.
 *
 * Every call ends up in exactly one request or in an `error` issue whose path is its index in
 * `calls` (`[4]`, `[4].event.user_id`): those of {@link validateCalls}, a call too large for any
 * request (`call_too_large`) or one JSON cannot serialise. Warnings of `validateCalls` are
 * reported too; those calls are sent. Issues come in call order.
 *
 * @throws TypeError or RangeError for invalid `options` (a programmer's error, not a data error).
 *
 * @example
 * const { requests, issues } = toRequests(
 *   [
 *     { api: 'event', event: { event_type: 'Signed Up', user_id: 'user-123' } },
 *     { api: 'identify', identification: { user_id: 'user-123', user_properties: { plan: 'pro' } } },
 *   ],
 *   { apiKey: 'KEY', region: 'eu' },
 * )
 * // requests[0]: POST https://api.eu.amplitude.com/identify, form body
 * //   api_key=KEY&identification=%5B%7B%22user_id%22%3A%22user-123%22%2C…%5D
 * // requests[1]: POST https://api.eu.amplitude.com/2/httpapi, JSON body
 * //   {"api_key":"KEY","events":[{"event_type":"Signed Up","user_id":"user-123"}]}
 * // issues: []
 */
export function toRequests(
  calls: readonly AmplitudeCall[],
  options: RequestOptions,
): { requests: AmplitudeRequest[]; issues: Issue[] } {
  const batchers = createBatchers(options)
  const minIdLength = resolveMinIdLength(options.minIdLength)
  const issues: Issue[] = []
  for (let index = 0; index < calls.length; index++) {
    const call = calls[index] as AmplitudeCall
    if (!validateCall(call, index, minIdLength, issues)) continue
    let json: string
    try {
      json = JSON.stringify(payloadOf(call))
    } catch (error) {
      issues.push({
        severity: 'error',
        code: 'unserializable_call',
        path: joinPath('', index),
        message: `call ${index} cannot be serialised as JSON (${String(error)}); it was not sent`,
      })
      continue
    }
    add(batchers[call.api], json, index, issues)
  }
  const requests: AmplitudeRequest[] = []
  for (const api of API_ORDER) {
    const batcher = batchers[api]
    close(batcher)
    for (const request of batcher.requests) requests.push(request)
  }
  return { requests, issues }
}
