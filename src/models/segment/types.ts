/**
 * Segment Spec message types: one discriminated union on `type`.
 *
 * These describe a message after {@link parseSegmentMessage}: ids are non-empty strings, every
 * known field has the type the Segment Spec gives it, and fields the Spec does not name are kept
 * as they came (`unknown`). Properties and traits are plain data of any shape.
 */

/** Free-form data a message carries (`properties`, `traits`, custom context fields). */
export type SegmentData = Readonly<Record<string, unknown>>

/** `context.app`. */
export interface SegmentApp {
  readonly name?: string
  readonly version?: string
  readonly build?: string
  readonly namespace?: string
  readonly [key: string]: unknown
}

/** `context.campaign`: UTM parameters. */
export interface SegmentCampaign {
  readonly name?: string
  readonly source?: string
  readonly medium?: string
  readonly term?: string
  readonly content?: string
  readonly [key: string]: unknown
}

/** `context.device`. */
export interface SegmentDevice {
  readonly id?: string
  readonly advertisingId?: string
  readonly adTrackingEnabled?: boolean
  readonly manufacturer?: string
  readonly model?: string
  readonly brand?: string
  readonly name?: string
  readonly type?: string
  readonly token?: string
  readonly version?: string
  /** Legacy iOS field, read when `advertisingId` is absent. */
  readonly idfa?: string
  readonly [key: string]: unknown
}

/** `context.library`. */
export interface SegmentLibrary {
  readonly name?: string
  readonly version?: string
  readonly [key: string]: unknown
}

/** `context.location`. */
export interface SegmentLocation {
  readonly city?: string
  readonly country?: string
  readonly region?: string
  readonly latitude?: number
  readonly longitude?: number
  readonly speed?: number
  readonly [key: string]: unknown
}

/** `context.network`. */
export interface SegmentNetwork {
  readonly bluetooth?: boolean
  readonly carrier?: string
  readonly cellular?: boolean
  readonly wifi?: boolean
  readonly [key: string]: unknown
}

/** `context.os`. */
export interface SegmentOs {
  readonly name?: string
  readonly version?: string
  readonly [key: string]: unknown
}

/** `context.page`. */
export interface SegmentPageContext {
  readonly path?: string
  readonly referrer?: string
  readonly search?: string
  readonly title?: string
  readonly url?: string
  readonly [key: string]: unknown
}

/** `context.referrer`. */
export interface SegmentReferrer {
  readonly type?: string
  readonly name?: string
  readonly url?: string
  readonly link?: string
  readonly id?: string
  readonly [key: string]: unknown
}

/** `context.screen`. */
export interface SegmentScreen {
  readonly width?: number
  readonly height?: number
  readonly density?: number
  readonly [key: string]: unknown
}

/** `context.userAgentData`: the User-Agent Client Hints a browser reports. */
export interface SegmentUserAgentData {
  readonly brands?: readonly { readonly brand?: string; readonly version?: string }[]
  readonly mobile?: boolean
  readonly platform?: string
  readonly bitness?: string
  readonly model?: string
  readonly platformVersion?: string
  readonly uaFullVersion?: string
  readonly fullVersionList?: readonly { readonly brand?: string; readonly version?: string }[]
  readonly wow64?: boolean
  readonly [key: string]: unknown
}

/** The `context` object of the Segment Spec, every field optional. */
export interface SegmentContext {
  readonly active?: boolean
  readonly app?: SegmentApp
  readonly campaign?: SegmentCampaign
  readonly device?: SegmentDevice
  readonly ip?: string
  readonly library?: SegmentLibrary
  readonly locale?: string
  readonly location?: SegmentLocation
  readonly network?: SegmentNetwork
  readonly os?: SegmentOs
  readonly page?: SegmentPageContext
  readonly referrer?: SegmentReferrer
  readonly screen?: SegmentScreen
  readonly timezone?: string
  readonly traits?: SegmentData
  readonly userAgent?: string
  readonly userAgentData?: SegmentUserAgentData
  readonly groupId?: string
  readonly [key: string]: unknown
}

/**
 * The `integrations` object: destination names to `true`/`false` or an options object.
 * `Amplitude` (Classic) and `Actions Amplitude` (Actions) options are read by this library.
 */
export interface SegmentIntegrations {
  readonly All?: boolean
  readonly Amplitude?: boolean | SegmentData
  readonly 'Actions Amplitude'?: boolean | SegmentData
  readonly [destination: string]: unknown
}

/** The message types of the Segment Spec. */
export type SegmentMessageType = 'track' | 'identify' | 'page' | 'screen' | 'group' | 'alias'

/** Fields every Segment message may carry. */
export interface SegmentCommon {
  readonly userId?: string
  readonly anonymousId?: string
  readonly messageId?: string
  readonly timestamp?: string | number
  readonly originalTimestamp?: string | number
  readonly sentAt?: string | number
  readonly receivedAt?: string | number
  readonly context?: SegmentContext
  readonly integrations?: SegmentIntegrations
  readonly channel?: string
  readonly version?: number
}

/** A `track` call: the user did something. */
export interface SegmentTrack extends SegmentCommon {
  readonly type: 'track'
  readonly event: string
  readonly properties?: SegmentData
}

/** An `identify` call: who the user is. */
export interface SegmentIdentify extends SegmentCommon {
  readonly type: 'identify'
  readonly traits?: SegmentData
}

/** A `page` call: the user viewed a web page. */
export interface SegmentPage extends SegmentCommon {
  readonly type: 'page'
  readonly name?: string
  readonly category?: string
  readonly properties?: SegmentData
}

/** A `screen` call: the user viewed an app screen. */
export interface SegmentScreenView extends SegmentCommon {
  readonly type: 'screen'
  readonly name?: string
  readonly category?: string
  readonly properties?: SegmentData
}

/** A `group` call: the user belongs to an account, company or team. */
export interface SegmentGroup extends SegmentCommon {
  readonly type: 'group'
  readonly groupId?: string
  readonly traits?: SegmentData
}

/** An `alias` call: `previousId` and `userId` are the same person. */
export interface SegmentAlias extends SegmentCommon {
  readonly type: 'alias'
  readonly previousId?: string
}

/**
 * Any Segment Spec message, narrowed by `type`.
 *
 * @example
 * function eventName(message: SegmentMessage): string | undefined {
 *   return message.type === 'track' ? message.event : undefined
 * }
 */
export type SegmentMessage =
  | SegmentTrack
  | SegmentIdentify
  | SegmentPage
  | SegmentScreenView
  | SegmentGroup
  | SegmentAlias

/** The message type for a given `type` value. */
export type SegmentMessageOf<T extends SegmentMessageType> = Extract<SegmentMessage, { readonly type: T }>
