// Generates docs/mappings/<call>.md: a hand-written field table per Segment call, then a golden
// section rendered from the example fixtures in test/golden/classic, so a change in output shows
// up as a readable diff in review. Run: npx tsx scripts/gen-mapping-docs.ts (--check to verify).
import { readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { translate } from '../src/translate.js'
import type { GoldenCase } from '../test/golden/goldenCase.js'
import { CLASSIC_GOLDEN } from '../test/golden/classic/index.js'
import { STUB_USER_AGENTS, stubUserAgentParser } from '../test/golden/userAgentStub.js'

/** The Segment calls that get a mapping page. */
export const MAPPING_DOC_CALLS = ['track', 'page', 'screen', 'identify', 'group', 'alias'] as const
export type MappingDocCall = (typeof MAPPING_DOC_CALLS)[number]

export const GOLDEN_START = '<!-- golden:start -->'
export const GOLDEN_END = '<!-- golden:end -->'

/** [Amplitude field, Segment source, fallback, notes] */
type Row = readonly [string, string, string, string]

function table(rows: readonly Row[], head: Row = ['Amplitude field', 'Segment source', 'Fallback', 'Notes']): string {
  const line = (cells: Row): string => `| ${cells.join(' | ')} |`
  return [line(head), line(['---', '---', '---', '---']), ...rows.map(line)].join('\n')
}

const ID_ROWS: readonly Row[] = [
  ['`user_id`', '`userId`', '', 'A number becomes its decimal string; `null`, `""` and whitespace-only ids are absent.'],
  [
    '`device_id`',
    '`context.device.id`',
    '`anonymousId`',
    'With `preferAnonymousIdForDeviceId`, `anonymousId` first. An empty value falls through to the next. Neither `user_id` nor `device_id`: error `missing_identity`.',
  ],
]

const DEVICE_ROWS: readonly Row[] = [
  [
    '`platform`',
    '`context.library.name`',
    '`context.device.type`',
    '`analytics.js` → `Web`; `analytics-ios`, `analytics-swift` → `iOS`; `analytics-android`, `analytics-kotlin` → `Android`. A device type `ios`/`android`/`web` (any case) is normalised, any other is sent as given. Else omitted.',
  ],
  ['`app_version`', '`context.app.version`', '', ''],
  ['`os_name`', '`context.os.name`', 'web: the user agent’s browser name', 'User-agent fields apply only when `platform` is `Web` and `userAgentParsing` is on, and fill only what the context left empty.'],
  ['`os_version`', '`context.os.version`', 'web: the browser’s major version', ''],
  ['`device_model`', '`context.device.model`', 'web: the user agent’s OS name', 'Amplitude’s browser SDK convention, which Classic used.'],
  ['`device_manufacturer`', '`context.device.manufacturer`', 'web: the user agent’s device vendor', ''],
  ['`device_brand`', '`context.device.brand`', '', ''],
  ['`carrier`', '`context.network.carrier`', '', ''],
]

function locationRows(address: string): readonly Row[] {
  return [
    ['`country`', '`context.location.country`', `\`${address}.country\``, 'No country is guessed from the locale: Amplitude geolocates.'],
    ['`region`', '`context.location.region`', `\`${address}.region\`, then \`${address}.state\``, ''],
    ['`city`', '`context.location.city`', `\`${address}.city\``, ''],
    ['`dma`', '', '', 'Not mapped.'],
    ['`language`', '`context.locale`', '', 'Unchanged (`en-US`); Amplitude turns it into a language name.'],
  ]
}

const EVENT_ONLY_ROWS: readonly Row[] = [
  ['`location_lat`, `location_lng`', '`context.location.latitude`, `.longitude`', '', 'Numeric strings become numbers; anything else is dropped with a warning.'],
  ['`ip`', '`context.ip`', '', 'Never `$remote`: the sender is a server.'],
  [
    '`idfa`',
    '`context.device.advertisingId`',
    '`context.device.idfa`',
    'When the OS is iOS: `context.os.name` `iOS`, `iPadOS` or `iPhone OS` (any case), else the platform when there is no OS name.',
  ],
  ['`adid`', '`context.device.advertisingId`', '`context.device.idfa`', 'When the OS is Android (same rule).'],
  ['`idfv`', '`context.device.id`', '', 'When the OS is iOS, whatever `device_id` was taken from.'],
]

const SHARED_EVENT_ROWS: readonly Row[] = [
  [
    '`time`',
    '`timestamp`',
    '`originalTimestamp`',
    'ISO 8601 → epoch ms (a zone-less string is UTC); a number already is ms (a fraction is floored, with a warning). An invalid value warns and the next source is tried; none valid → omitted.',
  ],
  ['`insert_id`', '`messageId`', '', 'Product events: `messageId-1`, `messageId-2`, … by product position.'],
  [
    '`session_id`',
    '`integrations.Amplitude.session_id`',
    '`-1`',
    'A number, a digit string or an ISO date (→ epoch ms). Anything else warns and the event is out of session (`-1`).',
  ],
  ['`event_id`', '`integrations.Amplitude.event_id`', '', 'An integer (a digit string is read as one); anything else warns.'],
  ['`library`', '', '', 'Always `segment`.'],
]

const GROUPS_ROW: Row = [
  '`groups`',
  '`integrations.Amplitude.groups`',
  '',
  'An object of group type → name or list of names; numbers become strings; anything else warns and is left out.',
]

function userPropertiesRow(source: string, extra: string): Row {
  return [
    '`user_properties`',
    source,
    '',
    `${extra}With \`trackUtmProperties\` (default on), \`context.campaign\` adds \`$set\` \`utm_*\` and \`$setOnce\` \`initial_utm_*\`; with \`trackReferrer\`, \`context.page.referrer\` adds \`$set\` \`referrer\`, \`referring_domain\` and \`$setOnce\` \`initial_*\`. With any operation, plain keys move under \`$set\`; the first rule claiming a property wins. No empty operation and no empty \`user_properties\`; no \`id\` is added.`,
  ]
}

const GATING = `A message is not for Amplitude (\`ok: true\`, no calls, an \`info\` issue \`not_for_amplitude\`) when
\`integrations.Amplitude\` is \`false\`, or \`integrations.All\` is \`false\` and \`integrations.Amplitude\` is
not truthy.`

function eventTable(eventType: Row, properties: Row, address: string): string {
  return table([
    ...ID_ROWS,
    eventType,
    ...SHARED_EVENT_ROWS,
    ...DEVICE_ROWS,
    ...locationRows(address),
    ...EVENT_ONLY_ROWS,
    GROUPS_ROW,
    properties,
    userPropertiesRow('`context.traits`', ''),
  ])
}

const LOSSLESS = 'Unchanged: nothing Classic used to delete is deleted. Omitted when empty.'

const REVENUE_TABLE = table([
  [
    '`revenue`',
    '`properties.revenue`',
    'order-completed events: `properties.total`',
    'A number, or a string with `$`, `,` and spaces stripped. 0, missing or empty → no revenue; unparseable → no revenue and a warning. Negative revenue is kept. Order-completed: `Order Completed` or `Completed Order`, any case, words joined by spaces or `_`.',
  ],
  ['`price`, `quantity`', '`properties.price`, `properties.quantity`', '', 'Only with revenue, and only when both are numbers; a non-integer quantity warns and neither is sent.'],
  ['`productId`', '`properties.productId`', '`properties.product_id`', 'Only with revenue.'],
  ['`revenueType`', '`properties.revenueType`', '`properties.revenue_type`', 'Only with revenue; `Purchase` by default on order-completed events.'],
  ['`currency`', '`properties.currency`', '', 'Only with revenue.'],
])

const PRODUCTS_TABLE = `| \`trackProductsOnce\` | \`trackRevenuePerProduct\` | order event | product events |
| --- | --- | --- | --- |
| false (default) | false (default) | \`products\` removed, order revenue | one \`Product Purchased\` per product, properties = the product |
| false | true | \`products\` removed, no revenue | one per product, each with its own revenue |
| true | false | \`products\` kept, order revenue | none |
| true | true | \`products\` kept, no revenue | one per product with its own revenue |

A product's own revenue: \`revenue\` = price × quantity, \`price\`, \`quantity\`, \`productId\` (the product's
\`product_id\`, else \`productId\`), \`revenueType\` (the order's, else \`Purchase\`), \`currency\` (the order's).
A product without a number price and an integer quantity carries no revenue fields. Product events
carry the order event's fields (ids, \`time\`, \`session_id\`, device fields, \`groups\`,
\`user_properties\`, \`event_id\`), \`insert_id\` suffixed by position, and the product as
\`event_properties\` (plus \`appendFieldsToEventProps\`). A \`products\` value that is not an array, or a
product that is not an object, warns and is not fanned out. Calls come in order: the order event,
then its product events in product order.`

const VIEW_GATES = (noun: string): string => `Sent only if \`trackAllPages\`, or \`trackCategorizedPages\` and a category, or \`trackNamedPages\` and a
name (defaults: false, true, true); otherwise \`ok: true\`, no calls and an \`info\` issue
\`view_not_tracked\`. A whitespace-only name or category counts as none. One event per call.`
  + (noun === 'Screen' ? '' : ' Page calls never carry revenue fields.')

function viewEventType(noun: string): Row {
  return [
    '`event_type`',
    '`category` and `name`',
    `\`Loaded a ${noun}\``,
    `\`Viewed {category} {name} ${noun}\` with the non-empty ones joined by a space; \`Loaded a ${noun}\` when there is neither.`,
  ]
}

function viewProperties(): Row {
  return ['`event_properties`', '`properties`', '', `${LOSSLESS.replace(' Omitted when empty.', '')} Plus \`name\` and \`category\` when present (they replace different values, with a warning), plus \`appendFieldsToEventProps\`. Omitted when empty.`]
}

const TABLES: Readonly<Record<MappingDocCall, string>> = {
  track: `# \`track\` → Amplitude event

One \`event\` call (HTTP V2 / Batch API) per track call, plus \`Product Purchased\` events for
completed orders (below). ${GATING}

${eventTable(
  ['`event_type`', '`event`', '', 'A number becomes its decimal string; a missing or empty name is error `missing_event`.'],
  ['`event_properties`', '`properties`', '', `${LOSSLESS.replace(' Omitted when empty.', '')} Plus \`appendFieldsToEventProps\` (an existing property is kept, with a warning). Omitted when empty.`],
  'context.traits.address',
)}

## Revenue (\`logRevenueV2\` fields)

${REVENUE_TABLE}

\`event_properties\` keep every revenue property (lossless).

## Completed orders and products

${PRODUCTS_TABLE}`,

  page: `# \`page\` → Amplitude event

${VIEW_GATES('Page')} ${GATING}

${eventTable(viewEventType('Page'), viewProperties(), 'context.traits.address')}`,

  screen: `# \`screen\` → Amplitude event

The page rules, named \`… Screen\`. ${VIEW_GATES('Screen')} ${GATING}

${eventTable(viewEventType('Screen'), viewProperties(), 'context.traits.address')}`,

  identify: `# \`identify\` → Amplitude Identify API

One \`identify\` call carrying only the keys the Identify API accepts (no \`time\`, \`insert_id\`,
\`session_id\`, \`library\`, \`ip\`, coordinates or advertising ids). ${GATING}

${table([
  ...ID_ROWS,
  userPropertiesRow(
    '`traits`',
    '`traitsToIncrement` → `$add` (numeric strings become numbers; a non-number warns and falls to the next rule), `traitsToSetOnce` → `$setOnce`, `traitsToAppend` → `$append`, `traitsToPrepend` → `$prepend`, in that order of precedence; the rest under `$set`. Without any operation the traits stay plain keys. ',
  ),
  GROUPS_ROW,
  ...DEVICE_ROWS,
  ...locationRows('traits.address'),
  ['`paying`', '`integrations.Amplitude.paying`', '', 'As given.'],
  ['`start_version`', '`integrations.Amplitude.start_version`', '', 'As given.'],
])}`,

  group: `# \`group\` → Amplitude Identify and Group Identify APIs

Two calls, in this order: an \`identify\` call that makes the user a member of the group, and, when
the group has traits, a \`groupidentify\` call. ${GATING}

The group type and value are \`traits[groupTypeTrait]\` and \`traits[groupValueTrait]\` when both
settings are set and both traits are non-empty (a number becomes a string); otherwise the type is
\`[Segment] Group\` and the value \`groupId\`. No value: error \`missing_group_id\`.

## Membership (\`identify\`)

${table([
  ...ID_ROWS,
  ['`groups`', 'group type and value', '', '`{ [type]: value }`'],
  ['`user_properties`', 'group type and value', '', '`{ [type]: value }`'],
])}

## Group properties (\`groupidentify\`)

${table([
  ['`group_type`', 'group type', '', ''],
  ['`group_value`', 'group value', '', ''],
  ['`group_properties`', '`traits`', '', 'All the traits as given, the type and value traits included. No traits (or empty traits): no `groupidentify` call.'],
])}`,

  alias: `# \`alias\` → Amplitude User Mapping API

One \`usermap\` call. An alias needs no \`anonymousId\` or device id. ${GATING}

${table([
  ['`user_id`', '`previousId`', '', 'Missing: error `missing_previous_id`.'],
  ['`global_user_id`', '`userId`', '', 'Missing: error `missing_user_id`.'],
  [
    '`unmap`',
    '`integrations.Amplitude.unmap`',
    '',
    'A string: `{user_id: <that string>, unmap: true}`; `true`: the same with `previousId` (missing: error `missing_previous_id`); `false`: ignored; anything else: error `invalid_option`.',
  ],
])}`,
}

/** Which fixture files feed each page's golden section. */
const GOLDEN_SOURCES: Readonly<Record<MappingDocCall, readonly string[]>> = {
  track: ['track', 'revenue'],
  page: ['page'],
  screen: ['screen'],
  identify: ['identify'],
  group: ['group'],
  alias: ['alias'],
}

const WIDTH = 100

function replacer(_key: string, item: unknown): unknown {
  if (item === stubUserAgentParser) return '[the stub parser below]'
  return typeof item === 'function' ? '[a custom function]' : item
}

// JSON that keeps an object or array on one line when it fits, so that the pages stay readable.
function json(value: unknown): string {
  return layout(JSON.parse(JSON.stringify(value, replacer)) as unknown, '')
}

function oneLine(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`
  const object = value as Record<string, unknown>
  const keys = Object.keys(object)
  return keys.length === 0 ? '{}' : `{ ${keys.map((key) => `${JSON.stringify(key)}: ${oneLine(object[key])}`).join(', ')} }`
}

function layout(value: unknown, indent: string): string {
  const flat = oneLine(value)
  if (typeof value !== 'object' || value === null || indent.length + flat.length <= WIDTH) return flat
  const inner = `${indent}  `
  if (Array.isArray(value)) return `[\n${value.map((item) => inner + layout(item, inner)).join(',\n')}\n${indent}]`
  const object = value as Record<string, unknown>
  const entries = Object.keys(object).map((key) => `${inner}${JSON.stringify(key)}: ${layout(object[key], inner)}`)
  return `{\n${entries.join(',\n')}\n${indent}}`
}

function renderCase(golden: GoldenCase): string {
  const parts = [`### ${golden.name}`, '']
  if (golden.settings !== undefined) parts.push('Settings:', '', '```json', json(golden.settings), '```', '')
  parts.push('Message:', '', '```json', json(golden.message), '```', '')
  if (golden.expected.ok) {
    // The test pins translate's output to the fixture's expected calls; showing the output itself
    // keeps the keys in the order they go over the wire.
    const result = translate(golden.message, golden.settings)
    const calls = result.ok ? result.calls : (golden.expected.calls ?? [])
    if (calls.length === 0) parts.push('Result: `ok: true`, no calls.', '')
    else parts.push(`Result: \`ok: true\`, ${calls.length === 1 ? 'one call' : `${calls.length} calls`}:`, '', '```json', json(calls), '```', '')
  } else {
    parts.push('Result: `ok: false`, no calls.', '')
  }
  const issues = golden.expected.issues ?? []
  if (issues.length > 0) {
    parts.push('Issues:', '', ...issues.map((issue) => `- ${issue.severity} \`${issue.code}\` at \`${issue.path || '(message)'}\``), '')
  }
  return parts.join('\n')
}

function stubNote(cases: readonly GoldenCase[]): string {
  if (!cases.some((golden) => golden.settings?.parseUserAgent === stubUserAgentParser)) return ''
  const rows = Object.entries(STUB_USER_AGENTS).map(([ua, info]) => `- \`${ua}\` → \`${JSON.stringify(info)}\``)
  return ['Cases with a user agent pass a stub `parseUserAgent` (test/golden/userAgentStub.ts), so that they do not depend on the built-in parser. It answers:', '', ...rows, '', ''].join('\n')
}

/**
 * The full text of docs/mappings/<call>.md: the field table, then the golden examples between
 * the golden markers.
 *
 * @example
 * renderMappingDoc('alias').startsWith('<!-- Generated') // true
 */
export function renderMappingDoc(call: MappingDocCall): string {
  const cases = GOLDEN_SOURCES[call].flatMap((file) => CLASSIC_GOLDEN[file] ?? [])
  return [
    '<!-- Generated by scripts/gen-mapping-docs.ts from its tables and test/golden/classic; do not edit. Run: npx tsx scripts/gen-mapping-docs.ts -->',
    '',
    TABLES[call],
    '',
    '## Examples',
    '',
    `Every example is a test (test/golden/classic.test.ts) that pins the exact output of \`translate\` with the Classic profile (${cases.length} of them). Issues are listed as severity, code and path; their messages are free text.`,
    '',
    GOLDEN_START,
    '',
    stubNote(cases) + cases.map(renderCase).join('\n'),
    GOLDEN_END,
    '',
  ].join('\n')
}

/** The path of a call's mapping page, relative to the repository root. */
export function mappingDocPath(call: MappingDocCall): string {
  return `docs/mappings/${call}.md`
}

function main(argv: readonly string[]): number {
  const root = new URL('../', import.meta.url)
  const check = argv.includes('--check')
  let stale = 0
  for (const call of MAPPING_DOC_CALLS) {
    const file = new URL(mappingDocPath(call), root)
    const text = renderMappingDoc(call)
    if (check) {
      let current = ''
      try {
        current = readFileSync(file, 'utf8')
      } catch {
        // A missing page is stale too.
      }
      if (current !== text) {
        stale++
        console.error(`${mappingDocPath(call)} is stale`)
      }
    } else {
      writeFileSync(file, text)
      console.log(`wrote ${mappingDocPath(call)}`)
    }
  }
  if (stale > 0) console.error('Run: npx tsx scripts/gen-mapping-docs.ts')
  return stale > 0 ? 1 : 0
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2))
}
