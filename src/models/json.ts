/**
 * A JSON value as Amplitude receives it: what survives `JSON.stringify` unchanged.
 *
 * @example
 * const value: JsonValue = { plan: 'pro', seats: [1, 2] }
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | JsonObject

/**
 * A JSON object: string keys to {@link JsonValue}s, never `undefined`.
 *
 * @example
 * const props: JsonObject = { plan: 'pro' }
 */
export interface JsonObject {
  readonly [key: string]: JsonValue
}
