/**
 * The value at a dotted path of any value, reading own keys of objects only (never a prototype,
 * so `__proto__` is data), `undefined` when something on the way is missing.
 *
 * @example
 * readPath({ context: { device: { id: 'd-1' } } }, 'context.device.id') // 'd-1'
 */
export function readPath(root: unknown, path: string): unknown {
  let value = root
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
    if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}
