import type { Issue } from '../issues/issue.js'
import type { SegmentCommon } from '../models/segment/types.js'

/**
 * `user_id` and `device_id` of a message (SPEC section 3). `device_id` is `context.device.id`,
 * else `anonymousId`; with `preferAnonymousId`, the reverse. Ids were normalised by the parser
 * (an empty one is absent), so an empty value falls through to the next source.
 *
 * @example
 * identity({ anonymousId: 'anon-1', context: { device: { id: 'dev-1' } } }, false)
 * // { user_id: undefined, device_id: 'dev-1' }
 */
export function identity(
  message: SegmentCommon,
  preferAnonymousId: boolean,
): { readonly user_id: string | undefined; readonly device_id: string | undefined } {
  const deviceId = message.context?.device?.id
  return {
    user_id: message.userId,
    device_id: preferAnonymousId ? (message.anonymousId ?? deviceId) : (deviceId ?? message.anonymousId),
  }
}

/**
 * Pushes the `missing_identity` error when a message has neither `user_id` nor `device_id`.
 * Returns whether the message is identified.
 *
 * @example
 * requireIdentity({ user_id: undefined, device_id: undefined }, issues) // false, with an error
 */
export function requireIdentity(
  ids: { readonly user_id: string | undefined; readonly device_id: string | undefined },
  issues: Issue[],
): boolean {
  if (ids.user_id !== undefined || ids.device_id !== undefined) return true
  issues.push({
    severity: 'error',
    code: 'missing_identity',
    path: 'userId',
    message: 'the message has no userId, anonymousId or context.device.id; Amplitude needs a user_id or device_id',
  })
  return false
}

/**
 * Writes `user_id` and `device_id` into a payload, leaving out the absent ones.
 *
 * @example
 * const event: Record<string, unknown> = {}
 * writeIds(event, { user_id: 'user-1', device_id: undefined }) // event: { user_id: 'user-1' }
 */
export function writeIds(
  target: Record<string, unknown>,
  ids: { readonly user_id: string | undefined; readonly device_id: string | undefined },
): void {
  if (ids.user_id !== undefined) target['user_id'] = ids.user_id
  if (ids.device_id !== undefined) target['device_id'] = ids.device_id
}

/**
 * Writes the message's `user_id` and `device_id` ({@link identity}) into `target`. Returns
 * `false`, with the `missing_identity` error ({@link requireIdentity}), when the message has
 * neither.
 *
 * @example
 * const event: Record<string, unknown> = {}
 * writeMessageIds(event, { userId: 'user-1' }, false, issues) // true; event: { user_id: 'user-1' }
 */
export function writeMessageIds(target: Record<string, unknown>, message: SegmentCommon, preferAnonymousId: boolean, issues: Issue[]): boolean {
  const ids = identity(message, preferAnonymousId)
  if (!requireIdentity(ids, issues)) return false
  writeIds(target, ids)
  return true
}
