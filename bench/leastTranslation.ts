// The floor of the pipeline: the least any translator of these messages must do. It parses the
// text, reads the fields an Amplitude event is made of (ids, name, properties, traits, the device,
// OS, app, location and campaign fields of the context, the time, the library), writes one event,
// serialises it and appends it to a body. It checks nothing, reports nothing and maps no quirk,
// so it is not a translator: it is the yardstick that tells how much of the pipeline's cost
// over the baseline is translation at all and how much is checking and fidelity.

/** A message as this yardstick reads it: every field optional, any type. */
interface LooseMessage {
  readonly type?: unknown
  readonly event?: unknown
  readonly name?: unknown
  readonly userId?: unknown
  readonly anonymousId?: unknown
  readonly properties?: unknown
  readonly traits?: unknown
  readonly timestamp?: unknown
  readonly context?: LooseContext
}

interface LooseContext {
  readonly device?: { readonly id?: unknown; readonly model?: unknown; readonly manufacturer?: unknown }
  readonly os?: { readonly name?: unknown; readonly version?: unknown }
  readonly app?: { readonly version?: unknown }
  readonly location?: { readonly city?: unknown; readonly country?: unknown; readonly latitude?: unknown; readonly longitude?: unknown }
  readonly campaign?: { readonly source?: unknown }
  readonly library?: { readonly name?: unknown }
  readonly ip?: unknown
  readonly locale?: unknown
}

/** Requests close near Amplitude's 1 MB body limit, as `toRequests` closes them. */
const BODY_LIMIT = 1_000_000

function eventOf(message: LooseMessage): Record<string, unknown> {
  const context = message.context ?? {}
  const event: Record<string, unknown> = {}
  if (message.userId != null) event['user_id'] = String(message.userId)
  const deviceId = context.device?.id ?? message.anonymousId
  if (deviceId != null) event['device_id'] = String(deviceId)
  event['event_type'] = message.event ?? message.name ?? message.type
  if (message.properties !== undefined) event['event_properties'] = message.properties
  if (message.traits !== undefined) event['user_properties'] = message.traits
  if (context.os !== undefined) {
    event['os_name'] = context.os.name
    event['os_version'] = context.os.version
  }
  if (context.device !== undefined) {
    event['device_model'] = context.device.model
    event['device_manufacturer'] = context.device.manufacturer
  }
  if (context.app !== undefined) event['app_version'] = context.app.version
  if (context.location !== undefined) {
    event['city'] = context.location.city
    event['country'] = context.location.country
    event['location_lat'] = context.location.latitude
    event['location_lng'] = context.location.longitude
  }
  if (context.ip !== undefined) event['ip'] = context.ip
  if (context.locale !== undefined) event['language'] = context.locale
  if (context.campaign !== undefined) event['user_properties'] = { ...(message.traits as object | undefined), $set: { utm_source: context.campaign.source } }
  if (typeof message.timestamp === 'string') event['time'] = Date.parse(message.timestamp)
  if (context.library !== undefined) event['library'] = context.library.name
  return event
}

/**
 * Runs the yardstick over JSON texts and returns the bytes of the bodies it wrote (kept by the
 * caller so that the engine cannot drop the work).
 *
 * @example
 * leastTranslation(['{"type":"track","event":"E","userId":"u1"}']) // 33, the bytes of {"user_id":"u1","event_type":"E"}
 */
export function leastTranslation(texts: readonly string[]): number {
  let written = 0
  let body = ''
  for (const text of texts) {
    const json = JSON.stringify(eventOf(JSON.parse(text) as LooseMessage))
    if (body.length + json.length + 1 > BODY_LIMIT) {
      written += body.length
      body = ''
    }
    body = body === '' ? json : `${body},${json}`
  }
  return written + body.length
}
