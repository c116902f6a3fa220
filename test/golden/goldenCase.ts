import type { AmplitudeCall } from '../../src/models/amplitude/types.js'
import type { Settings } from '../../src/settings/settings.js'

/** An issue as a golden case pins it: the message text is free to improve, the rest is contract. */
export interface ExpectedIssue {
  readonly severity: 'error' | 'warning' | 'info'
  readonly code: string
  readonly path: string
}

/**
 * One golden example: a Segment message (plain JSON, so the docs can show it), optional settings,
 * and the exact result of `translate`. `calls` are compared whole; `issues` lists every issue in
 * the order `translate` reports them (omitted means none at all).
 */
export interface GoldenCase {
  /** A sentence: it is the test's name and the heading in docs/mappings. */
  readonly name: string
  readonly message: unknown
  readonly settings?: Partial<Settings>
  readonly expected: {
    readonly ok: boolean
    readonly calls?: readonly AmplitudeCall[]
    readonly issues?: readonly ExpectedIssue[]
  }
}
