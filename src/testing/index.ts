/** Placeholder: the arbitraries land with issue 6. */
export const TESTING_PLACEHOLDER: true = true
