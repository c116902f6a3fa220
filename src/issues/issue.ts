/**
 * How bad an {@link Issue} is.
 *
 * - `error`: the message (or call) could not be translated (or sent); nothing was produced for it.
 * - `warning`: output was produced, but an input field was dropped or changed.
 * - `info`: nothing was lost; the library explains a decision (for example, a page not tracked).
 *
 * @example
 * const severity: Severity = 'warning'
 */
export type Severity = 'error' | 'warning' | 'info'

/**
 * A problem found in the input, as a value: never thrown.
 *
 * `path` is the input field's path in dot notation with bracket indices, for example
 * `properties.products[2].price`; the empty string means the message itself.
 *
 * @example
 * const issue: Issue = {
 *   severity: 'warning',
 *   code: 'invalid_timestamp',
 *   path: 'timestamp',
 *   message: 'timestamp "yesterday" is not an ISO 8601 date; trying originalTimestamp',
 * }
 */
export interface Issue {
  readonly severity: Severity
  readonly code: string
  readonly path: string
  readonly message: string
}
