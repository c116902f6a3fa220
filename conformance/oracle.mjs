// The oracle: Segment's published Amplitude (Actions) destination (@segment/action-destinations
// 3.497.0 on @segment/actions-core 3.170.0), run in-process with no network.
//
// Messages enter through `destination.onEvent`, Segment's production entry point, with the
// quick-setup presets as subscriptions (FQL matching, mapping-kit, removeEmptyValues, ajv and
// the action's perform all run for real). The only thing replaced is the network call at the very
// bottom of actions-core's request client: its `fetch` becomes a recorder, so the real client still
// builds the request (JSON or URLSearchParams body, user-agent header, content type).
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

const coreEntry = require.resolve('@segment/actions-core')
const core = require(coreEntry)
// actions-core's `exports` map hides ./fetch; an absolute path reaches the same module instance.
const coreFetch = require(join(dirname(coreEntry), 'fetch.js'))
const { parseFql, validate } = require('@segment/destination-subscriptions')
const amplitude = require(
  join(dirname(require.resolve('@segment/action-destinations/package.json')), 'dist/destinations/amplitude/index.js'),
).default

/** Subscriptions no preset provides, configured the way SPEC section 6 says a customer would. */
function extraSubscriptions(groupType) {
  const { defaultValues } = core
  return [
    {
      name: 'Group Calls (not a preset: group_type is the groupType setting, group_value the groupId)',
      subscribe: 'type = "group"',
      partnerAction: 'groupIdentifyUser',
      mapping: {
        ...defaultValues(amplitude.actions.groupIdentifyUser.fields),
        group_type: groupType,
        group_value: { '@path': '$.groupId' },
      },
    },
    {
      name: 'Alias Calls (not a preset: mapUser with its defaults)',
      subscribe: 'type = "alias"',
      partnerAction: 'mapUser',
      mapping: core.defaultValues(amplitude.actions.mapUser.fields),
    },
  ]
}

const EVENT_ACTIONS = new Set(['logEvent', 'logEventV2', 'logPurchase'])
const UA_ACTIONS = new Set(['logEvent', 'logEventV2', 'logPurchase', 'identifyUser'])

/**
 * The subscriptions a new customer gets (presets), plus group and alias, with our library's
 * settings expressed as the mapping fields Segment uses for the same thing.
 */
export function subscriptionsFor(settings = {}) {
  const groupType = settings.groupType ?? '[Segment] Group'
  const presets = amplitude.presets.filter((p) => p.partnerAction in amplitude.actions)
  return [...presets, ...extraSubscriptions(groupType)].map((sub) => {
    const action = sub.partnerAction
    const mapping = { ...sub.mapping }
    if (settings.useBatchEndpoint === true && EVENT_ACTIONS.has(action)) mapping.use_batch_endpoint = true
    if (settings.userAgentParsing === false && UA_ACTIONS.has(action)) mapping.userAgentParsing = false
    if (settings.trackRevenuePerProduct === true && action === 'logPurchase') mapping.trackRevenuePerProduct = true
    // Amplitude's default minimum id length is 5; our requests only send options when it differs.
    if (settings.minIdLength !== undefined && settings.minIdLength !== 5) mapping.min_id_length = settings.minIdLength
    const extra = settings.mapping?.[action]
    if (extra) {
      for (const [key, value] of Object.entries(extra)) {
        if (value === null) delete mapping[key]
        else mapping[key] = value
      }
    }
    return { subscribe: sub.subscribe, partnerAction: action, mapping, name: sub.name }
  })
}

/** Which action the presets route a message to (undefined: not subscribed). */
export function routeOf(message, settings = {}) {
  for (const sub of subscriptionsFor(settings)) {
    const parsed = parseFql(sub.subscribe)
    if (!parsed.error && validate(parsed, message)) return sub.partnerAction
  }
  return undefined
}

let capture = null

coreFetch.default = async (request) => {
  const headers = {}
  request.headers.forEach((value, key) => {
    headers[key] = value
  })
  const body = await request.text()
  if (capture === null) throw new Error('oracle: a request was made outside a run')
  capture.push({ method: request.method, url: request.url, headers, body })
  return new coreFetch.Response('{}', { status: 200, headers: { 'content-type': 'application/json' } })
}

const destination = new core.Destination(amplitude)
let queue = Promise.resolve()

/**
 * Runs one message through Segment's destination.
 *
 * settings: our library's names — apiKey, region ('us' | 'eu'), groupType, useBatchEndpoint,
 * minIdLength, userAgentParsing, trackRevenuePerProduct — plus `mapping: {<action>: {field: value
 * | null}}` to override (null: remove) Actions mapping fields that our settings cannot express.
 *
 * Resolves to `{action, requests: [{method, url, headers, body}], error?: {name, message, errors?}}`.
 * Runs are serialised because the recorder is global.
 */
export function runOracle(message, settings = {}) {
  const run = queue.then(() => runNow(message, settings))
  queue = run.catch(() => undefined)
  return run
}

async function runNow(message, settings) {
  const subscriptions = subscriptionsFor(settings)
  const destinationSettings = {
    apiKey: settings.apiKey ?? 'conformance-api-key',
    secretKey: 'conformance-secret-key',
    endpoint: settings.region === 'eu' ? 'europe' : 'north_america',
    subscriptions,
  }
  const action = routeOf(message, settings)
  capture = []
  try {
    // onEvent mutates nothing we pass, but the message is ours to keep intact for the caller.
    await destination.onEvent(structuredClone(message), destinationSettings)
    return { action, requests: capture }
  } catch (error) {
    return { action, requests: capture, error: describeError(error) }
  } finally {
    capture = null
  }
}

function describeError(error) {
  const described = { name: error?.name ?? 'Error', message: String(error?.message ?? error) }
  if (Array.isArray(error?.errors)) {
    described.errors = error.errors.map((e) => ({ pointer: e.pointer, message: e.message }))
  }
  return described
}

export const ORACLE_VERSIONS = {
  '@segment/action-destinations': require('@segment/action-destinations/package.json').version,
  '@segment/actions-core': require(join(dirname(coreEntry), '../../package.json')).version,
}
