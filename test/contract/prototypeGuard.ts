/**
 * The built-in prototypes a translator could pollute, and what they hold now: a translator that
 * assigns `target[key] = value` with `key` `__proto__` (or walks `constructor.prototype`) changes
 * one of them for the whole process.
 */
const PROTOTYPES: readonly (readonly [string, object])[] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype],
]

type Picture = readonly (readonly [string, ReadonlyMap<PropertyKey, unknown>, boolean])[]

function picture(): Picture {
  return PROTOTYPES.map(([name, prototype]) => {
    const values = new Map<PropertyKey, unknown>()
    for (const key of Reflect.ownKeys(prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, key) as PropertyDescriptor
      values.set(key, 'value' in descriptor ? descriptor.value : descriptor.get)
    }
    return [name, values, Object.isExtensible(prototype)] as const
  })
}

const BEFORE = picture()

/**
 * What changed in the built-in prototypes since this module was loaded (new, removed or replaced
 * own keys), plus any `polluted` key an object or array literal now inherits. Empty when nothing
 * changed.
 *
 * @example
 * prototypeChanges() // []
 */
export function prototypeChanges(): string[] {
  const changes: string[] = []
  const now = picture()
  now.forEach(([name, values, extensible], index) => {
    const [, before, wasExtensible] = BEFORE[index] as Picture[number]
    if (extensible !== wasExtensible) changes.push(`${name} extensibility changed`)
    for (const [key, value] of values) {
      if (!before.has(key)) changes.push(`${name}.${String(key)} was added`)
      else if (before.get(key) !== value) changes.push(`${name}.${String(key)} was replaced`)
    }
    for (const key of before.keys()) if (!values.has(key)) changes.push(`${name}.${String(key)} was removed`)
  })
  if (({} as Record<string, unknown>)['polluted'] !== undefined) changes.push('({}).polluted is defined')
  if (([] as unknown as Record<string, unknown>)['polluted'] !== undefined) changes.push('[].polluted is defined')
  return changes
}
