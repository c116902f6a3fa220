/**
 * segment-amplitude: translate Segment Spec messages into Amplitude payloads, then encode them
 * as the HTTP requests Amplitude's ingestion APIs take. Pure and dependency-free: runs in Node,
 * Deno, Bun, browsers and edge workers.
 *
 * @packageDocumentation
 * @module segment-amplitude
 */
export type { Issue, Severity } from './issues/issue.js'
export type { JsonObject, JsonValue } from './models/json.js'
export type * from './models/segment/types.js'
export type * from './models/amplitude/types.js'
export { parseSegmentMessage, type ParseResult } from './models/segment/parse.js'
export type { Settings } from './settings/settings.js'
export { resolveSettings, DEFAULT_SETTINGS, type ResolvedSettings } from './settings/resolveSettings.js'
export type { UserAgentInfo, UserAgentParser } from './fields/userAgentTypes.js'
export { parseUserAgent } from './fields/userAgent.js'
export { translate, translateOrThrow, TranslationError, type TranslateResult } from './translate.js'
export * from './requests/index.js'
