import type { AmplitudeCall, GroupIdentification, Identification, UserMapping } from '../models/amplitude/types.js'
import type { AmplitudeEvent } from '../models/amplitude/types.js'
import type { AmplitudeRequest } from './types.js'

function fail(request: Pick<AmplitudeRequest, 'api'>, why: string): never {
  throw new TypeError(`segment-amplitude: cannot decode this ${request.api} request: ${why}`)
}

/** The inverse of `encodeFormComponent`, as `URLSearchParams` parses a form value. */
function formValue(request: Pick<AmplitudeRequest, 'api' | 'body'>, name: string): string {
  for (const pair of request.body.split('&')) {
    const equals = pair.indexOf('=')
    const key = equals < 0 ? pair : pair.slice(0, equals)
    if (key !== name) continue
    return decodeURIComponent(pair.slice(equals + 1).replace(/\+/g, ' '))
  }
  return fail(request, `the form body has no ${name} field`)
}

function jsonArray(request: Pick<AmplitudeRequest, 'api'>, parsed: unknown, name: string): readonly unknown[] {
  if (!Array.isArray(parsed)) fail(request, `${name} is not a JSON array`)
  return parsed
}

/**
 * Decodes a request body back into the calls it carries, in order: the inverse of
 * {@link toRequests} for one request. Useful to report what a request held (the delivery client,
 * the CLI) and to check round trips in tests.
 *
 * @throws TypeError when the body is not one `toRequests` could have produced for `request.api`
 * (a programmer's error).
 *
 * @example
 * const request: AmplitudeRequest = {
 *   method: 'POST',
 *   url: 'https://api.amplitude.com/usermap',
 *   headers: { 'content-type': 'application/x-www-form-urlencoded' },
 *   body: 'api_key=KEY&mapping=%5B%7B%22user_id%22%3A%22anon-1%22%2C%22global_user_id%22%3A%22user-123%22%7D%5D',
 *   callCount: 1,
 *   api: 'usermap',
 * }
 * decodeRequest(request)
 * // [{ api: 'usermap', mapping: { user_id: 'anon-1', global_user_id: 'user-123' } }]
 */
export function decodeRequest(request: Pick<AmplitudeRequest, 'api' | 'body'>): AmplitudeCall[] {
  try {
    switch (request.api) {
      case 'event': {
        const parsed: unknown = JSON.parse(request.body)
        const events = typeof parsed === 'object' && parsed !== null ? (parsed as { events?: unknown }).events : undefined
        return jsonArray(request, events, 'events').map((event) => ({ api: 'event', event: event as AmplitudeEvent }))
      }
      case 'identify':
        return jsonArray(request, JSON.parse(formValue(request, 'identification')), 'identification').map(
          (identification) => ({ api: 'identify', identification: identification as Identification }),
        )
      case 'groupidentify':
        return jsonArray(request, JSON.parse(formValue(request, 'identification')), 'identification').map(
          (identification) => ({ api: 'groupidentify', identification: identification as GroupIdentification }),
        )
      case 'usermap':
        return jsonArray(request, JSON.parse(formValue(request, 'mapping')), 'mapping').map((mapping) => ({
          api: 'usermap',
          mapping: mapping as UserMapping,
        }))
      default:
        return fail(request, 'unknown api')
    }
  } catch (error) {
    if (error instanceof TypeError && error.message.startsWith('segment-amplitude:')) throw error
    return fail(request, String(error))
  }
}
