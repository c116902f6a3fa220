import {
  DEFAULT_MIN_ID_LENGTH,
  INVALID_ID_VALUES,
  MAX_EVENTS_PER_REQUEST,
  MAX_GROUP_IDENTIFICATIONS_PER_REQUEST,
  MAX_MAPPINGS_PER_REQUEST,
  RESERVED_EVENT_TYPES,
  ROUTES,
  type Api,
  type Route,
} from './amplitudeRules.js'

type Json = Record<string, unknown>

/** A request as the emulator read it, before judging it. */
export interface ParsedRequest {
  readonly path: string
  readonly api: Api | undefined
  readonly contentType: string
  readonly bytes: number
  readonly body: string
  /** `undefined` when absent or unreadable. */
  readonly apiKey: string | undefined
  /** The events, identifications or mappings; `undefined` when the body cannot be read. */
  readonly items: readonly unknown[] | undefined
  readonly minIdLength: number
}

/** The emulator's answer to a request, and what it ingested (only on 200). */
export interface Answer {
  readonly status: number
  readonly body: Json | string
  readonly ingested: readonly Json[]
}

export function parseRequest(path: string, contentType: string, body: string): ParsedRequest {
  const route = ROUTES[path as Route] as (typeof ROUTES)[Route] | undefined
  const api = route?.api
  const bytes = Buffer.byteLength(body, 'utf8')
  const base = { path, api, contentType, bytes, body, apiKey: undefined, items: undefined, minIdLength: DEFAULT_MIN_ID_LENGTH }
  if (api === undefined) return base
  if (api === 'event') {
    const parsed = parseJson(body)
    if (!isObject(parsed)) return base
    const options = parsed['options']
    const minIdLength = isObject(options) && Number.isInteger(options['min_id_length']) ? (options['min_id_length'] as number) : DEFAULT_MIN_ID_LENGTH
    return {
      ...base,
      apiKey: typeof parsed['api_key'] === 'string' ? parsed['api_key'] : undefined,
      items: Array.isArray(parsed['events']) ? parsed['events'] : undefined,
      minIdLength,
    }
  }
  const form = new URLSearchParams(body)
  const raw = form.get(api === 'usermap' ? 'mapping' : 'identification')
  const parsed = raw === null ? undefined : parseJson(raw)
  const items = Array.isArray(parsed) ? parsed : isObject(parsed) ? [parsed] : undefined
  return { ...base, apiKey: form.get('api_key') ?? undefined, items }
}

/** Judges a request the way Amplitude does: status, error body, and what gets ingested. */
export function judgeRequest(request: ParsedRequest, knownKeys: ReadonlySet<string>): Answer {
  const fail = (status: number, body: Json): Answer => ({ status, body: { code: status, ...body }, ingested: [] })
  const { api } = request
  if (api === undefined) return fail(404, { error: 'Invalid request path' })
  const maxBytes = ROUTES[request.path as Route].maxBytes
  if (request.bytes > maxBytes) return fail(413, { error: 'Payload too large' })
  const form = api !== 'event'
  const expected = form ? 'application/x-www-form-urlencoded' : 'application/json'
  if (!request.contentType.toLowerCase().startsWith(expected)) {
    return fail(400, { error: `Invalid request: Content-Type must be ${expected}` })
  }
  if (!form && !isObject(parseJson(request.body))) {
    return fail(400, { error: request.body.trim() === '' ? 'Missing request body' : 'Invalid JSON request body' })
  }
  if (request.apiKey === undefined || request.apiKey === '') {
    return fail(400, { error: 'Request missing required field', missing_field: 'api_key' })
  }
  // Echoing the key is deliberate: the client must redact it from everything it reports.
  if (!knownKeys.has(request.apiKey)) return fail(400, { error: `Invalid API key: ${request.apiKey}` })
  const items = request.items
  if (items === undefined) {
    if (api === 'event') return fail(400, { error: 'Request missing required field', missing_field: 'events' })
    return fail(400, { error: api === 'usermap' ? 'missing_mapping' : 'missing_event' })
  }
  if (!items.every(isObject)) return fail(400, { error: api === 'event' ? 'Invalid event JSON' : 'Invalid JSON' })
  if (api === 'event') return judgeEvents(items, request.minIdLength, request.bytes)
  const error = formError(api, items, request.minIdLength)
  if (error !== undefined) return fail(400, { error })
  return { status: 200, body: 'success', ingested: items }
}

function judgeEvents(events: readonly Json[], minIdLength: number, bytes: number): Answer {
  if (events.length > MAX_EVENTS_PER_REQUEST) {
    return { status: 413, body: { code: 413, error: 'Payload too large' }, ingested: [] }
  }
  const invalid: Record<string, number[]> = {}
  const missing: Record<string, number[]> = {}
  const tooShort: Record<string, number[]> = {}
  const add = (lists: Record<string, number[]>, field: string, index: number): void => {
    ;(lists[field] ??= []).push(index)
  }
  events.forEach((event, index) => {
    const type = event['event_type']
    if (type === undefined || type === null || type === '') add(missing, 'event_type', index)
    else if (typeof type !== 'string' || RESERVED_EVENT_TYPES.has(type)) add(invalid, 'event_type', index)
    if (event['user_id'] === undefined && event['device_id'] === undefined) add(missing, 'device_id', index)
    for (const field of ['user_id', 'device_id']) {
      const problem = idProblem(event[field], minIdLength)
      if (problem === 'invalid') add(invalid, field, index)
      if (problem === 'short') add(tooShort, field, index)
    }
    const time = event['time']
    if (time !== undefined && !Number.isInteger(time)) add(invalid, 'time', index)
  })
  const lists = {
    ...(Object.keys(invalid).length > 0 ? { events_with_invalid_fields: invalid } : {}),
    ...(Object.keys(missing).length > 0 ? { events_with_missing_fields: missing } : {}),
    ...(Object.keys(tooShort).length > 0 ? { events_with_invalid_id_lengths: tooShort } : {}),
  }
  if (Object.keys(lists).length > 0) {
    return { status: 400, body: { code: 400, error: 'Invalid field values on some events', ...lists }, ingested: [] }
  }
  return {
    status: 200,
    body: { code: 200, events_ingested: events.length, payload_size_bytes: bytes, server_upload_time: Date.now() },
    ingested: events,
  }
}

function formError(api: Exclude<Api, 'event'>, items: readonly Json[], minIdLength: number): string | undefined {
  switch (api) {
    case 'identify':
      for (const item of items) {
        if (item['user_id'] === undefined && item['device_id'] === undefined) return 'missing user_id or device_id'
        for (const field of ['user_id', 'device_id']) {
          if (idProblem(item[field], minIdLength) !== undefined) return `Invalid ${field}`
        }
      }
      return undefined
    case 'groupidentify':
      if (items.length > MAX_GROUP_IDENTIFICATIONS_PER_REQUEST) return 'Too many group identifications'
      for (const item of items) {
        if (typeof item['group_type'] !== 'string' || item['group_type'] === '') return 'Missing group_type'
        if (typeof item['group_value'] !== 'string' || item['group_value'] === '') return 'Missing group_value'
      }
      return undefined
    case 'usermap':
      if (items.length > MAX_MAPPINGS_PER_REQUEST) return 'Too many mappings'
      for (const item of items) {
        if (typeof item['user_id'] !== 'string' || item['user_id'] === '') return 'Missing user_id'
        if (typeof item['global_user_id'] !== 'string' && item['unmap'] !== true) return 'Missing global_user_id'
      }
      return undefined
  }
}

function idProblem(id: unknown, minIdLength: number): 'invalid' | 'short' | undefined {
  if (id === undefined) return undefined
  if (typeof id !== 'string' || INVALID_ID_VALUES.has(id.toLowerCase())) return 'invalid'
  return id.length < minIdLength ? 'short' : undefined
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
