/**
 * Every issue code the Classic field rules and call mappings can report, with its severity and
 * meaning. The error guide's table is generated from these catalogues.
 *
 * @example
 * TRANSLATION_ISSUE_CODES.missing_identity // 'error: the message has no userId, …'
 */
export const TRANSLATION_ISSUE_CODES = {
  missing_identity: 'error: the message has no userId, anonymousId or context.device.id',
  missing_group_id: 'error: a group call has no groupId and no group value trait',
  missing_previous_id: 'error: an alias (or an unmap: true) has no previousId',
  missing_user_id: 'error: an alias has no userId',
  not_for_amplitude: 'info: the integrations object turns Amplitude off; nothing is sent',
  view_not_tracked: 'info: a page or screen call that the page settings do not track; nothing is sent',
  products_fanned_out: 'info: an order\'s products went to Product Purchased events instead of its event_properties',
  user_property_conflict: 'info: a trait and a context-derived user property (UTM, referrer) share a name; the trait wins',
  invalid_timestamp: 'warning: timestamp or originalTimestamp is not an ISO 8601 date or epoch ms; the next source was tried',
  fractional_timestamp: 'warning: a numeric timestamp is not whole milliseconds; it was floored',
  invalid_session_id: 'warning: the session_id option is not epoch ms or an ISO date; the event is out of session (-1)',
  invalid_option:
    'warning: an integrations.Amplitude option (event_id, groups…) has the wrong type; it was ignored. An alias\'s unmap of the wrong type is an error instead: the alias is not sent',
  invalid_increment: 'warning: a traitsToIncrement trait is not a number; it was sent by the next matching rule',
  invalid_revenue: 'warning: revenue or total is not an amount; no revenue was booked from it',
  invalid_quantity: 'warning: quantity is not an integer; price and quantity were not sent as revenue fields',
  invalid_products: 'warning: properties.products of an order is not an array; nothing was fanned out',
  invalid_product: 'warning: a product of an order is not an object; no Product Purchased event for it',
  append_field_conflict: 'warning: appendFieldsToEventProps names a property the event already has; the property was kept',
  property_overwritten: 'warning: a page/screen name or category replaced a different properties.name or properties.category',
  invalid_number: 'warning: NaN or Infinity in properties or traits; JSON cannot carry it, so it was dropped',
  invalid_value: 'warning: a function, symbol, Map, Set or invalid Date in properties or traits; it was dropped',
  circular_reference: 'warning: a value refers back to one of its parents; the reference was dropped',
  too_deep: 'warning: a value nested deeper than Amplitude\'s 40 levels; it was dropped',
} as const

/** A code of {@link TRANSLATION_ISSUE_CODES}. */
export type TranslationIssueCode = keyof typeof TRANSLATION_ISSUE_CODES
