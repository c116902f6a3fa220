/**
 * Arbitraries of `AmplitudeCall`s for the request tests: calls Amplitude accepts, and messy ones
 * that break one pre-flight rule each. Text mixes ASCII, multi-byte UTF-8 (accents, CJK, emoji),
 * lone surrogates and the characters form encoding treats specially.
 */
import fc from 'fast-check'
import type { AmplitudeCall, AmplitudeEvent, GroupIdentification, Groups, Identification, UserMapping } from '../../src/models/amplitude/types.js'
import type { JsonObject } from '../../src/models/json.js'
import { INVALID_IDS, RESERVED_EVENT_TYPES } from '../../src/requests/reservedValues.js'

const INVALID = new Set(INVALID_IDS)
const RESERVED = new Set(RESERVED_EVENT_TYPES)

/** Strings of every kind of character, including those form encoding and UTF-8 care about. */
export const textArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom("it's (fun)! ~*", 'a+b=c&d%20e', '100% 😀', '日本語のテキスト', ' ', 'Ünïcödé', '\u0000\n\t"\\'),
)

const idTextArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.string({ minLength: 5, maxLength: 24 }),
  fc.string({ unit: 'grapheme', minLength: 5, maxLength: 12 }),
  fc.constantFrom('user-123', 'ユーザー12345', '😀😀😀', 'device-abc-def'),
)

/** Ids Amplitude keeps at the default minimum length 5. */
export const idArbitrary: fc.Arbitrary<string> = idTextArbitrary.filter(
  (id) => id.length >= 5 && !INVALID.has(id.toLowerCase()),
)

// fc.jsonValue may hold -0, which JSON writes as 0: normalise through JSON so a round trip is exact.
const jsonObjectArbitrary: fc.Arbitrary<JsonObject> = fc
  .dictionary(textArbitrary, fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' }), { maxKeys: 4 })
  .map((object) => JSON.parse(JSON.stringify(object)) as JsonObject)

/** A finite double other than -0, which JSON cannot tell from 0. */
const numberArbitrary: fc.Arbitrary<number> = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x + 0)

const groupsArbitrary: fc.Arbitrary<Groups> = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.oneof(fc.string({ maxLength: 8 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 })),
  { maxKeys: 3 },
)

/** At least one of user_id and device_id. */
const idsArbitrary: fc.Arbitrary<{ user_id?: string; device_id?: string }> = fc.oneof(
  fc.record({ user_id: idArbitrary }),
  fc.record({ device_id: idArbitrary }),
  fc.record({ user_id: idArbitrary, device_id: idArbitrary }),
)

const eventTypeArbitrary: fc.Arbitrary<string> = textArbitrary.filter((t) => t.trim() !== '' && !RESERVED.has(t))

/** Events Amplitude accepts. */
export const eventArbitrary: fc.Arbitrary<AmplitudeEvent> = fc
  .tuple(
    idsArbitrary,
    eventTypeArbitrary,
    fc.record(
      {
        time: fc.integer({ min: 0, max: 4_000_000_000_000 }),
        session_id: fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 4_000_000_000_000 })),
        insert_id: fc.uuid(),
        event_properties: jsonObjectArbitrary,
        user_properties: fc.oneof(jsonObjectArbitrary, fc.record({ $set: jsonObjectArbitrary }, { requiredKeys: [] })),
        groups: groupsArbitrary,
        price: numberArbitrary,
        quantity: fc.integer({ min: -5, max: 100 }),
        platform: textArbitrary,
        library: fc.constant('segment'),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([ids, event_type, rest]) => ({ ...ids, event_type, ...rest }))

/** Identifications the Identify API accepts. */
export const identificationArbitrary: fc.Arbitrary<Identification> = fc
  .tuple(
    idsArbitrary,
    fc.record(
      {
        user_properties: fc.oneof(jsonObjectArbitrary, fc.record({ $setOnce: jsonObjectArbitrary })),
        groups: groupsArbitrary,
        country: textArbitrary,
        paying: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([ids, rest]) => ({ ...ids, ...rest }))

/** Group identifications the Group Identify API accepts. */
export const groupIdentificationArbitrary: fc.Arbitrary<GroupIdentification> = fc.record(
  {
    group_type: textArbitrary.filter((t) => t !== ''),
    group_value: textArbitrary.filter((t) => t !== ''),
    group_properties: jsonObjectArbitrary,
  },
  { requiredKeys: ['group_type', 'group_value'] },
)

/** Mappings and unmappings the User Mapping API accepts. */
export const mappingArbitrary: fc.Arbitrary<UserMapping> = fc.oneof(
  fc.record({ user_id: idArbitrary, global_user_id: idArbitrary }),
  fc.record({ user_id: idArbitrary, unmap: fc.constant(true as const) }),
)

/** A call Amplitude accepts, of any of the four APIs. */
export const validCallArbitrary: fc.Arbitrary<AmplitudeCall> = fc.oneof(
  { arbitrary: eventArbitrary.map((event): AmplitudeCall => ({ api: 'event', event })), weight: 4 },
  identificationArbitrary.map((identification): AmplitudeCall => ({ api: 'identify', identification })),
  groupIdentificationArbitrary.map((identification): AmplitudeCall => ({ api: 'groupidentify', identification })),
  mappingArbitrary.map((mapping): AmplitudeCall => ({ api: 'usermap', mapping })),
)

function nested(depth: number): JsonObject {
  let value: JsonObject = { leaf: true }
  for (let i = 1; i < depth; i++) value = { a: value }
  return value
}

/** A call that breaks one pre-flight rule: an error or a warning of `validateCalls`. */
export const messyCallArbitrary: fc.Arbitrary<AmplitudeCall> = fc.oneof(
  fc.tuple(eventArbitrary, fc.constantFrom(...INVALID_IDS, 'NULL', 'Anonymous', '', 'abc')).map(
    ([event, user_id]): AmplitudeCall => ({ api: 'event', event: { ...event, user_id } }),
  ),
  fc.tuple(eventArbitrary, fc.constantFrom('', '   ', ...RESERVED_EVENT_TYPES)).map(
    ([event, event_type]): AmplitudeCall => ({ api: 'event', event: { ...event, event_type } }),
  ),
  fc.tuple(eventArbitrary, fc.constantFrom(1.5, -0.25, 1e-7)).map(
    ([event, time]): AmplitudeCall => ({ api: 'event', event: { ...event, time } }),
  ),
  fc.tuple(eventArbitrary, fc.constantFrom(40, 41, 45)).map(
    ([event, depth]): AmplitudeCall => ({ api: 'event', event: { ...event, event_properties: nested(depth) } }),
  ),
  eventArbitrary.map((event): AmplitudeCall => ({ api: 'event', event: { ...event, event_type: 'x'.repeat(1025) } })),
  fc.record({ group_type: fc.constantFrom('', 'company'), group_value: fc.constant('') }).map(
    (identification): AmplitudeCall => ({ api: 'groupidentify', identification }),
  ),
  fc.constant<AmplitudeCall>({ api: 'identify', identification: { user_properties: { a: 1 } } }),
)

/** Lists of calls, mostly valid, some messy. */
export const callListArbitrary: fc.Arbitrary<AmplitudeCall[]> = fc.array(
  fc.oneof({ arbitrary: validCallArbitrary, weight: 5 }, messyCallArbitrary),
  { maxLength: 30 },
)
