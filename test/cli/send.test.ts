import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startEmulator, type Emulator } from '../emulator/startEmulator.js'
import type { FaultSchedule } from '../emulator/faults.js'
import { buildCli, ndjson, readNdjson, runCli, SAMPLE } from './builtCli.js'

interface SampleMessage {
  type: string
  messageId: string
  userId?: string
}

interface RejectLine {
  line: number
  reasons: { code: string }[]
  message: SampleMessage
}

let cli = ''
let cleanup = async (): Promise<void> => undefined
let dir = ''
let sample: SampleMessage[] = []
let emulator: Emulator

beforeAll(async () => {
  ;({ cli, cleanup } = await buildCli())
  dir = await mkdtemp(join(tmpdir(), 'segment-amplitude-send-'))
  sample = ndjson<SampleMessage>(await readFile(SAMPLE, 'utf8'))
  emulator = await startEmulator({ apiKeys: ['emulator-key'] })
}, 120_000)

afterAll(async () => {
  await emulator.close()
  await cleanup()
  await rm(dir, { recursive: true, force: true })
})

/** What the emulator ingested, each payload once (a retry after an ambiguous failure may repeat one). */
function ingestedOnce(emulator: Emulator): Set<string> {
  return new Set(emulator.ingested.map((call) => `${call.api} ${JSON.stringify(call.payload)}`))
}

function send(args: readonly string[]): ReturnType<typeof runCli> {
  return runCli(cli, ['send', SAMPLE, '--endpoint', emulator.url, '--backoff', '0', '--throttle-delay', '0', ...args])
}

describe('segment-amplitude send', () => {
  test('delivers every message of the sample to the emulator', async () => {
    const local = await startEmulator({ apiKeys: ['emulator-key'] })
    try {
      const run = await runCli(cli, ['send', SAMPLE, '--endpoint', local.url], { env: { AMPLITUDE_API_KEY: 'emulator-key' } })
      expect(run.code).toBe(0)
      expect(ingestedOnce(local).size).toBe(219)
      expect(run.stderr).toContain('    delivered                    195\n')
      expect(run.stderr).toContain('  calls delivered                219\n')
    } finally {
      await local.close()
    }
  })

  test('under faults, every message is delivered or in the rejects file with its reasons', async () => {
    const order = sample.findIndex((m) => m.type === 'track' && JSON.stringify(m).includes('"Order Completed"'))
    const page = sample.findIndex((m) => m.type === 'page')
    const refused = new Set([sample[order]?.messageId, sample[page]?.messageId])
    const counts = { identify: 0, groupidentify: 0, event: 0 }
    const faults: FaultSchedule = (request) => {
      const items = (request.items ?? []) as { insert_id?: string; user_id?: string }[]
      if (request.api === 'event') {
        counts.event += 1
        const invalid = items.flatMap((event, i) => (refused.has(event.insert_id) ? [i] : []))
        if (invalid.length > 0) return { kind: 'invalid', invalidFields: { event_type: invalid } }
        if (counts.event === 2) return { kind: 'drop', ingest: true }
        if (counts.event === 4) return { kind: 'throttle', users: items.slice(0, 1).flatMap((event) => (event.user_id === undefined ? [] : [event.user_id])) }
        if (counts.event === 5) return { kind: 'status', status: 502, ingest: true }
        return undefined
      }
      if (request.api === 'identify' && counts.identify++ === 0) return { kind: 'status', status: 503 }
      if (request.api === 'groupidentify' && counts.groupidentify++ === 0) return { kind: 'tooLarge' }
      if (request.api === 'usermap') return { kind: 'status', status: 500 }
      return undefined
    }
    const local = await startEmulator({ apiKeys: ['emulator-key'], faults })
    const rejects = join(dir, 'faults-rejects.ndjson')
    try {
      const run = await runCli(cli, [
        'send', SAMPLE, '--endpoint', local.url, '--api-key', 'emulator-key', '--rejects', rejects,
        '--max-events-per-request', '20', '--max-retries', '2', '--backoff', '0', '--throttle-delay', '0', '--concurrency', '2',
      ])
      expect(run.code).toBe(1)
      // Every scripted fault happened: dropped connection (0), 400, 413, 429, 500, 502, 503.
      expect([...new Set(local.received.map((request) => request.status))].sort((a, b) => a - b)).toStrictEqual([0, 200, 400, 413, 429, 500, 502, 503])
      const rejected = await readNdjson<RejectLine>(rejects)
      const aliases = sample.flatMap((m, i) => (m.type === 'alias' ? [i + 1] : []))
      expect(rejected.map((r) => r.line).sort((a, b) => a - b)).toStrictEqual([order + 1, page + 1, ...aliases].sort((a, b) => a - b))
      for (const reject of rejected) {
        expect(reject.message).toStrictEqual(sample[reject.line - 1])
        expect(reject.reasons.map((reason) => reason.code)).toStrictEqual([aliases.includes(reject.line) ? 'exhausted' : 'invalid_fields'])
      }
      // Everything else arrived: all 219 calls but the order event, the page event and 6 mappings.
      const ingested = ingestedOnce(local)
      expect(ingested.size).toBe(219 - 2 - aliases.length)
      const insertIds = new Set(local.ingested.map((call) => call.payload['insert_id']))
      for (const [i, message] of sample.entries()) {
        if (['track', 'page', 'screen'].includes(message.type) && !refused.has(message.messageId)) expect(insertIds, `line ${i + 1}`).toContain(message.messageId)
      }
      expect(run.stderr).toContain(`    failed                         ${rejected.length}\n`)
      expect(run.stderr).toContain(`  calls delivered                ${ingested.size}\n`)
    } finally {
      await local.close()
    }
  })

  test('stops with code 3 on an invalid API key, never prints the key, and rejects every message read', async () => {
    const rejects = join(dir, 'key-rejects.ndjson')
    const run = await send(['--api-key', 'not-the-key-42', '--rejects', rejects])
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('Amplitude refused the API key')
    expect(run.stderr + run.stdout).not.toContain('not-the-key-42')
    expect(await readFile(rejects, 'utf8')).not.toContain('not-the-key-42')
    const rejected = await readNdjson<RejectLine>(rejects)
    expect(rejected).toHaveLength(195)
    expect(new Set(rejected.flatMap((r) => r.reasons.map((reason) => reason.code)))).toStrictEqual(new Set(['invalid_api_key']))
  })

  test('refuses to send without an API key (usage error)', async () => {
    const run = await runCli(cli, ['send', SAMPLE, '--endpoint', emulator.url])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('send needs an Amplitude API key')
  })
})
