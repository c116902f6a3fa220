import type { Issue } from '../issues/issue.js'
import { joinPath } from '../issues/path.js'
import type { JsonObject, JsonValue } from '../models/json.js'
import type { UserProperties } from '../models/amplitude/types.js'
import { setOwn } from '../util/object.js'
import type { ContextOperations } from './campaign.js'

/** The trait-operation settings of identify, by the operation they select. */
export interface TraitOperationLists {
  readonly $add: readonly string[]
  readonly $setOnce: readonly string[]
  readonly $append: readonly string[]
  readonly $prepend: readonly string[]
}

/** Operations a trait can be sent with, in the order their rules claim a trait (SPEC section 3). */
const TRAIT_OPERATIONS = ['$add', '$setOnce', '$append', '$prepend'] as const
/** Output order: the order Amplitude applies operations in. */
const OUTPUT_ORDER = ['$set', '$setOnce', '$add', '$append', '$prepend'] as const
type Operation = (typeof OUTPUT_ORDER)[number]

const NUMERIC = /^\s*-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/

/**
 * Builds `user_properties` (SPEC section 3) from sanitised traits, the identify trait-operation
 * lists, and context operations (UTM, referrer). Without any operation the traits stay plain
 * keys (the same object, no copy). With one, every plain key moves under `$set`, since Amplitude
 * forbids mixing. Each property lands in exactly one operation: the first rule that claims it
 * wins (increment, setOnce, append, prepend, set; traits before context operations). No empty
 * operation and no empty result: `undefined` when there is nothing.
 *
 * @example
 * userProperties({ logins: 3, plan: 'pro' }, { $add: ['logins'], $setOnce: [], $append: [], $prepend: [] }, undefined, 'traits', issues)
 * // { $set: { plan: 'pro' }, $add: { logins: 3 } }
 */
export function userProperties(
  traits: JsonObject | undefined,
  lists: TraitOperationLists | undefined,
  context: ContextOperations | undefined,
  path: string,
  issues: Issue[],
): UserProperties | undefined {
  // The usual event: traits alone, sent as they are. Decided without a list of their keys.
  if (lists === undefined && context === undefined) {
    const plain = plainTraits(traits)
    if (plain !== null) return plain
  }
  const keys = traits === undefined ? [] : Object.keys(traits)
  const claims = lists === undefined ? undefined : claimedOperations(traits, keys, lists, path, issues)
  // A trait key that looks like an operation would be read as one: use operations then too.
  const needsOperations = context !== undefined || claims !== undefined || anyOperationLike(keys)
  if (!needsOperations) return keys.length === 0 ? undefined : traits

  const ops: Partial<Record<Operation, Record<string, JsonValue>>> = {}
  for (const key of keys) {
    const operation = claims?.get(key) ?? '$set'
    let value = (traits as JsonObject)[key] as JsonValue
    if (operation === '$add' && typeof value === 'string') value = Number(value)
    setOwn((ops[operation] ??= {}), key, value)
  }
  if (context !== undefined) {
    addContextOperation(ops, '$set', context.$set, traits, undefined, path, issues)
    addContextOperation(ops, '$setOnce', context.$setOnce, traits, context.$set, path, issues)
  }
  let result: Record<string, JsonObject> | undefined
  for (const operation of OUTPUT_ORDER) {
    const values = ops[operation]
    if (values !== undefined) (result ??= {})[operation] = values
  }
  return result
}

const isOwnEnumerable = Object.prototype.propertyIsEnumerable

// A context value is dropped when a trait (an own enumerable key, as Object.keys lists them) has
// claimed its key; a $setOnce value also when $set has it.
function addContextOperation(
  ops: Partial<Record<Operation, Record<string, JsonValue>>>,
  operation: '$set' | '$setOnce',
  values: Readonly<Record<string, string>>,
  traits: JsonObject | undefined,
  set: Readonly<Record<string, string>> | undefined,
  path: string,
  issues: Issue[],
): void {
  for (const key of Object.keys(values)) {
    if ((traits !== undefined && isOwnEnumerable.call(traits, key)) || (set !== undefined && isOwnEnumerable.call(set, key))) {
      issues.push({
        severity: 'info',
        code: 'user_property_conflict',
        path: joinPath(path, key),
        message: `trait ${key} is sent as given; the value derived from the context was not added`,
      })
      continue
    }
    setOwn((ops[operation] ??= {}), key, values[key])
  }
}

// The traits themselves (`undefined` when they have no key), or null when a key looks like an
// operation and they need the general path.
function plainTraits(traits: JsonObject | undefined): JsonObject | undefined | null {
  if (traits === undefined) return undefined
  let empty = true
  for (const key in traits) {
    if (!isOwnEnumerable.call(traits, key)) continue
    if (key.startsWith('$')) return null
    empty = false
  }
  return empty ? undefined : traits
}

function anyOperationLike(keys: readonly string[]): boolean {
  for (const key of keys) if (key.startsWith('$')) return true
  return false
}

function claimedOperations(
  traits: JsonObject | undefined,
  keys: readonly string[],
  lists: TraitOperationLists,
  path: string,
  issues: Issue[],
): Map<string, Operation> | undefined {
  if (traits === undefined) return undefined
  let claims: Map<string, Operation> | undefined
  for (const key of keys) {
    for (const operation of TRAIT_OPERATIONS) {
      if (!lists[operation].includes(key)) continue
      const value = traits[key]
      if (operation === '$add' && !isIncrement(value)) {
        issues.push({
          severity: 'warning',
          code: 'invalid_increment',
          path: joinPath(path, key),
          message: `trait ${key} is listed in traitsToIncrement but ${JSON.stringify(value)} is not a number; it was sent by the next matching rule`,
        })
        continue
      }
      ;(claims ??= new Map()).set(key, operation)
      break
    }
  }
  return claims
}

// A numeric string beyond the number range ("1e400") would become Infinity, which JSON sends as null.
function isIncrement(value: JsonValue | undefined): boolean {
  return typeof value === 'number' || (typeof value === 'string' && NUMERIC.test(value) && Number.isFinite(Number(value)))
}
