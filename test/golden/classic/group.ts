import type { AmplitudeCall } from '../../../src/models/amplitude/types.js'
import type { GoldenCase } from '../goldenCase.js'

const GROUP = { type: 'group', userId: 'user-1', groupId: 'acme' } as const
const SEGMENT_GROUP = '[Segment] Group'
const TYPE_VALUE = { groupTypeTrait: 'kind', groupValueTrait: 'slug' } as const

/** The membership identify every group call starts with. */
function membership(type: string, value: string, ids: { user_id?: string; device_id?: string } = { user_id: 'user-1' }): AmplitudeCall {
  return { api: 'identify', identification: { ...ids, groups: { [type]: value }, user_properties: { [type]: value } } }
}

/** Golden cases of SPEC section 4 on `group`. */
export const groupCases: readonly GoldenCase[] = [
  {
    name: 'A group call without traits sends only the membership identify under [Segment] Group',
    message: GROUP,
    expected: { ok: true, calls: [membership(SEGMENT_GROUP, 'acme')] },
  },
  {
    name: 'A group call with traits sends the membership identify, then a groupidentify with all the traits',
    message: { ...GROUP, anonymousId: 'anon-1', traits: { name: 'Acme Inc', employees: 100, plan: 'enterprise' } },
    expected: {
      ok: true,
      calls: [
        membership(SEGMENT_GROUP, 'acme', { user_id: 'user-1', device_id: 'anon-1' }),
        {
          api: 'groupidentify',
          identification: { group_type: SEGMENT_GROUP, group_value: 'acme', group_properties: { name: 'Acme Inc', employees: 100, plan: 'enterprise' } },
        },
      ],
    },
  },
  {
    name: 'With groupTypeTrait and groupValueTrait set and both traits present, the traits name the group type and value',
    message: { ...GROUP, traits: { kind: 'company', slug: 'acme-inc', employees: 100 } },
    settings: TYPE_VALUE,
    expected: {
      ok: true,
      calls: [
        membership('company', 'acme-inc'),
        {
          api: 'groupidentify',
          identification: { group_type: 'company', group_value: 'acme-inc', group_properties: { kind: 'company', slug: 'acme-inc', employees: 100 } },
        },
      ],
    },
  },
  {
    name: 'The type and value traits need no groupId',
    message: { type: 'group', userId: 'user-1', traits: { kind: 'company', slug: 42 } },
    settings: TYPE_VALUE,
    expected: {
      ok: true,
      calls: [
        membership('company', '42'),
        { api: 'groupidentify', identification: { group_type: 'company', group_value: '42', group_properties: { kind: 'company', slug: 42 } } },
      ],
    },
  },
  {
    name: 'When the value trait is missing the group falls back to [Segment] Group and groupId',
    message: { ...GROUP, traits: { kind: 'company' } },
    settings: TYPE_VALUE,
    expected: {
      ok: true,
      calls: [
        membership(SEGMENT_GROUP, 'acme'),
        { api: 'groupidentify', identification: { group_type: SEGMENT_GROUP, group_value: 'acme', group_properties: { kind: 'company' } } },
      ],
    },
  },
  {
    name: 'When the type trait is empty the group falls back to [Segment] Group and groupId',
    message: { ...GROUP, traits: { kind: ' ', slug: 'acme-inc' } },
    settings: TYPE_VALUE,
    expected: {
      ok: true,
      calls: [
        membership(SEGMENT_GROUP, 'acme'),
        { api: 'groupidentify', identification: { group_type: SEGMENT_GROUP, group_value: 'acme', group_properties: { kind: ' ', slug: 'acme-inc' } } },
      ],
    },
  },
  {
    name: 'With only groupTypeTrait set the traits are not read for the group',
    message: { ...GROUP, traits: { kind: 'company', slug: 'acme-inc' } },
    settings: { groupTypeTrait: 'kind' },
    expected: {
      ok: true,
      calls: [
        membership(SEGMENT_GROUP, 'acme'),
        { api: 'groupidentify', identification: { group_type: SEGMENT_GROUP, group_value: 'acme', group_properties: { kind: 'company', slug: 'acme-inc' } } },
      ],
    },
  },
  {
    name: 'Empty group traits send no groupidentify',
    message: { ...GROUP, traits: {} },
    expected: { ok: true, calls: [membership(SEGMENT_GROUP, 'acme')] },
  },
  {
    name: 'A number groupId becomes its decimal string',
    message: { type: 'group', anonymousId: 'anon-1', groupId: 322 },
    expected: { ok: true, calls: [membership(SEGMENT_GROUP, '322', { device_id: 'anon-1' })] },
  },
  {
    name: 'A group call without groupId or value trait fails with missing_group_id',
    message: { type: 'group', userId: 'user-1', traits: { name: 'Acme Inc' } },
    expected: { ok: false, issues: [{ severity: 'error', code: 'missing_group_id', path: 'groupId' }] },
  },
  {
    name: 'An empty groupId is absent, so the group call fails',
    message: { type: 'group', userId: 'user-1', groupId: '' },
    expected: { ok: false, issues: [{ severity: 'error', code: 'missing_group_id', path: 'groupId' }] },
  },
  {
    name: 'A group call without any user id fails with missing_identity',
    message: { type: 'group', groupId: 'acme', traits: { plan: 'pro' } },
    expected: { ok: false, issues: [{ severity: 'error', code: 'missing_identity', path: 'userId' }] },
  },
  {
    name: 'A group call with neither a group value nor any id reports only missing_group_id',
    message: { type: 'group', traits: { plan: 'pro' } },
    expected: { ok: false, issues: [{ severity: 'error', code: 'missing_group_id', path: 'groupId' }] },
  },
  {
    name: 'A group call turned off by integrations is not sent',
    message: { ...GROUP, integrations: { Amplitude: false } },
    expected: { ok: true, calls: [], issues: [{ severity: 'info', code: 'not_for_amplitude', path: 'integrations.Amplitude' }] },
  },
  {
    name: 'Group traits that are not an object are dropped with a warning and only the membership is sent',
    message: { ...GROUP, traits: 'enterprise' },
    expected: {
      ok: true,
      calls: [membership(SEGMENT_GROUP, 'acme')],
      issues: [{ severity: 'warning', code: 'invalid_type', path: 'traits' }],
    },
  },
]
