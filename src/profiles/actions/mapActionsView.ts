import type { CallMapping } from '../../mappings/types.js'
import { logEventV2 } from './logEventV2.js'

/**
 * Actions `page`: logEventV2 with the "Page Calls" preset's `event_type` template
 * `Viewed {{name}}`, so `Viewed Pricing`, and `Viewed ` without a name. Every page is sent (the
 * Classic page settings do not apply); `category` is not used.
 *
 * @example
 * mapActionsPage({ type: 'page', name: 'Pricing', userId: 'user-1' }, context)
 * // [{ api: 'event', event: { user_id: 'user-1', event_type: 'Viewed Pricing' } }]
 */
export const mapActionsPage: CallMapping<'page'> = (message, context) => logEventV2(message, `Viewed ${message.name ?? ''}`, context)

/**
 * Actions `screen`: as {@link mapActionsPage}, with the "Screen Calls" preset (`Viewed {{name}}`).
 *
 * @example
 * mapActionsScreen({ type: 'screen', name: 'Home', userId: 'user-1' }, context)
 * // [{ api: 'event', event: { user_id: 'user-1', event_type: 'Viewed Home' } }]
 */
export const mapActionsScreen: CallMapping<'screen'> = (message, context) => logEventV2(message, `Viewed ${message.name ?? ''}`, context)
