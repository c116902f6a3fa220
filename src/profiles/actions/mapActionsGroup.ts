import { identity } from '../../fields/identity.js'
import type { AmplitudeCall, GroupIdentification, Identification } from '../../models/amplitude/types.js'
import type { CallMapping } from '../../mappings/types.js'
import { setOwn } from '../../util/object.js'
import { actionsGroupTime } from './actionsTime.js'
import { actionsTraits } from './actionsTraits.js'

/** `{[type]: value}`, the group type being any text (`__proto__` included). */
function association(type: string, value: string): Record<string, string> {
  const groups: Record<string, string> = {}
  setOwn(groups, type, value)
  return groups
}

/**
 * Actions `group` (Segment's groupIdentifyUser, configured with `group_type` = the `groupType`
 * setting and `group_value` = `groupId`): when the call has a user or device id, an identify that
 * makes the user a member (`groups` and a user property `{type: groupId}`, `library`, and `time`
 * from the timestamp, see {@link actionsGroupTime}); then always a `groupidentify` with
 * `group_properties` = the traits (`{}` included; absent without traits). No user agent, platform
 * or context fields. A group without `groupId` is an error, as Segment rejects it.
 *
 * @example
 * mapActionsGroup({ type: 'group', userId: 'user-1', groupId: 'acme', traits: { plan: 'pro' } }, context)
 * // [{ api: 'identify', identification: { groups: { '[Segment] Group': 'acme' }, library: 'segment', user_id: 'user-1', user_properties: { '[Segment] Group': 'acme' } } },
 * //  { api: 'groupidentify', identification: { group_properties: { plan: 'pro' }, group_value: 'acme', group_type: '[Segment] Group', library: 'segment' } }]
 */
export const mapActionsGroup: CallMapping<'group'> = (message, { settings, issues }) => {
  const value = message.groupId
  if (value === undefined) {
    issues.push({
      severity: 'error',
      code: 'missing_group_id',
      path: 'groupId',
      message: 'the group call has no groupId; Amplitude needs a group value',
    })
    return undefined
  }
  const type = settings.groupType
  const calls: AmplitudeCall[] = []
  const ids = identity(message, false)
  if (ids.user_id !== undefined || ids.device_id !== undefined) {
    const membership: Record<string, unknown> = {}
    if (ids.device_id !== undefined) membership['device_id'] = ids.device_id
    membership['groups'] = association(type, value)
    membership['library'] = 'segment'
    const time = actionsGroupTime(message, issues)
    if (time !== undefined) membership['time'] = time
    if (ids.user_id !== undefined) membership['user_id'] = ids.user_id
    membership['user_properties'] = association(type, value)
    calls.push({ api: 'identify', identification: membership as Identification })
  }
  const traits = actionsTraits(message, issues)
  const group: Record<string, unknown> = {}
  if (traits !== undefined) group['group_properties'] = traits
  group['group_value'] = value
  group['group_type'] = type
  group['library'] = 'segment'
  calls.push({ api: 'groupidentify', identification: group as unknown as GroupIdentification })
  return calls
}
