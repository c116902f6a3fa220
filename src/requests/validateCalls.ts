import type { Issue } from '../issues/issue.js'
import type { AmplitudeCall } from '../models/amplitude/types.js'
import { resolveMinIdLength } from './resolveMinIdLength.js'
import type { RequestOptions } from './types.js'
import { validateCall } from './validateCall.js'

/**
 * Pre-flight checks (SPEC section 7): what Amplitude would reject (`error`: `toRequests` leaves
 * the call out) or silently alter (`warning`: the call is still sent), as issues whose paths start
 * with the call's index in `calls`, such as `[3].event.user_id`. `toRequests` runs the same
 * checks, so call this only to check calls without encoding them.
 *
 * @throws RangeError when `options.minIdLength` is not a positive integer.
 *
 * @example
 * validateCalls([{ api: 'event', event: { event_type: 'Signed Up', user_id: 'null' } }])
 * // [{ severity: 'error', code: 'invalid_id', path: '[0].event.user_id',
 * //    message: 'user_id is "null", one of the ids Amplitude rejects; the event was not sent' }]
 */
export function validateCalls(
  calls: readonly AmplitudeCall[],
  options: Pick<RequestOptions, 'minIdLength'> = {},
): Issue[] {
  const minIdLength = resolveMinIdLength(options.minIdLength)
  const issues: Issue[] = []
  for (let index = 0; index < calls.length; index++) {
    validateCall(calls[index] as AmplitudeCall, index, minIdLength, issues)
  }
  return issues
}
