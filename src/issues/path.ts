// /^[A-Za-z_$][\w$]*$/ by character codes: paths are joined in hot loops, and a regex call costs
// more than the short keys it reads.
function isIdentifier(key: string): boolean {
  if (key.length === 0) return false
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36
    if (!letter && (i === 0 || c < 48 || c > 57)) return false
  }
  return true
}

/**
 * Appends a key or an index to a JSON path: `properties` + `products` + 2 -> `properties.products[2]`.
 * Keys that are not identifiers are quoted (`properties["a.b"]`) so a path never is ambiguous.
 *
 * @example
 * joinPath(joinPath('properties', 'products'), 2) // 'properties.products[2]'
 */
export function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`
  if (isIdentifier(key)) return parent === '' ? key : `${parent}.${key}`
  return `${parent}[${JSON.stringify(key)}]`
}
