import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'
import type { SegmentContext } from '../../models/segment/types.js'
import type { GeneratedMessage } from '../types.js'
import { arbAnonymousId } from '../arbAnonymousId.js'
import { arbIntegrations } from '../arbIntegrations.js'
import { arbMessageId } from '../arbMessageId.js'
import { arbTimestamp } from '../arbTimestamp.js'
import { arbUserId } from '../arbUserId.js'
import { fields, optional } from './fields.js'
import { arbIdentity, type Identity } from './ids.js'

/** The fields every call shares. */
export type CommonFields = Omit<GeneratedMessage<'identify'>, 'type' | 'traits'>

function arbRest(context: Arbitrary<SegmentContext>): Arbitrary<CommonFields> {
  return fields<CommonFields>({
    messageId: optional(arbMessageId, 95),
    timestamp: optional(arbTimestamp, 90),
    originalTimestamp: optional(arbTimestamp, 50),
    sentAt: optional(arbTimestamp, 40),
    receivedAt: optional(arbTimestamp, 40),
    context: optional(context, 92),
    integrations: optional(arbIntegrations, 30),
    channel: optional(fc.constantFrom('client', 'server', 'browser', 'mobile'), 20),
    version: optional(fc.constantFrom(1, 2), 30),
  })
}

const defaultIdentity = arbIdentity(arbUserId, arbAnonymousId)

/**
 * The common fields of a valid message: an identity with at least one usable id, a messageId,
 * timestamps, and the given kind of context.
 */
export function arbCommon(context: Arbitrary<SegmentContext>, identity: Arbitrary<Identity> = defaultIdentity): Arbitrary<CommonFields> {
  return fc.tuple(identity, arbRest(context)).map(([ids, rest]) => ({ ...ids, ...rest }))
}
