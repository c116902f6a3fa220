import * as fc from 'fast-check'
import type { Arbitrary } from 'fast-check'

const ABSENT: unique symbol = Symbol('absent')

/** A field that appears in `percent` % of the generated objects (see {@link fields}). */
export interface Optional {
  readonly optional: Arbitrary<unknown>
  readonly percent: number
}

/**
 * Marks a field of a {@link fields} model as present in `percent` % of the objects. Absence comes
 * first so that fast-check shrinks a counterexample towards the sparsest object.
 */
export function optional(arbitrary: Arbitrary<unknown>, percent = 50): Optional {
  return { optional: arbitrary, percent }
}

function presence(field: Arbitrary<unknown> | Optional): Arbitrary<unknown> {
  if (!('percent' in field)) return field
  if (field.percent >= 100) return field.optional
  return fc.oneof(
    { arbitrary: fc.constant(ABSENT), weight: 100 - field.percent },
    { arbitrary: field.optional, weight: field.percent },
  )
}

/**
 * Objects shaped like parsed JSON: ordinary prototype, keys in model order, absent fields left out
 * (never `undefined`). `fc.record` may build null-prototype objects, which no sender produces.
 * The caller names the result type; the message tests check the shapes against the parser.
 */
export function fields<T>(model: Readonly<Record<string, Arbitrary<unknown> | Optional>>): Arbitrary<T> {
  const keys = Object.keys(model)
  const arbitraries = keys.map((key) => presence(model[key] ?? fc.constant(ABSENT)))
  return fc.tuple(...arbitraries).map((values) => {
    const object: Record<string, unknown> = {}
    values.forEach((value, index) => {
      const key = keys[index]
      if (value !== ABSENT && value !== undefined && key !== undefined) object[key] = value
    })
    return object as T
  })
}

/** A weighted choice between arbitraries, written as `[weight, arbitrary]` pairs. */
export function weighted<T>(...choices: readonly (readonly [number, Arbitrary<T>])[]): Arbitrary<T> {
  return fc.oneof(...choices.map(([weight, arbitrary]) => ({ weight, arbitrary })))
}
