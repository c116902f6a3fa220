import type { DeliveryFetch } from './types.js'

interface UrlLike {
  readonly origin: string
  readonly pathname: string
  readonly search: string
}

interface SearchParamsLike extends Iterable<[string, string]> {
  append(name: string, value: string): void
  toString(): string
}

interface AbortControllerLike {
  readonly signal: unknown
  abort(): void
}

/**
 * The web-standard globals delivery uses, typed here because the library compiles against the
 * bare ES2022 library (no DOM, no Node types) so that it runs, and type-checks, anywhere.
 */
export interface WebGlobals {
  readonly URL: new (url: string) => UrlLike
  readonly URLSearchParams: new (init?: string) => SearchParamsLike
  readonly AbortController: new () => AbortControllerLike
  readonly setTimeout: (callback: () => void, ms: number) => unknown
  readonly clearTimeout: (handle: unknown) => void
  readonly fetch?: DeliveryFetch
}

/**
 * `globalThis`, seen through {@link WebGlobals}. Properties are read at each use, so a `fetch`
 * installed after import is still found.
 *
 * @example
 * const controller = new web.AbortController()
 */
export const web: WebGlobals = globalThis as unknown as WebGlobals
