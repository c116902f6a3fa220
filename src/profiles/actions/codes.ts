/**
 * Every issue code the Actions profile (`profile: 'actions'`) adds to the parser's and Classic's
 * codes, with what it means. Most mark a field Segment's Amplitude (Actions) destination cannot
 * coerce: Segment then rejects the whole message, while this library sends it without that
 * field (SPEC section 6).
 *
 * @example
 * ACTIONS_ISSUE_CODES.invalid_timestamp // 'warning: `timestamp` is not a date …'
 */
export const ACTIONS_ISSUE_CODES = {
  invalid_timestamp:
    'warning: `timestamp` is not a date Segment\'s Actions destination reads (Segment rejects such a message, or reads it with the JavaScript engine\'s own date parser); the event is sent without `time`',
  invalid_group_timestamp:
    'warning: a group call\'s `timestamp` is not a date; its membership identify is sent without `time` (Segment sends `"time": null`)',
  invalid_session_id:
    'warning: `integrations["Actions Amplitude"].session_id` is not epoch milliseconds or a date (Segment rejects such a message); the event is sent without `session_id`',
  invalid_revenue_field:
    'warning: `properties.revenue`, `price` (numbers), `quantity` (an integer), `productId` or `revenueType` (text) has a value Segment cannot coerce (Segment rejects such a message); the field is left out of the revenue fields and stays in event_properties',
  invalid_product_field:
    'warning: a product\'s price, revenue, quantity, productId or revenueType cannot be coerced (Segment rejects such a message); the key is left out of that Product Purchased event',
  invalid_traits:
    'warning: top-level `traits` is not an object (Segment rejects such a message); the event is sent without user_properties',
  invalid_user_agent_data:
    'warning: `context.userAgentData.model` or `.platformVersion` is not text (Segment rejects such a message); the user agent alone is used',
} as const

/** A code of {@link ACTIONS_ISSUE_CODES}. */
export type ActionsIssueCode = keyof typeof ACTIONS_ISSUE_CODES
