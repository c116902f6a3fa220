/** An own, enumerable data property, even for `__proto__` (plain assignment would set the prototype). */
export function defineOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/**
 * A message being corrupted. Only containers it owns (copied or created here) are ever changed:
 * fast-check may hand the same generated value to a mapper more than once while shrinking, so a
 * generated value must never be mutated in place.
 */
export interface Workspace {
  readonly root: Record<string, unknown>
  readonly owned: WeakSet<object>
}

function copyOwned(value: unknown, owned: WeakSet<object>): unknown {
  if (typeof value !== 'object' || value === null) return value
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {}
  for (const key of Object.keys(value)) defineOwn(copy, key, copyOwned((value as Record<string, unknown>)[key], owned))
  owned.add(copy)
  return copy
}

/** A workspace holding a deep copy of a generated, acyclic, JSON-shaped message. */
export function workspaceOf(message: object): Workspace {
  const owned = new WeakSet<object>()
  return { root: copyOwned(message, owned) as Record<string, unknown>, owned }
}

/**
 * The container at `path` (keys; array indices are keys too), replacing whatever stands in the
 * way and is not owned (a primitive, a generated hostile value) by a fresh object.
 */
export function containerAt(workspace: Workspace, path: readonly string[]): Record<string, unknown> {
  let node = workspace.root
  for (const key of path) {
    const next = Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined
    if (typeof next === 'object' && next !== null && workspace.owned.has(next)) {
      node = next as Record<string, unknown>
    } else {
      const created: Record<string, unknown> = {}
      workspace.owned.add(created)
      defineOwn(node, key, created)
      node = created
    }
  }
  return node
}

/** Splits `properties.products.0.price` into keys; `''` is the root. */
export function keysOf(path: string): string[] {
  return path === '' ? [] : path.split('.')
}
