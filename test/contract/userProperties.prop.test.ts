/**
 * Classic user properties (SPEC section 3): never plain keys beside a `$` operation, each
 * property in exactly one operation, no empty operation and no empty `user_properties`; and, for
 * valid messages, exactly the object an oracle written here from SPEC sections 3 and 4 builds
 * (trait operations for identify, UTM and referrer operations for every call).
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { AmplitudeCall } from '../../src/models/amplitude/types.js'
import type { Settings } from '../../src/settings/settings.js'
import { arbHostileMessage, arbIdentify, arbPage, arbScreen, arbSettings, arbTrack } from '../../src/testing/index.js'
import { translate } from '../../src/translate.js'
import { payloadOf } from './payloadOf.js'
import { readPath } from './readPath.js'

type Data = Readonly<Record<string, unknown>>

const OPERATIONS: readonly string[] = ['$set', '$setOnce', '$add', '$append', '$prepend']

// One run in four increments `logins`, which the numeric-text variant below fills.
const classicSettings = fc
  .tuple(arbSettings, fc.nat({ max: 3 }))
  .map(([settings, roll]): Partial<Settings> => ({
    ...settings,
    ...(roll === 0 ? { traitsToIncrement: [...(settings.traitsToIncrement ?? []), 'logins'] } : {}),
    profile: 'classic',
  }))

/** Messages with user properties, and traits that sometimes use operation-like keys. */
const arbMessage = fc.oneof(
  { weight: 3, arbitrary: arbIdentify },
  { weight: 1, arbitrary: fc.oneof(arbTrack, arbPage, arbScreen) },
  {
    weight: 1,
    arbitrary: fc.tuple(arbIdentify, fc.constantFrom('$set', '$add', '$custom'), fc.integer()).map(([message, key, value]) => ({
      ...message,
      traits: { ...message.traits, [key]: value },
    })),
  },
  {
    weight: 1,
    // Text an increment may or may not read as a number: beyond the number range it is not one.
    arbitrary: fc.tuple(arbIdentify, fc.constantFrom('12', '-3.5', ' 7 ', '1e400', '-1e999', 'abc', '')).map(([message, logins]) => ({
      ...message,
      traits: { ...message.traits, logins },
    })),
  },
)

function isObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Where user properties are in a call: events and identifications (not group identifications). */
function userPropertiesOf(call: AmplitudeCall): unknown {
  return call.api === 'event' || call.api === 'identify' ? payloadOf(call)['user_properties'] : undefined
}

/** The structural rules, as a list of what breaks them (empty when none does). */
function shapeFaults(user: unknown): string[] {
  if (user === undefined) return []
  if (!isObject(user)) return ['user_properties is not an object']
  const keys = Object.keys(user)
  if (keys.length === 0) return ['user_properties is empty']
  const operations = keys.filter((key) => key.startsWith('$'))
  if (operations.length === 0) return []
  const faults: string[] = []
  if (operations.length !== keys.length) faults.push(`plain keys beside operations: ${keys.filter((k) => !k.startsWith('$')).join(', ')}`)
  const seen = new Map<string, string>()
  for (const operation of operations) {
    if (!OPERATIONS.includes(operation)) faults.push(`${operation} is not an operation Amplitude applies`)
    const values = user[operation]
    if (!isObject(values)) {
      faults.push(`${operation} is not an object`)
      continue
    }
    if (Object.keys(values).length === 0) faults.push(`${operation} is empty`)
    for (const property of Object.keys(values)) {
      const other = seen.get(property)
      if (other !== undefined) faults.push(`${property} is in ${other} and ${operation}`)
      seen.set(property, operation)
    }
  }
  return faults
}

const NUMERIC = /^\s*-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/
const UTM: readonly (readonly [string, string])[] = [
  ['source', 'utm_source'],
  ['medium', 'utm_medium'],
  ['name', 'utm_campaign'],
  ['term', 'utm_term'],
  ['content', 'utm_content'],
]

/** The operation a trait goes to (SPEC 3: increment, setOnce, append, prepend, then set). */
function operationOf(key: string, value: unknown, settings: Partial<Settings>): string {
  // Amplitude adds numbers; text beyond the number range ("1e400") is not one (JSON would send null).
  const increments = typeof value === 'number' || (typeof value === 'string' && NUMERIC.test(value) && Number.isFinite(Number(value)))
  if (increments && (settings.traitsToIncrement ?? []).includes(key)) return '$add'
  if ((settings.traitsToSetOnce ?? []).includes(key)) return '$setOnce'
  if ((settings.traitsToAppend ?? []).includes(key)) return '$append'
  if ((settings.traitsToPrepend ?? []).includes(key)) return '$prepend'
  return '$set'
}

/** SPEC sections 3 and 4, written out: the user_properties of a valid message's first call. */
function expectedUserProperties(message: Data, settings: Partial<Settings>): Data | undefined {
  const isIdentify = message['type'] === 'identify'
  const traits = readPath(message, isIdentify ? 'traits' : 'context.traits')
  const traitEntries = isObject(traits) ? Object.entries(traits) : []
  const fromContext: [string, string, string][] = []
  if (settings.trackUtmProperties ?? true) {
    for (const [from, to] of UTM) {
      const value = readPath(message, `context.campaign.${from}`)
      if (typeof value === 'string' && value !== '') fromContext.push(['$set', to, value], ['$setOnce', `initial_${to}`, value])
    }
  }
  const referrer = readPath(message, 'context.page.referrer')
  if ((settings.trackReferrer ?? false) && typeof referrer === 'string' && referrer !== '') {
    fromContext.push(['$set', 'referrer', referrer], ['$setOnce', 'initial_referrer', referrer])
    const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#]+)/i.exec(referrer)?.[1]
    if (host !== undefined) fromContext.push(['$set', 'referring_domain', host], ['$setOnce', 'initial_referring_domain', host])
  }
  const lists = isIdentify ? settings : {}
  const claimed = traitEntries.map(([key, value]) => [operationOf(key, value, lists), key, value] as const)
  const needsOperations = fromContext.length > 0 || claimed.some(([operation, key]) => operation !== '$set' || key.startsWith('$'))
  if (!needsOperations) return traitEntries.length === 0 ? undefined : Object.fromEntries(traitEntries)
  const operations: Record<string, Record<string, unknown>> = {}
  for (const [operation, key, value] of claimed) {
    ;(operations[operation] ??= {})[key] = operation === '$add' && typeof value === 'string' ? Number(value) : value
  }
  const traitKeys = new Set(traitEntries.map(([key]) => key))
  for (const [operation, key, value] of fromContext) if (!traitKeys.has(key)) (operations[operation] ??= {})[key] = value
  return Object.keys(operations).length === 0 ? undefined : operations
}

describe('classic user properties', () => {
  test('never a plain key beside a $ operation, each property in exactly one operation, nothing empty, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(arbMessage, arbHostileMessage), classicSettings, (message, settings) => {
        const result = translate(message, settings)
        if (!result.ok) return
        for (const call of result.calls) expect(shapeFaults(userPropertiesOf(call))).toStrictEqual([])
      }),
    )
  })

  test('are exactly what SPEC 3 and 4 build: traits by their first claiming rule, then UTM and referrer where no trait has the name', () => {
    fc.assert(
      fc.property(arbMessage, classicSettings, (message, settings) => {
        const result = translate(message, settings)
        if (!result.ok || result.calls.length === 0) return
        expect(userPropertiesOf(result.calls[0] as AmplitudeCall)).toStrictEqual(expectedUserProperties(message, settings))
      }),
    )
  })
})
