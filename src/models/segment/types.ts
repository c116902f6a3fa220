/**
 * Segment Spec message types: one discriminated union on `type`.
 *
 * These describe a message after {@link parseSegmentMessage}: ids are non-empty strings, every
 * known field has the type the Segment Spec gives it, and fields the Spec does not name are kept
 * as they came (`unknown`). Properties and traits are plain data of any shape.
 */

/**
 * Free-form data a message carries (`properties`, `traits`, custom context fields).
 *
 * @example
 * const properties: SegmentData = { title: 'Blue', plays: 3, tags: ['jazz'] }
 */
export type SegmentData = Readonly<Record<string, unknown>>

/**
 * `context.app`.
 *
 * @example
 * const app: SegmentApp = { name: 'Northwind', version: '2.3.4', build: '2034' }
 */
export interface SegmentApp {
  readonly name?: string
  readonly version?: string
  readonly build?: string
  readonly namespace?: string
  readonly [key: string]: unknown
}

/**
 * `context.campaign`: UTM parameters.
 *
 * @example
 * const campaign: SegmentCampaign = { source: 'newsletter', medium: 'email', name: 'spring_sale' }
 */
export interface SegmentCampaign {
  readonly name?: string
  readonly source?: string
  readonly medium?: string
  readonly term?: string
  readonly content?: string
  readonly [key: string]: unknown
}

/**
 * `context.device`.
 *
 * @example
 * const device: SegmentDevice = { id: 'device-123', type: 'ios', manufacturer: 'Apple', model: 'iPhone14,2' }
 */
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

/**
 * `context.library`: the Segment library that sent the message; it decides `platform`.
 *
 * @example
 * const library: SegmentLibrary = { name: 'analytics.js', version: '2.11.1' }
 */
export interface SegmentLibrary {
  readonly name?: string
  readonly version?: string
  readonly [key: string]: unknown
}

/**
 * `context.location`.
 *
 * @example
 * const location: SegmentLocation = { country: 'US', region: 'CA', city: 'San Francisco', latitude: 37.77, longitude: -122.42 }
 */
export interface SegmentLocation {
  readonly city?: string
  readonly country?: string
  readonly region?: string
  readonly latitude?: number
  readonly longitude?: number
  readonly speed?: number
  readonly [key: string]: unknown
}

/**
 * `context.network`.
 *
 * @example
 * const network: SegmentNetwork = { carrier: 'T-Mobile', wifi: false, cellular: true }
 */
export interface SegmentNetwork {
  readonly bluetooth?: boolean
  readonly carrier?: string
  readonly cellular?: boolean
  readonly wifi?: boolean
  readonly [key: string]: unknown
}

/**
 * `context.os`.
 *
 * @example
 * const os: SegmentOs = { name: 'iOS', version: '17.1' }
 */
export interface SegmentOs {
  readonly name?: string
  readonly version?: string
  readonly [key: string]: unknown
}

/**
 * `context.page`.
 *
 * @example
 * const page: SegmentPageContext = { path: '/pricing', referrer: 'https://www.google.com/', title: 'Pricing', url: 'https://example.com/pricing' }
 */
export interface SegmentPageContext {
  readonly path?: string
  readonly referrer?: string
  readonly search?: string
  readonly title?: string
  readonly url?: string
  readonly [key: string]: unknown
}

/**
 * `context.referrer`: the referrer of a mobile install or deep link.
 *
 * @example
 * const referrer: SegmentReferrer = { type: 'dataxu', id: '123456' }
 */
export interface SegmentReferrer {
  readonly type?: string
  readonly name?: string
  readonly url?: string
  readonly link?: string
  readonly id?: string
  readonly [key: string]: unknown
}

/**
 * `context.screen`.
 *
 * @example
 * const screen: SegmentScreen = { width: 390, height: 844, density: 3 }
 */
export interface SegmentScreen {
  readonly width?: number
  readonly height?: number
  readonly density?: number
  readonly [key: string]: unknown
}

/**
 * `context.userAgentData`: the User-Agent Client Hints a browser reports.
 *
 * @example
 * const hints: SegmentUserAgentData = { mobile: true, platform: 'Android', model: 'Pixel 7', platformVersion: '14.0.0' }
 */
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

/**
 * The `context` object of the Segment Spec, every field optional.
 *
 * @example
 * const context: SegmentContext = {
 *   ip: '203.0.113.7',
 *   locale: 'en-US',
 *   library: { name: 'analytics-ios', version: '4.1.8' },
 *   device: { id: 'device-123', type: 'ios' },
 *   os: { name: 'iOS', version: '17.1' },
 *   traits: { plan: 'pro' },
 * }
 */
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
 *
 * @example
 * const onlyAmplitude: SegmentIntegrations = { All: false, Amplitude: { session_id: 1714982603929 } }
 */
export interface SegmentIntegrations {
  readonly All?: boolean
  readonly Amplitude?: boolean | SegmentData
  readonly 'Actions Amplitude'?: boolean | SegmentData
  readonly [destination: string]: unknown
}

/**
 * The message types of the Segment Spec.
 *
 * @example
 * const types: readonly SegmentMessageType[] = ['track', 'identify', 'page', 'screen', 'group', 'alias']
 */
export type SegmentMessageType = 'track' | 'identify' | 'page' | 'screen' | 'group' | 'alias'

/**
 * Fields every Segment message may carry.
 *
 * @example
 * const common: SegmentCommon = {
 *   userId: 'user-123',
 *   anonymousId: 'anon-456',
 *   messageId: 'msg-1',
 *   timestamp: '2024-05-06T08:03:47.612Z',
 * }
 */
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

/**
 * A `track` call: the user did something.
 *
 * @example
 * const track: SegmentTrack = { type: 'track', event: 'Song Played', userId: 'user-123', properties: { title: 'Blue' } }
 */
export interface SegmentTrack extends SegmentCommon {
  readonly type: 'track'
  readonly event: string
  readonly properties?: SegmentData
}

/**
 * An `identify` call: who the user is.
 *
 * @example
 * const identify: SegmentIdentify = { type: 'identify', userId: 'user-123', traits: { plan: 'pro', logins: 3 } }
 */
export interface SegmentIdentify extends SegmentCommon {
  readonly type: 'identify'
  readonly traits?: SegmentData
}

/**
 * A `page` call: the user viewed a web page.
 *
 * @example
 * const page: SegmentPage = { type: 'page', anonymousId: 'anon-456', category: 'Docs', name: 'Pricing' }
 */
export interface SegmentPage extends SegmentCommon {
  readonly type: 'page'
  readonly name?: string
  readonly category?: string
  readonly properties?: SegmentData
}

/**
 * A `screen` call: the user viewed an app screen.
 *
 * @example
 * const screen: SegmentScreenView = { type: 'screen', userId: 'user-123', name: 'Settings' }
 */
export interface SegmentScreenView extends SegmentCommon {
  readonly type: 'screen'
  readonly name?: string
  readonly category?: string
  readonly properties?: SegmentData
}

/**
 * A `group` call: the user belongs to an account, company or team.
 *
 * @example
 * const group: SegmentGroup = { type: 'group', userId: 'user-123', groupId: 'acme', traits: { name: 'Acme', employees: 100 } }
 */
export interface SegmentGroup extends SegmentCommon {
  readonly type: 'group'
  readonly groupId?: string
  readonly traits?: SegmentData
}

/**
 * An `alias` call: `previousId` and `userId` are the same person.
 *
 * @example
 * const alias: SegmentAlias = { type: 'alias', previousId: 'anon-456', userId: 'user-123' }
 */
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

/**
 * The message type for a given `type` value.
 *
 * @example
 * function pageName(message: SegmentMessageOf<'page'>): string {
 *   return message.name ?? 'Loaded a Page'
 * }
 */
export type SegmentMessageOf<T extends SegmentMessageType> = Extract<SegmentMessage, { readonly type: T }>
