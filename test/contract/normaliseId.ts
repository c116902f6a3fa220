/**
 * An id as SPEC section 2 reads it, written here independently of the parser: a string that is
 * not blank stays as it is, a finite number becomes its decimal string, anything else (`null`,
 * `""`, whitespace, other types) is absent.
 *
 * @example
 * normaliseId(42) // '42'
 * normaliseId('  ') // undefined
 */
export function normaliseId(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}
