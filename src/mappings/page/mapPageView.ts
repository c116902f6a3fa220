import type { AmplitudeEvent } from '../../models/amplitude/types.js'
import type { JsonObject } from '../../models/json.js'
import { classicEventBase, eventProperties } from '../../fields/eventBase.js'
import type { SegmentPage, SegmentScreenView } from '../../models/segment/types.js'
import type { ResolvedSettings } from '../../settings/resolveSettings.js'
import type { CallMapping, MappingContext } from '../types.js'
import type { AmplitudeCall } from '../../models/amplitude/types.js'
import { hasKeys, setOwn } from '../../util/object.js'

/**
 * Whether a page or screen passes the three gates (SPEC section 4): `trackAllPages`, or
 * `trackCategorizedPages` and a category, or `trackNamedPages` and a name.
 *
 * @example
 * isViewTracked({ name: 'Home' }, resolveSettings()) // true
 */
export function isViewTracked(view: { readonly name?: string; readonly category?: string }, settings: ResolvedSettings): boolean {
  return (
    settings.trackAllPages ||
    (settings.trackCategorizedPages && nonEmpty(view.category)) ||
    (settings.trackNamedPages && nonEmpty(view.name))
  )
}

function nonEmpty(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== ''
}

/**
 * The Classic event type of a page or screen: `Viewed {category name} Page`, or `Loaded a Page`
 * when it has neither (`Screen` for screens).
 *
 * @example
 * viewEventType({ name: 'Settings', category: 'Merchant' }, 'Page') // 'Viewed Merchant Settings Page'
 * viewEventType({}, 'Screen') // 'Loaded a Screen'
 */
export function viewEventType(view: { readonly name?: string; readonly category?: string }, noun: 'Page' | 'Screen'): string {
  const category = nonEmpty(view.category) ? view.category : undefined
  const name = nonEmpty(view.name) ? view.name : undefined
  if (category === undefined && name === undefined) return `Loaded a ${noun}`
  const words = category === undefined ? name : name === undefined ? category : `${category} ${name}`
  return `Viewed ${words} ${noun}`
}

// The view's own name or category wins over a property of that name (with a warning when they
// differ). Returns the copy that holds it, made on the first change.
function withViewKey(
  properties: JsonObject,
  copy: Record<string, unknown> | undefined,
  key: 'name' | 'category',
  message: SegmentPage | SegmentScreenView,
  context: MappingContext,
): Record<string, unknown> | undefined {
  const value = message[key]
  if (value === undefined) return copy
  const existing = properties[key]
  if (existing === value) return copy
  if (existing !== undefined) {
    context.issues.push({
      severity: 'warning',
      code: 'property_overwritten',
      path: `properties.${key}`,
      message: `properties.${key} was replaced by the ${message.type}'s ${key} ${JSON.stringify(value)}`,
    })
  }
  const result = copy ?? { ...properties }
  setOwn(result, key, value)
  return result
}

function mapView(message: SegmentPage | SegmentScreenView, noun: 'Page' | 'Screen', context: MappingContext): AmplitudeCall[] | undefined {
  if (!isViewTracked(message, context.settings)) {
    context.issues.push({
      severity: 'info',
      code: 'view_not_tracked',
      path: 'name',
      message: `this ${message.type} has ${nonEmpty(message.name) || nonEmpty(message.category) ? 'no name or category that the page settings track' : 'no name or category'} and trackAllPages is off; nothing is sent`,
    })
    return []
  }
  const event = classicEventBase(message, viewEventType(message, noun), context)
  if (event === undefined) return undefined
  let properties = eventProperties(message.properties, message, context)
  // One copy however many keys it takes: the properties may be the message's own object.
  let copy = withViewKey(properties, undefined, 'name', message, context)
  copy = withViewKey(properties, copy, 'category', message, context)
  if (copy !== undefined) properties = copy as JsonObject
  if (hasKeys(properties)) event['event_properties'] = properties
  return [{ api: 'event', event: event as unknown as AmplitudeEvent }]
}

/**
 * Classic `page` (SPEC section 4): one `Viewed … Page` event when the page gates pass; otherwise
 * no calls and an info issue.
 *
 * @example
 * mapPage({ type: 'page', name: 'Pricing', userId: 'user-1' }, context)
 * // [{ api: 'event', event: { event_type: 'Viewed Pricing Page', event_properties: { name: 'Pricing' }, … } }]
 */
export const mapPage: CallMapping<'page'> = (message, context) => mapView(message, 'Page', context)

/**
 * Classic `screen` (SPEC section 4): as {@link mapPage}, named `Viewed … Screen`.
 *
 * @example
 * mapScreen({ type: 'screen', name: 'Home', userId: 'user-1' }, context)
 * // [{ api: 'event', event: { event_type: 'Viewed Home Screen', … } }]
 */
export const mapScreen: CallMapping<'screen'> = (message, context) => mapView(message, 'Screen', context)
