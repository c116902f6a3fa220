import type { AmplitudeCall } from '../models/amplitude/types.js'

/**
 * A call's identity for matching a call the delivery report returns (decoded from a request
 * body) with the call the CLI put in: the API and the payload's JSON, which decoding keeps.
 *
 * @example
 * callKey({ api: 'usermap', mapping: { user_id: 'a', global_user_id: 'b' } })
 * // 'usermap {"user_id":"a","global_user_id":"b"}'
 */
export function callKey(call: AmplitudeCall): string {
  switch (call.api) {
    case 'event':
      return `event ${JSON.stringify(call.event)}`
    case 'identify':
    case 'groupidentify':
      return `${call.api} ${JSON.stringify(call.identification)}`
    case 'usermap':
      return `usermap ${JSON.stringify(call.mapping)}`
  }
}
