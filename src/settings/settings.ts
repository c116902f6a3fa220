import type { UserAgentParser } from '../fields/userAgentTypes.js'

/**
 * Translation settings (SPEC section 9), fully resolved. Pass a `Partial<Settings>` to
 * `translate`, or resolve once with {@link resolveSettings} to translate many messages cheaply.
 *
 * @example
 * const settings: Partial<Settings> = { trackAllPages: true, traitsToIncrement: ['logins'] }
 */
export interface Settings {
  /**
   * `'classic'`: Segment's Amplitude (Classic) destination, modernised to HTTP V2.
   * `'actions'`: Segment's Amplitude (Actions) destination with its quick-setup presets.
   * @defaultValue `'classic'`
   */
  readonly profile: 'classic' | 'actions'
  /**
   * Send every page/screen call (`Loaded a Page` when it has no name or category).
   * @defaultValue `false`
   */
  readonly trackAllPages: boolean
  /**
   * Send page/screen calls that have a name.
   * @defaultValue `true`
   */
  readonly trackNamedPages: boolean
  /**
   * Send page/screen calls that have a category.
   * @defaultValue `true`
   */
  readonly trackCategorizedPages: boolean
  /**
   * `context.campaign` becomes `$set` `utm_*` and `$setOnce` `initial_utm_*` user properties.
   * @defaultValue `true`
   */
  readonly trackUtmProperties: boolean
  /**
   * `context.page.referrer` becomes `$set` `referrer`/`referring_domain` and `$setOnce` `initial_*`.
   * @defaultValue `false`
   */
  readonly trackReferrer: boolean
  /**
   * `device_id` from `anonymousId` first, then `context.device.id` (the default is the reverse).
   * @defaultValue `false`
   */
  readonly preferAnonymousIdForDeviceId: boolean
  /**
   * Identify traits sent as `$add`.
   * @defaultValue `[]`
   */
  readonly traitsToIncrement: readonly string[]
  /**
   * Identify traits sent as `$setOnce`.
   * @defaultValue `[]`
   */
  readonly traitsToSetOnce: readonly string[]
  /**
   * Identify traits sent as `$append`.
   * @defaultValue `[]`
   */
  readonly traitsToAppend: readonly string[]
  /**
   * Identify traits sent as `$prepend`.
   * @defaultValue `[]`
   */
  readonly traitsToPrepend: readonly string[]
  /**
   * The group trait that names the Amplitude group type (with `groupValueTrait`).
   * @defaultValue unset
   */
  readonly groupTypeTrait: string | undefined
  /**
   * The group trait that holds the Amplitude group value (with `groupTypeTrait`).
   * @defaultValue unset
   */
  readonly groupValueTrait: string | undefined
  /**
   * Actions profile: the Amplitude group type of a group call.
   * @defaultValue `'[Segment] Group'`
   */
  readonly groupType: string
  /**
   * Order-completed events: book revenue on each `Product Purchased` event instead of the order.
   * @defaultValue `false`
   */
  readonly trackRevenuePerProduct: boolean
  /**
   * Order-completed events: keep `products` on the order event instead of fanning out.
   * @defaultValue `false`
   */
  readonly trackProductsOnce: boolean
  /**
   * Message paths (`context.page.title`) copied into every event's properties under a new name.
   * @defaultValue `{}`
   */
  readonly appendFieldsToEventProps: Readonly<Record<string, string>>
  /**
   * Parse `context.userAgent` of web traffic into OS and device fields.
   * @defaultValue `true`
   */
  readonly userAgentParsing: boolean
  /**
   * The user-agent parser.
   * @defaultValue the built-in parser
   */
  readonly parseUserAgent: UserAgentParser
}
