import type { AmplitudeCall } from '../../models/amplitude/types.js'
import { integrationOptions } from '../../fields/integrationOptions.js'
import { own } from '../../util/object.js'
import type { SegmentAlias } from '../../models/segment/types.js'
import type { CallMapping, MappingContext } from '../types.js'

/**
 * Classic `alias` (SPEC section 4): a User Mapping API mapping of `previousId` onto `userId`.
 * With `integrations.Amplitude.unmap` a string, that id is unmapped instead (`true` means
 * `previousId`).
 *
 * @example
 * mapAlias({ type: 'alias', previousId: 'anon-1', userId: 'user-1' }, context)
 * // [{ api: 'usermap', mapping: { user_id: 'anon-1', global_user_id: 'user-1' } }]
 */
export const mapAlias: CallMapping<'alias'> = (message, { issues }) => {
  const unmap = own(integrationOptions(message, 'Amplitude'), 'unmap')
  if (unmap !== undefined && unmap !== null && unmap !== false) {
    const id = unmap === true ? message.previousId : typeof unmap === 'string' && unmap.trim() !== '' ? unmap : undefined
    if (id === undefined) {
      issues.push({
        severity: 'error',
        code: unmap === true ? 'missing_previous_id' : 'invalid_option',
        path: unmap === true ? 'previousId' : 'integrations.Amplitude.unmap',
        message:
          unmap === true
            ? 'integrations.Amplitude.unmap is true but the alias has no previousId to unmap'
            : 'integrations.Amplitude.unmap must be the user id to unmap, or true for previousId',
      })
      return undefined
    }
    const calls: AmplitudeCall[] = [{ api: 'usermap', mapping: { user_id: id, unmap: true } }]
    return calls
  }
  return mapUserMapping(message, { issues })
}

/**
 * The mapping of `previousId` onto `userId`, without Classic's `unmap` option: the Actions
 * profile's alias (Segment's mapUser). A missing id is an error.
 *
 * @example
 * mapUserMapping({ type: 'alias', previousId: 'anon-1', userId: 'user-1' }, context)
 * // [{ api: 'usermap', mapping: { user_id: 'anon-1', global_user_id: 'user-1' } }]
 */
export function mapUserMapping(message: SegmentAlias, { issues }: Pick<MappingContext, 'issues'>): AmplitudeCall[] | undefined {
  if (message.previousId === undefined || message.userId === undefined) {
    const missing = message.previousId === undefined ? 'previousId' : 'userId'
    issues.push({
      severity: 'error',
      code: message.previousId === undefined ? 'missing_previous_id' : 'missing_user_id',
      path: missing,
      message: `an alias needs both previousId and userId; ${missing} is missing`,
    })
    return undefined
  }
  return [{ api: 'usermap', mapping: { user_id: message.previousId, global_user_id: message.userId } }]
}
