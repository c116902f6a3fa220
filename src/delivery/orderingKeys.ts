import type { AmplitudeApi } from '../models/amplitude/types.js'
import type { JsonObject } from '../models/json.js'

/**
 * The ids whose order Amplitude cares about. Users and devices share one key space across the
 * event, identify and usermap APIs, so an identify and an event for the same user keep their
 * input order too.
 *
 * @example
 * orderingKeys('event', { event_type: 'x', user_id: 'u1', device_id: 'd1' }) // ['user:u1', 'device:d1']
 */
export function orderingKeys(api: AmplitudeApi, payload: JsonObject): string[] {
  const keys: string[] = []
  const add = (prefix: string, value: unknown): void => {
    if (typeof value === 'string' && value !== '') keys.push(`${prefix}:${value}`)
  }
  switch (api) {
    case 'event':
    case 'identify':
      add('user', payload['user_id'])
      add('device', payload['device_id'])
      break
    case 'usermap':
      add('user', payload['user_id'])
      add('user', payload['global_user_id'])
      break
    case 'groupidentify': {
      const type = payload['group_type']
      const value = payload['group_value']
      if (typeof type === 'string' && typeof value === 'string') keys.push(`group:${type}\u0000${value}`)
      break
    }
  }
  return keys
}
