// Deliberate differences from Segment's output. Each one must be written down in
// docs/decisions/actions-profile.md (the `doc` anchor) and pinned by an example test in the
// library (test/actions/deviations.test.ts). compare.mjs counts a disagreement as deliberate only
// when every differing path is claimed by a deviation that applies to the message; anything else
// is a failure.
//
// Shape: { id, doc, applies(message, settings) -> boolean, paths: RegExp[] } where paths match
// compare.mjs's difference paths, e.g. /^calls\[\d+\]\.mapping\.min_id_length$/.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const dayjs = require('dayjs')
dayjs.extend(require('dayjs/plugin/utc'))

const DOC = 'docs/decisions/actions-profile.md'
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v)
const get = (value, ...keys) => keys.reduce((v, k) => (isObject(v) ? v[k] : undefined), value)

/** An id as SPEC section 2 reads it: a number's decimal string; null, "" and whitespace are absent. */
function specId(value) {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/** Whether Segment and SPEC 2 read an id differently: null (userId only), "" or whitespace. */
function readDifferently(value, nullToo = false) {
  return (nullToo && value === null) || (typeof value === 'string' && value.trim() === '')
}

/** One id field of ids-read-per-spec-2: the message fields it reads, the payload keys it fills. */
function idDeviation(field, read, keys) {
  return {
    id: `ids-read-per-spec-2 (${field})`,
    doc: `${DOC}#ids-are-read-as-spec-section-2-says`,
    applies: (message) => read(message),
    paths: [new RegExp(`^calls\\[\\d+\\]\\.(event|identification|mapping)\\.(${keys.join('|')})$`)],
  }
}

/** The ids our Actions profile sends for the message (SPEC 2 reading), by call. */
function specIds(message) {
  const userId = specId(message.userId)
  const deviceId = specId(get(message, 'context', 'device', 'id')) ?? specId(message.anonymousId)
  return message.type === 'alias' ? [specId(message.previousId), userId] : [userId, deviceId]
}

const minIdLengthOf = (settings) => settings.minIdLength ?? 5

// Mirrors src/profiles/actions/dayjsUtc.ts: which strings dayjs hands to the JavaScript engine,
// and which of those the library reads (ISO 8601 with Z or an offset, years from 100).
const DAYJS_PATTERN = /^(\d{4})[-/]?(\d{1,2})?[-/]?(\d{0,2})[Tt\s]*(\d{1,2})?:?(\d{1,2})?:?(\d{1,2})?[.:]?(\d+)?$/
const ENGINE_ISO = /^([+-]\d{6}|\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?([Zz])|[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?([+-]\d{2}:?\d{2}))$/

/** A date string only the engine's own (host-time-zone) parser reads, which the library refuses. */
function engineOnlyDate(value) {
  if (typeof value !== 'string' || !dayjs.utc(value).isValid()) return false
  if (!/Z$/i.test(value) && DAYJS_PATTERN.test(value)) return false
  const iso = ENGINE_ISO.exec(value)
  return iso === null || (iso[1].length === 4 && Number(iso[1]) < 100)
}

const ANY_CALL = /^(calls|requests)(\[\d+\].*)?$/

export const DEVIATIONS = [
  // userId null -> no user_id (Segment: "user_id": null); whitespace ids -> absent (Segment sends
  // them); context.device.id "" -> falls back to anonymousId (Segment: no device_id at all).
  idDeviation('userId', (m) => readDifferently(m.userId, true), ['user_id', 'global_user_id']),
  idDeviation('anonymousId', (m) => readDifferently(m.anonymousId), ['device_id']),
  idDeviation('previousId', (m) => readDifferently(m.previousId), ['user_id']),
  idDeviation('context.device.id', (m) => readDifferently(get(m, 'context', 'device', 'id')), ['device_id', 'idfv']),
  idDeviation(
    'context.device.advertisingId',
    (m) => readDifferently(get(m, 'context', 'device', 'advertisingId')) || readDifferently(get(m, 'context', 'device', 'idfa')),
    ['idfa', 'adid'],
  ),
  {
    id: 'no-call-amplitude-rejects',
    doc: `${DOC}#calls-amplitude-would-reject-are-not-sent`,
    // No id left (SPEC 2), or only ids shorter than minIdLength: Segment sends the call and
    // Amplitude rejects it; we report an error (translate, or toRequests' pre-flight) instead.
    applies: (message, settings) => {
      const ids = specIds(message).filter((id) => id !== undefined)
      const usable = ids.filter((id) => id.length >= minIdLengthOf(settings))
      return message.type === 'alias' ? ids.length < 2 : usable.length === 0
    },
    paths: [ANY_CALL],
  },
  {
    id: 'blank-event-name-rejected',
    doc: `${DOC}#a-blank-event-name-is-an-error`,
    applies: (message) => message.type === 'track' && typeof message.event === 'string' && message.event !== '' && message.event.trim() === '',
    paths: [ANY_CALL],
  },
  {
    id: 'engine-only-dates',
    doc: `${DOC}#dates-only-the-javascript-engine-reads`,
    applies: (message) =>
      engineOnlyDate(message.timestamp) || engineOnlyDate(get(message, 'integrations', 'Actions Amplitude', 'session_id')),
    paths: [/^calls\[\d+\]\.event\.(time|session_id)$/, /^calls\[\d+\]\.identification\.time$/],
  },
  {
    id: 'group-time-not-null',
    doc: `${DOC}#a-group-timestamp-that-is-not-a-date`,
    applies: (message) =>
      message.type === 'group' && message.timestamp !== undefined && message.timestamp !== null && message.timestamp !== '' && !dayjs.utc(String(message.timestamp)).isValid(),
    paths: [/^calls\[\d+\]\.identification\.time$/],
  },
  {
    id: 'no-options-on-forms',
    doc: `${DOC}#minidlength-reaches-the-event-apis-only`,
    applies: (_message, settings) => settings.minIdLength !== undefined && settings.minIdLength !== 5,
    paths: [/^requests\[\d+\]\.options$/],
  },
]
