// Smoke test of the built package as a user installs it. The same file runs under Node, Deno and
// Bun, so it uses only what all three share: dynamic `import`, `createRequire` from `node:module`
// and the language itself. `scripts/check-package.mjs` copies it next to a `node_modules` holding
// the packed tarball, so `segment-amplitude` resolves through the package's `exports`, exactly as
// for a user.
//
// Usage: <runtime> smoke.mjs --entries .,./delivery,./testing --formats esm,cjs

import { createRequire } from 'node:module'

const PACKAGE = 'segment-amplitude'

/**
 * Functions (and classes) each entry point must export. Extend these lists as features land
 * (the arbitraries in `./testing`).
 */
const EXPECTED_FUNCTIONS = {
  '.': ['translate', 'translateOrThrow', 'parseSegmentMessage', 'resolveSettings', 'TranslationError', 'toRequests', 'validateCalls'],
  './delivery': ['deliver'],
  './testing': [],
}

const TRACK = {
  type: 'track',
  event: 'Song Played',
  userId: 'user-123',
  messageId: 'msg-1',
  timestamp: '2024-01-01T00:00:00.000Z',
  properties: { title: 'Blue' },
}

function assert(condition, message) {
  if (!condition) throw new Error(message)
}

/** Behaviour checks per entry point: each returns a short description of what it saw. */
const BEHAVIOUR = {
  '.': {
    'resolveSettings applies defaults': (m) => {
      const settings = m.resolveSettings({ trackAllPages: true })
      assert(settings.trackAllPages === true && settings.trackNamedPages === true, 'defaults not applied')
      assert(settings.profile === 'classic', `profile is ${String(settings.profile)}`)
      return 'trackNamedPages defaults to true'
    },
    'resolveSettings names an unknown key': (m) => {
      let thrown
      try {
        m.resolveSettings({ trackAllPage: true })
      } catch (error) {
        thrown = error
      }
      assert(thrown instanceof TypeError, 'did not throw a TypeError')
      assert(String(thrown.message).includes('"trackAllPage"'), `message: ${thrown.message}`)
      return 'TypeError names "trackAllPage"'
    },
    'parseSegmentMessage normalises a number id': (m) => {
      const result = m.parseSegmentMessage({ type: 'identify', userId: 42 })
      assert(result.ok === true && result.message.userId === '42', JSON.stringify(result))
      return 'userId 42 -> "42"'
    },
    'translate reports a non-object as an issue': (m) => {
      const result = m.translate('not a message')
      assert(result.ok === false && result.issues[0]?.code === 'invalid_message', JSON.stringify(result))
      return 'invalid_message'
    },
    'translate maps a track message': (m) => {
      const result = m.translate(TRACK)
      assert(result.ok === true, `not ok: ${JSON.stringify(result.issues)}`)
      const call = result.calls[0]
      assert(call?.api === 'event' && call.event.event_type === 'Song Played', JSON.stringify(result.calls))
      assert(call.event.user_id === 'user-123' && call.event.insert_id === 'msg-1', JSON.stringify(call.event))
      return `${result.calls.length} call(s), event_type "Song Played"`
    },
    'toRequests encodes the translated calls': (m) => {
      const { requests, issues } = m.toRequests(m.translateOrThrow(TRACK), { apiKey: 'KEY' })
      assert(issues.length === 0, JSON.stringify(issues))
      const [request] = requests
      assert(requests.length === 1 && request.method === 'POST', JSON.stringify(requests))
      assert(request.url === 'https://api2.amplitude.com/2/httpapi', request.url)
      const body = JSON.parse(request.body)
      assert(body.api_key === 'KEY' && body.events[0]?.event_type === 'Song Played', request.body)
      return `POST ${request.url}`
    },
  },
}

function parseArgs(argv) {
  const options = { entries: ['.'], formats: ['esm'] }
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]?.replace(/^--/, '')
    const value = argv[i + 1]
    if ((name === 'entries' || name === 'formats') && value !== undefined) options[name] = value.split(',')
    else throw new Error(`smoke: unknown argument ${argv[i]}`)
  }
  return options
}

const runtime = globalThis.Deno ? `deno ${globalThis.Deno.version.deno}` : globalThis.Bun ? `bun ${globalThis.Bun.version}` : `node ${globalThis.process.versions.node}`
const args = globalThis.Deno ? globalThis.Deno.args : globalThis.process.argv.slice(2)
const require = createRequire(import.meta.url)
const load = { esm: (specifier) => import(specifier), cjs: async (specifier) => require(specifier) }

let failures = 0
function report(ok, name, detail) {
  console.log(`${ok ? 'PASS' : 'FAIL'} [${runtime}] ${name}: ${detail}`)
  if (!ok) failures += 1
}

const { entries, formats } = parseArgs(args)
for (const format of formats) {
  for (const entry of entries) {
    const specifier = entry === '.' ? PACKAGE : `${PACKAGE}/${entry.slice(2)}`
    const label = `${format} ${specifier}`
    let module
    try {
      module = await load[format](specifier)
    } catch (error) {
      report(false, label, `cannot load: ${error?.message ?? String(error)}`)
      continue
    }
    const expected = EXPECTED_FUNCTIONS[entry] ?? []
    const missing = expected.filter((name) => typeof module[name] !== 'function')
    const exported = Object.keys(module).filter((name) => name !== 'default' && name !== '__esModule')
    if (missing.length > 0) report(false, `${label} exports`, `missing ${missing.join(', ')}`)
    else if (exported.length === 0) report(false, `${label} exports`, 'nothing exported')
    else report(true, `${label} exports`, expected.length > 0 ? expected.join(', ') : `${exported.length} export(s)`)
    if (missing.length > 0) continue
    for (const [name, check] of Object.entries(BEHAVIOUR[entry] ?? {})) {
      try {
        report(true, `${label} ${name}`, check(module))
      } catch (error) {
        report(false, `${label} ${name}`, error?.message ?? String(error))
      }
    }
  }
}

if (failures > 0) {
  if (globalThis.Deno) globalThis.Deno.exit(1)
  else globalThis.process.exit(1)
}
