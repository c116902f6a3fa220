import type { AmplitudeRequest } from '../../src/requests/types.js'

/** The key the emulator knows by default. */
export const KEY = 'emulator-key'

type Payload = Record<string, unknown>

/** An HTTP V2 (or Batch API) request, its JSON body written by hand. */
export function eventRequest(
  events: readonly Payload[],
  options: { apiKey?: string; batch?: boolean; minIdLength?: number } = {},
): AmplitudeRequest {
  const body: Payload = { api_key: options.apiKey ?? KEY, events }
  if (options.minIdLength !== undefined) body['options'] = { min_id_length: options.minIdLength }
  return {
    method: 'POST',
    url: `https://api2.amplitude.com/${options.batch === true ? 'batch' : '2/httpapi'}`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    callCount: events.length,
    api: 'event',
  }
}

/** An Identify, Group Identify or User Mapping request, its form body written by hand. */
export function formRequest(
  api: 'identify' | 'groupidentify' | 'usermap',
  items: readonly Payload[],
  apiKey: string = KEY,
): AmplitudeRequest {
  const field = api === 'usermap' ? 'mapping' : 'identification'
  const host = api === 'usermap' ? 'api.amplitude.com' : 'api2.amplitude.com'
  return {
    method: 'POST',
    url: `https://${host}/${api}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `api_key=${encodeURIComponent(apiKey)}&${field}=${encodeURIComponent(JSON.stringify(items))}`,
    callCount: items.length,
    api,
  }
}

/** An event of `device` with a unique, stable insert_id. */
export function event(n: number, device: string, extra: Payload = {}): Payload {
  return { event_type: 'Order Completed', device_id: device, time: 1_700_000_000_000 + n, insert_id: `insert-${n}`, ...extra }
}

/** A `sleep` that never waits and remembers what it was asked to wait. */
export function instantSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = []
  return {
    waits,
    sleep: async (ms) => {
      waits.push(ms)
    },
  }
}
