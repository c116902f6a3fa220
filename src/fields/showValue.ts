/**
 * A value as an issue message quotes it: its JSON text, or its type when JSON has none. Never
 * throws, unlike `JSON.stringify`, which does on a `bigint` or a circular object (both can
 * arrive in a message that was not decoded from JSON).
 *
 * @example
 * showValue('ten') // '"ten"'
 * showValue(undefined) // 'undefined'
 * showValue(10n) // '10n'
 */
export function showValue(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value
  } catch {
    return typeof value === 'bigint' ? `${String(value)}n` : 'an object JSON cannot write'
  }
}
