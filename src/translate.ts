import type { Issue } from './issues/issue.js'
import type { AmplitudeCall } from './models/amplitude/types.js'
import { parseSegmentMessage } from './models/segment/parse.js'
import type { SegmentMessage } from './models/segment/types.js'
import type { MappingContext, Registry } from './mappings/types.js'
import { turnedOffBy } from './fields/integrationOptions.js'
import { joinPath } from './issues/path.js'
import { PROFILES } from './profiles/index.js'
import { resolveSettings, type ResolvedSettings } from './settings/resolveSettings.js'
import type { Settings } from './settings/settings.js'

/**
 * The outcome of {@link translate}: calls with warnings, or errors and no calls.
 *
 * @example
 * const result: TranslateResult = translate({ type: 'track', event: 'Signed Up', userId: 'user-123' })
 * if (result.ok) console.log(result.calls.length)
 */
export type TranslateResult =
  | { readonly ok: true; readonly calls: AmplitudeCall[]; readonly issues: Issue[] }
  | { readonly ok: false; readonly issues: Issue[] }

function dispatch(registry: Registry, message: SegmentMessage, context: MappingContext): AmplitudeCall[] | undefined {
  // The registry is indexed by the same tag that narrows the union; TypeScript cannot correlate
  // the two, so the one cast of the library lives here.
  const mapping = registry[message.type] as (m: SegmentMessage, c: MappingContext) => AmplitudeCall[] | undefined
  return mapping(message, context)
}

/**
 * Translates one Segment message (any value) into Amplitude calls. Never throws because of the
 * message: problems are {@link Issue}s. Throws only for invalid `settings` (a programmer's error,
 * see {@link resolveSettings}).
 *
 * @example
 * const result = translate({
 *   type: 'track',
 *   event: 'Song Played',
 *   userId: 'user-123',
 *   messageId: 'msg-1',
 *   timestamp: '2024-01-01T00:00:00.000Z',
 *   properties: { title: 'Blue' },
 * })
 * // result.calls[0] -> { api: 'event', event: { event_type: 'Song Played', user_id: 'user-123', … } }
 */
export function translate(message: unknown, settings?: Partial<Settings>): TranslateResult {
  const resolved = resolveSettings(settings)
  const issues: Issue[] = []
  try {
    return translateResolved(message, resolved, issues)
  } catch (error) {
    // Reading the message threw (an accessor, a proxy) or the library has a defect: either way
    // the caller gets a result, never an exception.
    issues.push({
      severity: 'error',
      code: 'internal_error',
      path: '',
      message: `segment-amplitude could not translate this message (if it is plain JSON, please report it): ${describeError(error)}`,
    })
    return { ok: false, issues }
  }
}

function translateResolved(message: unknown, resolved: ResolvedSettings, issues: Issue[]): TranslateResult {
  const parsed = parseSegmentMessage(message)
  for (const issue of parsed.issues) issues.push(issue)
  if (!parsed.ok) return { ok: false, issues }
  const profile = PROFILES[resolved.profile]
  const offBy = turnedOffBy(parsed.message, profile.integration)
  if (offBy !== undefined) {
    const path = joinPath('integrations', offBy)
    issues.push({
      severity: 'info',
      code: 'not_for_amplitude',
      path,
      message: `${path} is false${offBy === 'All' ? ` and ${joinPath('integrations', profile.integration)} is not set` : ''}: the message is not for ${profile.integration}; nothing is sent`,
    })
    return { ok: true, calls: [], issues }
  }
  const calls = dispatch(profile.registry, parsed.message, { settings: resolved, issues })
  if (calls === undefined || hasError(issues)) return { ok: false, issues }
  return { ok: true, calls, issues }
}

function hasError(issues: readonly Issue[]): boolean {
  for (const issue of issues) if (issue.severity === 'error') return true
  return false
}

function describeError(error: unknown): string {
  try {
    return String(error)
  } catch {
    return 'an error that cannot be printed'
  }
}

/**
 * {@link translate}, throwing a `TranslationError` carrying the issues when the message fails.
 *
 * @example
 * const calls = translateOrThrow({ type: 'alias', userId: 'user-123', previousId: 'anon-456' })
 */
export function translateOrThrow(message: unknown, settings?: Partial<Settings>): AmplitudeCall[] {
  const result = translate(message, settings)
  if (result.ok) return result.calls
  throw new TranslationError(result.issues)
}

/**
 * Thrown by {@link translateOrThrow}: the message's issues, errors first in the message text.
 *
 * @example
 * try { translateOrThrow({}) } catch (e) { if (e instanceof TranslationError) e.issues }
 */
export class TranslationError extends Error {
  readonly issues: readonly Issue[]
  constructor(issues: readonly Issue[]) {
    const errors = issues.filter((issue) => issue.severity === 'error')
    super(errors.map((issue) => `${issue.code} at ${issue.path || '(message)'}: ${issue.message}`).join('; '))
    this.name = 'TranslationError'
    this.issues = issues
  }
}
