import type { Issue } from '../issues/issue.js'
import type { AmplitudeCall } from '../models/amplitude/types.js'
import type { SegmentMessageOf, SegmentMessageType } from '../models/segment/types.js'
import type { ResolvedSettings } from '../settings/resolveSettings.js'

/**
 * What a call mapping gets besides its message: resolved settings, and the list it pushes
 * issues to (a mapping never throws for bad data; it reports and goes on).
 */
export interface MappingContext {
  readonly settings: ResolvedSettings
  readonly issues: Issue[]
}

/**
 * A call mapping: one Segment message type to Amplitude calls. Returning `undefined` means the
 * message failed (an `error` issue explains why); an empty array means "nothing to send" (an
 * `info` issue explains why).
 */
export type CallMapping<T extends SegmentMessageType> = (
  message: SegmentMessageOf<T>,
  context: MappingContext,
) => AmplitudeCall[] | undefined

/** One mapping per Segment call: the shape of every profile's registry. */
export type Registry = { readonly [T in SegmentMessageType]: CallMapping<T> }
