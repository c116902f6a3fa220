/** Placeholder: the delivery client lands with issue 8. */
export const DELIVERY_PLACEHOLDER: true = true
