/**
 * The contract table: one row per (profile × call type), generated from the profiles' registries,
 * so a new profile or call mapping gets its contract by adding a row of rules here (the mapped
 * types below do not compile until it has one). `contract.prop.test.ts` turns every row into a
 * `describe` of the same properties.
 */
import fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import { expect } from 'vitest'
import type { Issue } from '../../src/issues/issue.js'
import { joinPath } from '../../src/issues/path.js'
import type { AmplitudeCall } from '../../src/models/amplitude/types.js'
import type { SegmentMessageType } from '../../src/models/segment/types.js'
import { PROFILES } from '../../src/profiles/index.js'
import type { Settings } from '../../src/settings/settings.js'
import {
  arbAlias,
  arbGroup,
  arbHostileInput,
  arbHostileMessage,
  arbIdentify,
  arbOrderCompleted,
  arbPage,
  arbScreen,
  arbSettings,
  arbTrack,
  type GeneratedMessage,
} from '../../src/testing/index.js'
import { arbProtoKeys } from '../../src/testing/arbHostileValue.js'
import { defineOwn } from '../../src/testing/internal/mutate.js'
import { normaliseId } from './normaliseId.js'
import { payloadOf } from './payloadOf.js'
import { readPath } from './readPath.js'

export type ProfileName = Settings['profile']
type Data = Readonly<Record<string, unknown>>

/** What a translation gave, narrowed to success. */
export interface Translated {
  readonly calls: readonly AmplitudeCall[]
  readonly issues: readonly Issue[]
}

/** A rule checked against one valid message, its settings and its (successful) translation. */
export type MessageRule = (message: Data, settings: Partial<Settings>, result: Translated) => void

/** Where the message puts free-form data a translator must carry over: `properties` or `traits`. */
const DATA_KEY: { readonly [T in SegmentMessageType]: 'properties' | 'traits' | undefined } = {
  track: 'properties',
  page: 'properties',
  screen: 'properties',
  identify: 'traits',
  group: 'traits',
  alias: undefined,
}

const VALID: { readonly [T in SegmentMessageType]: Arbitrary<GeneratedMessage> } = {
  // Orders get a third of the track runs: they are where track does most.
  track: fc.oneof({ weight: 2, arbitrary: arbTrack }, { weight: 1, arbitrary: arbOrderCompleted }),
  page: arbPage,
  screen: arbScreen,
  identify: arbIdentify,
  group: arbGroup,
  alias: arbAlias,
}

/** A copy of `message` whose `properties`/`traits` also hold `__proto__`-style own keys. */
function withProtoKeys(message: GeneratedMessage, keys: Data): Data {
  const copy: Record<string, unknown> = { ...message }
  const key = DATA_KEY[message.type]
  if (key === undefined) return copy
  const data: Record<string, unknown> = {}
  const existing = readPath(message, key)
  if (typeof existing === 'object' && existing !== null) for (const k of Object.keys(existing)) defineOwn(data, k, (existing as Data)[k])
  for (const k of Object.keys(keys)) defineOwn(data, k, keys[k])
  copy[key] = data
  return copy
}

/**
 * Valid messages of one call type (what `parseSegmentMessage` accepts without an issue), one in
 * six with `__proto__`, `constructor` or `prototype` keys in its properties or traits, as
 * `JSON.parse` leaves them: SPEC section 2 says they are plain data.
 */
function validMessages(type: SegmentMessageType): Arbitrary<Data> {
  const plain = VALID[type] as Arbitrary<Data>
  if (DATA_KEY[type] === undefined) return plain
  return fc.oneof(
    { weight: 5, arbitrary: plain },
    { weight: 1, arbitrary: fc.tuple(VALID[type], arbProtoKeys).map(([message, keys]) => withProtoKeys(message, keys)) },
  )
}

/**
 * Anything fast-check can build, aimed at one mapping: mostly hostile messages (deep nesting, huge
 * strings, cycles, `NaN`, `-0`, `__proto__` keys…) relabelled with this call type, so that its
 * mapping, not only the parser, meets the corruption; the rest is any hostile input at all.
 */
function hostileMessages(type: SegmentMessageType): Arbitrary<unknown> {
  const relabelled = arbHostileMessage.map((message) => {
    // A shallow copy: fast-check may hand the same generated value to this mapper again.
    const copy: Record<string, unknown> = {}
    for (const key of Object.keys(message)) defineOwn(copy, key, message[key])
    defineOwn(copy, 'type', type)
    return copy
  })
  return fc.oneof({ weight: 4, arbitrary: relabelled }, { weight: 1, arbitrary: arbHostileInput })
}

function own(object: unknown, key: string): unknown {
  return typeof object === 'object' && object !== null && Object.prototype.hasOwnProperty.call(object, key)
    ? (object as Data)[key]
    : undefined
}

function isObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function within(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}.`) || path.startsWith(`${root}[`)
}

function hasIssue(issues: readonly Issue[], severity: Issue['severity'], code: string, path: string): boolean {
  return issues.some((issue) => issue.severity === severity && issue.code === code && issue.path === path)
}

/**
 * Conservation of free-form data: every key of `source` is in `target` with an equal value,
 * unless it is in `except` or an issue (warning or info) has a path within `base.key`; and
 * `target` holds no key besides those of `source` and `added`.
 */
function expectConserved(
  source: Data,
  target: Data | undefined,
  base: string,
  issues: readonly Issue[],
  { except = new Set<string>(), added = new Set<string>() }: { readonly except?: ReadonlySet<string>; readonly added?: ReadonlySet<string> } = {},
): void {
  const explained = (key: string): boolean => issues.some((issue) => within(issue.path, joinPath(base, key)))
  for (const key of Object.keys(source)) {
    if (except.has(key) || explained(key)) continue
    expect(own(target, key), `${joinPath(base, key)} reaches the payload unchanged`).toStrictEqual(source[key])
    expect(Object.prototype.hasOwnProperty.call(target, key), `${joinPath(base, key)} is an own key of the payload`).toBe(true)
  }
  for (const key of Object.keys(target ?? {})) {
    if (Object.prototype.hasOwnProperty.call(source, key) || added.has(key)) continue
    throw new Error(`the payload has ${key}, which ${base} does not have and no rule adds`)
  }
}

/** The message's `properties` or `traits`, `{}` when absent. */
function dataOf(message: Data, key: 'properties' | 'traits'): Data {
  const value = own(message, key)
  return isObject(value) ? value : {}
}

// SPEC section 5, written independently of src/fields/revenue.ts: the two names, any case, words
// joined by spaces or underscores.
const ORDER_COMPLETED = /^\s*(?:order[\s_]+completed|completed[\s_]+order)\s*$/i

/** The object products of an order, with their index in `properties.products`. */
export function objectProducts(properties: Data): readonly (readonly [number, Data])[] {
  const products = own(properties, 'products')
  if (!Array.isArray(products)) return []
  return products.flatMap((product, index) => (isObject(product) ? [[index, product] as const] : []))
}

export function isOrderCompletedName(event: unknown): boolean {
  return typeof event === 'string' && ORDER_COMPLETED.test(event)
}

const classicTrackConservation: MessageRule = (message, settings, { calls, issues }) => {
  const properties = dataOf(message, 'properties')
  const isOrder = isOrderCompletedName(own(message, 'event'))
  const hasProducts = isOrder && Array.isArray(own(properties, 'products'))
  const fannedOut = hasProducts && settings.trackProductsOnce !== true
  const added = new Set(Object.values(settings.appendFieldsToEventProps ?? {}))
  if (fannedOut) expect(hasIssue(issues, 'info', 'products_fanned_out', 'properties.products')).toBe(true)
  const order = calls[0]
  if (order?.api !== 'event') throw new Error('a track call starts with its event')
  expectConserved(properties, order.event.event_properties, 'properties', issues, { except: new Set(fannedOut ? ['products'] : []), added })
  // The product events, in product order: each carries its product's keys.
  const productEvents = calls.slice(1)
  const products = hasProducts && (settings.trackProductsOnce !== true || settings.trackRevenuePerProduct === true) ? objectProducts(properties) : []
  expect(productEvents).toHaveLength(products.length)
  products.forEach(([index, product], k) => {
    const call = productEvents[k]
    if (call?.api !== 'event') throw new Error('a product becomes an event')
    expectConserved(product, call.event.event_properties, joinPath('properties.products', index), issues, { added })
  })
}

function viewText(message: Data, key: 'name' | 'category'): string | undefined {
  const value = own(message, key)
  if (typeof value === 'string') return value
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined
}

const classicViewConservation: MessageRule = (message, settings, { calls, issues }) => {
  if (calls.length === 0) {
    expect(hasIssue(issues, 'info', 'view_not_tracked', 'name')).toBe(true)
    return
  }
  const properties = dataOf(message, 'properties')
  const event = calls[0]?.api === 'event' ? calls[0].event : undefined
  const added = new Set(Object.values(settings.appendFieldsToEventProps ?? {}))
  const except = new Set<string>()
  for (const key of ['name', 'category'] as const) {
    const text = viewText(message, key)
    if (text === undefined) continue
    except.add(key)
    added.add(key)
    expect(own(event?.event_properties, key), `event_properties.${key} is the ${key}`).toBe(text)
    const given = own(properties, key)
    if (given !== undefined && given !== text) expect(hasIssue(issues, 'warning', 'property_overwritten', `properties.${key}`)).toBe(true)
  }
  expectConserved(properties, event?.event_properties, 'properties', issues, { except, added })
}

/** Every trait lands exactly once in `user_properties`: as a plain key, or in one operation. */
const classicIdentifyConservation: MessageRule = (message, _settings, { calls, issues }) => {
  const traits = dataOf(message, 'traits')
  const call = calls[0]
  if (call?.api !== 'identify') throw new Error('an identify call gives an identification')
  const user = (call.identification.user_properties ?? {}) as Data
  const keys = Object.keys(user)
  const operations = keys.some((key) => key.startsWith('$')) ? keys : []
  for (const key of Object.keys(traits)) {
    if (issues.some((issue) => issue.severity === 'warning' && within(issue.path, joinPath('traits', key)))) continue
    const places = operations.length === 0 ? [['', own(user, key)] as const].filter(([, v]) => v !== undefined) : operations.flatMap((op) => {
      const bucket = own(user, op)
      return Object.prototype.hasOwnProperty.call(bucket ?? {}, key) ? [[op, (bucket as Data)[key]] as const] : []
    })
    expect(places.map(([op]) => op), `trait ${key} is in exactly one place`).toHaveLength(1)
    const [operation, value] = places[0] as readonly [string, unknown]
    if (operation === '$add' && typeof traits[key] === 'string') expect(value).toBe(Number(traits[key]))
    else expect(value, `trait ${key} keeps its value`).toStrictEqual(traits[key])
  }
}

function groupConservation(emptyMeansNone: boolean): MessageRule {
  return (message, _settings, { calls, issues }) => {
    const hasTraits = isObject(own(message, 'traits'))
    const traits = dataOf(message, 'traits')
    const group = calls.find((call) => call.api === 'groupidentify')
    const expected = emptyMeansNone ? Object.keys(traits).length > 0 : hasTraits
    if (!expected) {
      if (group?.api === 'groupidentify') expect(group.identification.group_properties).toBeUndefined()
      return
    }
    if (group?.api !== 'groupidentify') throw new Error('a group with traits sends a group identification')
    expectConserved(traits, group.identification.group_properties as Data | undefined, 'traits', issues)
  }
}

const aliasConservation: MessageRule = (_message, _settings, { calls }) => {
  for (const call of calls) {
    expect(call.api).toBe('usermap')
    for (const key of Object.keys(payloadOf(call))) expect(['user_id', 'global_user_id', 'unmap']).toContain(key)
  }
}

/** Actions: `event_properties` of the (first) event is `properties` as sent, `{}` included. */
const actionsEventConservation: MessageRule = (message, _settings, { calls, issues }) => {
  const event = calls[0]?.api === 'event' ? calls[0].event : undefined
  if (event === undefined) throw new Error('an Actions track, page or screen call sends an event')
  if (!isObject(own(message, 'properties'))) {
    expect(event.event_properties).toBeUndefined()
    return
  }
  expectConserved(dataOf(message, 'properties'), event.event_properties, 'properties', issues)
}

// identifyUser's merge drops these trait keys and merges $set/$setOnce with the campaign's
// (docs/decisions/actions-profile.md §13): Segment's behaviour, reproduced on purpose.
const ACTIONS_MERGED_TRAITS: ReadonlySet<string> = new Set(['$set', '$setOnce', 'referrer', 'utm_properties'])

const actionsIdentifyConservation: MessageRule = (message, _settings, { calls, issues }) => {
  const call = calls[0]
  if (call?.api !== 'identify') throw new Error('an identify call gives an identification')
  const traits = dataOf(message, 'traits')
  const user = call.identification.user_properties as Data | undefined
  const explained = (key: string): boolean => ACTIONS_MERGED_TRAITS.has(key) || issues.some((issue) => within(issue.path, joinPath('traits', key)))
  for (const key of Object.keys(traits)) {
    if (!explained(key)) expect(own(user, key), `traits.${key} reaches user_properties unchanged`).toStrictEqual(traits[key])
  }
}

/**
 * `session_id` of Classic events (SPEC section 3), from an oracle written here: -1 exactly when
 * `integrations.Amplitude.session_id` is absent, is itself -1, or is unusable (then with an
 * `invalid_session_id` warning); otherwise the session it denotes.
 */
function classicSession(message: unknown, event: Data, issues: readonly Issue[]): void {
  const options = readPath(message, 'integrations.Amplitude')
  const value = isObject(options) ? own(options, 'session_id') : undefined
  const warned = hasIssue(issues, 'warning', 'invalid_session_id', 'integrations.Amplitude.session_id')
  if (value === undefined || value === null) {
    expect(event['session_id'], 'no session option: out of session').toBe(-1)
    return
  }
  let expected: number | undefined
  // A payload never holds -0 (JSON writes it as 0): a session of -0 is 0.
  if (typeof value === 'number' && Number.isFinite(value)) expected = Math.floor(value) + 0
  else if (typeof value === 'string' && /^\s*-?\d{1,15}\s*$/.test(value)) expected = Number(value)
  else if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,3})?Z$/.test(value)) expected = Date.parse(value)
  if (expected !== undefined && !Number.isNaN(expected)) {
    expect(event['session_id'], `session option ${String(value)}`).toBe(expected)
    // A readable session warns only when it had to be floored.
    expect(warned).toBe(typeof value === 'number' && !Number.isInteger(value))
    return
  }
  // A value the oracle cannot read: -1 exactly when the library says it could not either.
  expect(event['session_id'] === -1, `session_id ${String(event['session_id'])} for option ${typeof value}`).toBe(warned)
}

/**
 * `session_id` of Actions events (docs/decisions/actions-profile.md §8): never a default, so
 * present only when `integrations["Actions Amplitude"].session_id` is a truthy value.
 */
function actionsSession(message: unknown, event: Data): void {
  const options = own(readPath(message, 'integrations'), 'Actions Amplitude')
  const value = isObject(options) ? own(options, 'session_id') : undefined
  if (value === undefined || value === null || value === '' || value === 0 || value === false) {
    expect(event['session_id'], 'no Actions session option: no session_id').toBeUndefined()
  }
}

/** How a profile reads ids, sessions and free-form data. */
interface ProfileRules {
  /** Message paths `device_id` is read from; the first present one wins. */
  readonly deviceIdOrder: (settings: Partial<Settings>) => readonly string[]
  /** The usermap payload an alias gives. */
  readonly mapping: (message: unknown) => Data
  readonly session: (message: unknown, event: Data, issues: readonly Issue[]) => void
  readonly sessionRule: string
  readonly conservation: { readonly [T in SegmentMessageType]: MessageRule }
  readonly conservationRule: { readonly [T in SegmentMessageType]: string }
}

function withoutUndefined(object: Record<string, unknown>): Data {
  for (const key of Object.keys(object)) if (object[key] === undefined) delete object[key]
  return object
}

const PROFILE_RULES: { readonly [P in ProfileName]: ProfileRules } = {
  classic: {
    deviceIdOrder: (settings) =>
      settings.preferAnonymousIdForDeviceId === true ? ['anonymousId', 'context.device.id'] : ['context.device.id', 'anonymousId'],
    mapping: (message) => {
      const unmap = readPath(message, 'integrations.Amplitude.unmap')
      if (unmap === true) return { user_id: normaliseId(readPath(message, 'previousId')), unmap: true }
      if (typeof unmap === 'string' && unmap.trim() !== '') return { user_id: unmap, unmap: true }
      return withoutUndefined({ user_id: normaliseId(readPath(message, 'previousId')), global_user_id: normaliseId(readPath(message, 'userId')) })
    },
    session: classicSession,
    sessionRule: 'session_id is -1 exactly when the message carries no valid session',
    conservation: {
      track: classicTrackConservation,
      page: classicViewConservation,
      screen: classicViewConservation,
      identify: classicIdentifyConservation,
      group: groupConservation(true),
      alias: aliasConservation,
    },
    conservationRule: {
      track: 'every property key reaches event_properties unchanged (an order\'s products: their own events, with products_fanned_out)',
      page: 'every property key reaches event_properties unchanged; name and category are added',
      screen: 'every property key reaches event_properties unchanged; name and category are added',
      identify: 'every trait reaches user_properties once, unchanged, as a plain key or in one operation',
      group: 'every trait reaches group_properties unchanged',
      alias: 'the mapping carries the ids and nothing else',
    },
  },
  actions: {
    deviceIdOrder: () => ['context.device.id', 'anonymousId'],
    mapping: (message) =>
      withoutUndefined({ user_id: normaliseId(readPath(message, 'previousId')), global_user_id: normaliseId(readPath(message, 'userId')) }),
    session: (message, event) => actionsSession(message, event),
    sessionRule: 'session_id comes only from integrations["Actions Amplitude"].session_id, never a -1 default',
    conservation: {
      track: actionsEventConservation,
      page: actionsEventConservation,
      screen: actionsEventConservation,
      identify: actionsIdentifyConservation,
      group: groupConservation(false),
      alias: aliasConservation,
    },
    conservationRule: {
      track: 'every property key reaches the event\'s event_properties unchanged',
      page: 'every property key reaches event_properties unchanged',
      screen: 'every property key reaches event_properties unchanged',
      identify: 'every trait but those identifyUser merges reaches user_properties unchanged',
      group: 'every trait reaches group_properties unchanged',
      alias: 'the mapping carries the ids and nothing else',
    },
  },
}

/** `user_id` and `device_id` of every call, against the profile's rules. */
function expectIdentity(rules: ProfileRules, message: Data, settings: Partial<Settings>, calls: readonly AmplitudeCall[]): void {
  const userId = normaliseId(own(message, 'userId'))
  const deviceId = rules.deviceIdOrder(settings).map((path) => normaliseId(readPath(message, path))).find((id) => id !== undefined)
  for (const call of calls) {
    const payload = payloadOf(call)
    if (call.api === 'usermap') {
      expect(payload).toStrictEqual(rules.mapping(message))
    } else if (call.api === 'groupidentify') {
      expect(payload['user_id']).toBeUndefined()
      expect(payload['device_id']).toBeUndefined()
    } else {
      expect(payload['user_id'], 'user_id is userId').toBe(userId)
      expect(payload['device_id'], `device_id follows ${rules.deviceIdOrder(settings).join(', then ')}`).toBe(deviceId)
    }
  }
}

/** One row of the table. */
export interface CallContract {
  readonly profile: ProfileName
  readonly type: SegmentMessageType
  /** Valid messages of this call type. */
  readonly messages: Arbitrary<Data>
  /** Anything, mostly corrupted messages of this call type. */
  readonly hostile: Arbitrary<unknown>
  /** Settings anywhere in the option space, with `profile` forced to this row's. */
  readonly settings: Arbitrary<Partial<Settings>>
  readonly expectIdentity: (message: Data, settings: Partial<Settings>, calls: readonly AmplitudeCall[]) => void
  readonly sessionRule: string
  readonly expectSession: (message: unknown, calls: readonly AmplitudeCall[], issues: readonly Issue[]) => void
  readonly conservationRule: string
  readonly expectConservation: MessageRule
}

/**
 * Every (profile × call type) pair the library registers, with its rules.
 *
 * @example
 * CALL_CONTRACTS.map((c) => `${c.profile} × ${c.type}`) // ['classic × track', …, 'actions × alias']
 */
export const CALL_CONTRACTS: readonly CallContract[] = (Object.keys(PROFILES) as ProfileName[]).flatMap((profile) =>
  (Object.keys(PROFILES[profile].registry) as SegmentMessageType[]).map((type): CallContract => {
    const rules = PROFILE_RULES[profile]
    return {
      profile,
      type,
      messages: validMessages(type),
      hostile: hostileMessages(type),
      settings: arbSettings.map((settings) => ({ ...settings, profile })),
      expectIdentity: (message, settings, calls) => expectIdentity(rules, message, settings, calls),
      sessionRule: rules.sessionRule,
      expectSession: (message, calls, issues) => {
        for (const call of calls) if (call.api === 'event') rules.session(message, payloadOf(call), issues)
      },
      conservationRule: rules.conservationRule[type],
      expectConservation: rules.conservation[type],
    }
  }),
)
