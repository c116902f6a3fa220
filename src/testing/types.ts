import type { SegmentMessageOf, SegmentMessageType } from '../models/segment/types.js'

/**
 * An id as senders put it on the wire, before `parseSegmentMessage` normalises it: a
 * string, a number (some back ends use numeric ids), or `null`. `""` and whitespace-only strings
 * count as absent.
 *
 * @example
 * const ids: GeneratedId[] = ['user_123', 42, null, '  ']
 */
export type GeneratedId = string | number | null

/**
 * A generated Segment message: the parsed `SegmentMessage` shape, except that its ids may
 * still be numbers, `null`, empty or whitespace (see {@link GeneratedId}), as they arrive.
 *
 * @example
 * const message: GeneratedMessage<'track'> = { type: 'track', event: 'Signed Up', userId: 42, anonymousId: null }
 */
export type GeneratedMessage<T extends SegmentMessageType = SegmentMessageType> = T extends SegmentMessageType
  ? {
      readonly [K in keyof SegmentMessageOf<T>]: K extends 'userId' | 'anonymousId' | 'messageId' | 'previousId' | 'groupId'
        ? SegmentMessageOf<T>[K] | GeneratedId
        : SegmentMessageOf<T>[K]
    }
  : never
