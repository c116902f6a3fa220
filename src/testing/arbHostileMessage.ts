import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import { arbHostileValue, arbProtoKeys } from './arbHostileValue.js'
import { arbSegmentMessage } from './arbSegmentMessage.js'
import { weighted } from './internal/fields.js'
import { containerAt, defineOwn, keysOf, type Workspace, workspaceOf } from './internal/mutate.js'

/** Fields a corruption may replace: every field some rule reads, and whole sections. */
const FIELD_PATHS = [
  'userId',
  'anonymousId',
  'messageId',
  'timestamp',
  'originalTimestamp',
  'event',
  'name',
  'category',
  'groupId',
  'previousId',
  'properties',
  'properties.revenue',
  'properties.total',
  'properties.price',
  'properties.quantity',
  'properties.currency',
  'properties.products',
  'properties.products.0',
  'properties.products.0.price',
  'properties.products.0.quantity',
  'properties.products.1.product_id',
  'properties.plan',
  'traits',
  'traits.email',
  'traits.logins',
  'traits.address',
  'traits.tags',
  'context',
  'context.device',
  'context.device.id',
  'context.device.advertisingId',
  'context.os',
  'context.os.name',
  'context.library',
  'context.library.name',
  'context.userAgent',
  'context.campaign',
  'context.campaign.source',
  'context.page',
  'context.page.referrer',
  'context.location.latitude',
  'context.traits',
  'context.traits.address',
  'context.locale',
  'context.ip',
  'integrations',
  'integrations.All',
  'integrations.Amplitude',
  'integrations.Amplitude.session_id',
  'integrations.Amplitude.event_id',
  'integrations.Amplitude.groups',
  'integrations.Amplitude.unmap',
  'integrations.Actions Amplitude',
  'integrations.Actions Amplitude.session_id',
] as const

/** Containers that may get prototype-named own keys or a reference back up the tree. */
const CONTAINER_PATHS = [
  '',
  'properties',
  'properties.products.0',
  'traits',
  'traits.address',
  'context',
  'context.traits',
  'context.device',
  'context.campaign',
  'integrations',
  'integrations.Amplitude',
  'integrations.Amplitude.groups',
] as const

type Corruption =
  | { readonly kind: 'set'; readonly path: string; readonly value: unknown }
  | { readonly kind: 'protoKeys'; readonly at: string; readonly keys: Record<string, unknown> }
  | { readonly kind: 'cycle'; readonly at: string; readonly key: string; readonly target: 'self' | 'root' }

const arbCorruption = weighted<Corruption>(
  [6, fc.record({ kind: fc.constant('set'), path: fc.constantFrom(...FIELD_PATHS), value: arbHostileValue }, { noNullPrototype: true })],
  [2, fc.record({ kind: fc.constant('protoKeys'), at: fc.constantFrom(...CONTAINER_PATHS), keys: arbProtoKeys }, { noNullPrototype: true })],
  [
    2,
    fc.record(
      {
        kind: fc.constant('cycle'),
        at: fc.constantFrom(...CONTAINER_PATHS),
        key: fc.constantFrom('self', 'parent', 'plan', '__proto__'),
        target: fc.constantFrom('self', 'root'),
      },
      { noNullPrototype: true },
    ),
  ],
)

function corrupt(workspace: Workspace, corruption: Corruption): void {
  switch (corruption.kind) {
    case 'set': {
      const keys = keysOf(corruption.path)
      const last = keys.pop()
      if (last !== undefined) defineOwn(containerAt(workspace, keys), last, corruption.value)
      return
    }
    case 'protoKeys': {
      const target = containerAt(workspace, keysOf(corruption.at))
      for (const key of Object.keys(corruption.keys)) defineOwn(target, key, corruption.keys[key])
      return
    }
    case 'cycle': {
      const target = containerAt(workspace, keysOf(corruption.at))
      defineOwn(target, corruption.key, corruption.target === 'self' ? target : workspace.root)
      return
    }
  }
}

/**
 * A valid-looking message (from {@link arbSegmentMessage}, `type` intact) with one to three
 * corruptions: a field replaced by an {@link arbHostileValue} (wrong type, `NaN`, `-0`, huge
 * string, deep nesting, …), `__proto__`/`constructor`/`prototype` own keys (from `JSON.parse`)
 * added to the message, `properties`, `traits`, `context` or integration options, or a circular
 * reference from one of those containers to itself or to the message. For totality tests: a
 * translator must not throw, hang or touch any prototype, whatever it makes of the message.
 *
 * Circular values cannot go through `JSON.stringify`, and values such as `Map` or `bigint`
 * cannot be compared to their JSON form; assert only what holds for any input.
 *
 * @example
 * import fc from 'fast-check'
 * import { test } from 'vitest'
 * import { arbHostileMessage } from 'segment-amplitude/testing'
 * import { translate } from 'segment-amplitude'
 *
 * test('translate never throws, even on corrupted messages', () => {
 *   fc.assert(fc.property(arbHostileMessage, (message) => void translate(message)))
 * })
 */
export const arbHostileMessage: Arbitrary<Record<string, unknown>> = fc
  .tuple(arbSegmentMessage, fc.array(arbCorruption, { minLength: 1, maxLength: 3 }))
  .map(([message, corruptions]) => {
    const workspace = workspaceOf(message)
    for (const corruption of corruptions) corrupt(workspace, corruption)
    // The type stays valid so that the call mappings, not only the parser, meet the corruption.
    defineOwn(workspace.root, 'type', message.type)
    return workspace.root
  })
