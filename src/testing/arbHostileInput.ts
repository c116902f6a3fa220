import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import { arbHostileMessage } from './arbHostileMessage.js'
import { arbHostileValue } from './arbHostileValue.js'
import { weighted } from './internal/fields.js'
import { defineOwn } from './internal/mutate.js'

const arbBadType = fc.constantFrom<unknown>(undefined, null, '', 'Track', 'TRACK', 'login', 'track ', 42, ['track'], { type: 'track' })

/**
 * Anything at all as a message: mostly {@link arbHostileMessage}s, then messages whose `type`
 * is missing or wrong (`'Track'`, `'login'`, `42`…), then non-messages (strings, numbers,
 * arrays, `null`, `undefined`, …). The input of "`translate` never throws, whatever `message` is".
 *
 * @example
 * import fc from 'fast-check'
 * import { arbHostileInput } from 'segment-amplitude/testing'
 * import { translate } from 'segment-amplitude'
 *
 * fc.assert(fc.property(arbHostileInput, (input) => {
 *   const result = translate(input)
 *   return result.ok || result.issues.some((issue) => issue.severity === 'error')
 * }))
 */
export const arbHostileInput: Arbitrary<unknown> = weighted<unknown>(
  [7, arbHostileMessage],
  [
    2,
    fc.tuple(arbHostileMessage, arbBadType).map(([message, type]) => {
      // A shallow copy: the generated message may be handed to this mapper again while shrinking.
      const copy: Record<string, unknown> = {}
      for (const key of Object.keys(message)) defineOwn(copy, key, message[key])
      if (type === undefined) delete copy['type']
      else defineOwn(copy, 'type', type)
      return copy
    }),
  ],
  [1, arbHostileValue],
)
