const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/**
 * Appends a key or an index to a JSON path: `properties` + `products` + 2 -> `properties.products[2]`.
 * Keys that are not identifiers are quoted (`properties["a.b"]`) so a path never is ambiguous.
 *
 * @example
 * joinPath(joinPath('properties', 'products'), 2) // 'properties.products[2]'
 */
export function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`
  if (IDENTIFIER.test(key)) return parent === '' ? key : `${parent}.${key}`
  return `${parent}[${JSON.stringify(key)}]`
}
