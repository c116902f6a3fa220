// What our Actions profile must produce for a message, according to the oracle.
//
// Three things sit between the raw oracle run and that answer:
// 1. Segment's pipeline filters on the `integrations` object before the destination code runs;
//    the published package does not contain that step, so it is emulated here (SPEC section 2,
//    read with the key "Actions Amplitude").
// 2. Where Segment rejects the whole message because ajv cannot coerce one field, SPEC section 6
//    says we send the message without that field (and warn). The expected output is then the
//    oracle's output with that field's mapping removed, which is exactly "the same message
//    without the offending field" as Segment would have sent it. Each removal is listed in
//    `repairs`, so a reviewer sees why the calls differ from a plain run.
// 3. SPEC section 6's normalisation (decode.mjs).
import { comparable } from './decode.mjs'
import { runOracle, subscriptionsFor } from './oracle.mjs'

const MAX_REPAIR_ROUNDS = 4

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v)

/** Why Segment's pipeline would not hand the message to Actions Amplitude, or undefined. */
export function filteredUpstream(message) {
  const integrations = message.integrations
  if (!isObject(integrations)) return undefined
  const own = integrations['Actions Amplitude']
  if (own === false) return 'integrations["Actions Amplitude"] is false'
  if (integrations.All === false && !own) return 'integrations.All is false and "Actions Amplitude" is not enabled'
  return undefined
}

/**
 * Resolves to `{action, calls, requests, repairs?, rejected?, filtered?, raw}`:
 * - `calls`/`requests`: the normalised, decoded output our library must match;
 * - `repairs`: `[{field, source, reason}]` fields dropped because Segment rejected them;
 * - `rejected`: Segment's error when no repair applies (then `calls` is empty);
 * - `filtered`: why the pipeline would not deliver the message (then `calls` is empty);
 * - `raw`: the oracle's last run (`{requests, error?}`), for debugging.
 */
export async function expectedFor(message, settings = {}) {
  if (!isObject(message)) return { action: undefined, calls: [], requests: [], filtered: 'not an object' }
  const filtered = filteredUpstream(message)
  if (filtered !== undefined) return { action: undefined, calls: [], requests: [], filtered }

  let currentMessage = message
  let currentSettings = settings
  const repairs = []
  let productRepair = false
  for (let round = 0; ; round++) {
    const raw = await runOracle(currentMessage, currentSettings)
    if (raw.error === undefined) {
      const result = comparable(raw.requests, message)
      if (productRepair) restoreOrderProperties(result.calls, message)
      return { action: raw.action, ...result, ...(repairs.length ? { repairs } : {}), raw }
    }
    const plan = round < MAX_REPAIR_ROUNDS ? repairPlan(raw, currentMessage, currentSettings) : undefined
    if (plan === undefined) {
      return { action: raw.action, calls: [], requests: [], ...(repairs.length ? { repairs } : {}), rejected: raw.error, raw }
    }
    repairs.push(...plan.repairs)
    currentMessage = plan.message
    currentSettings = plan.settings
    productRepair ||= plan.productRepair
  }
}

/** Turns ajv's pointers into mapping removals (or product-item removals), or undefined. */
function repairPlan(raw, message, settings) {
  if (raw.error.name === 'TypeError' && message.context === null) {
    // actions-core reads context.personas by destructuring, which throws on a null context
    // before any mapping runs: every action fails. The offending field is the whole context.
    const { context: _null, ...withoutContext } = message
    return { message: withoutContext, settings, repairs: [{ field: 'context', source: 'context', reason: raw.error.message }], productRepair: false }
  }
  const errors = raw.error.errors
  if (raw.error.name !== 'AggregateAjvError' || !Array.isArray(errors) || errors.length === 0) return undefined
  const action = raw.action
  const subscription = subscriptionsFor(settings).find((s) => s.partnerAction === action)
  if (subscription === undefined) return undefined
  const mapping = subscription.mapping
  const overrides = { ...(settings.mapping?.[action] ?? {}) }
  let nextMessage = message
  let productRepair = false
  const repairs = []
  const removedNow = new Set()
  for (const { pointer, message: reason } of errors) {
    const [field, ...rest] = String(pointer ?? '').split('/').slice(1)
    if (field === undefined || field === '' || !(field in mapping)) return undefined
    if (field === 'products' && rest.length === 2 && action === 'logPurchase') {
      // Product items become events of their own, so only the item's offending key goes.
      const [index, key] = rest
      nextMessage = structuredClone(nextMessage)
      const item = nextMessage.properties?.products?.[Number(index)]
      if (!isObject(item) || !(key in item)) return undefined
      delete item[key]
      productRepair = true
      repairs.push({ field: pointer, source: `properties.products[${index}].${key}`, reason })
    } else if (rest.length === 1 && isObject(mapping[field]) && !('@path' in mapping[field])) {
      const { [rest[0]]: dropped, ...kept } = overrides[field] ?? mapping[field]
      if (dropped === undefined) return undefined
      overrides[field] = kept
      repairs.push({ field: pointer, source: sourceOf(dropped), reason })
    } else {
      if (removedNow.has(field)) continue
      // Removed in an earlier round and still rejected: nothing left to repair.
      if (overrides[field] === null) return undefined
      removedNow.add(field)
      overrides[field] = null
      repairs.push({ field: pointer, source: sourceOf(mapping[field]), reason })
    }
  }
  return {
    message: nextMessage,
    settings: { ...settings, mapping: { ...(settings.mapping ?? {}), [action]: overrides } },
    repairs,
    productRepair,
  }
}

function sourceOf(mappingValue) {
  if (isObject(mappingValue) && typeof mappingValue['@path'] === 'string') return mappingValue['@path'].replace(/^\$\./, '')
  if (isObject(mappingValue) && isObject(mappingValue['@if'])) return sourceOf(mappingValue['@if'].then)
  if (isObject(mappingValue) && Array.isArray(mappingValue['@arrayPath'])) return sourceOf({ '@path': mappingValue['@arrayPath'][0] })
  return JSON.stringify(mappingValue)
}

// The order event's event_properties is the raw `properties` object, which must keep the product
// key we removed only to stop Segment rejecting the message.
function restoreOrderProperties(calls, message) {
  const order = calls.find((c) => c.api === 'event' && c.event.event_type !== 'Product Purchased')
  if (order !== undefined && 'event_properties' in order.event) {
    order.event = { ...order.event, event_properties: JSON.parse(JSON.stringify(message.properties)) }
  }
}
