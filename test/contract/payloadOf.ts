import type { AmplitudeCall } from '../../src/models/amplitude/types.js'

/**
 * The JSON object a call sends: its event, identification or mapping.
 *
 * @example
 * payloadOf({ api: 'usermap', mapping: { user_id: 'a', global_user_id: 'b' } }) // { user_id: 'a', global_user_id: 'b' }
 */
export function payloadOf(call: AmplitudeCall): Readonly<Record<string, unknown>> {
  switch (call.api) {
    case 'event':
      return call.event as unknown as Readonly<Record<string, unknown>>
    case 'usermap':
      return call.mapping as unknown as Readonly<Record<string, unknown>>
    default:
      return call.identification as unknown as Readonly<Record<string, unknown>>
  }
}
