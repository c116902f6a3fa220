import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { promisify } from 'node:util'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCli, ndjson, readNdjson, runCli, SAMPLE } from './builtCli.js'

interface RequestLine {
  method: string
  url: string
  headers: Record<string, string>
  body: string
  callCount: number
  api: string
}

let cli = ''
let cleanup = async (): Promise<void> => undefined
let dir = ''
let sampleText = ''

beforeAll(async () => {
  ;({ cli, cleanup } = await buildCli())
  dir = await mkdtemp(join(tmpdir(), 'segment-amplitude-convert-'))
  sampleText = await readFile(SAMPLE, 'utf8')
}, 120_000)

afterAll(async () => {
  await cleanup()
  await rm(dir, { recursive: true, force: true })
})

/** The calls a request body carries, decoded. */
function callsOf(request: RequestLine): Record<string, unknown>[] {
  if (request.api === 'event') return (JSON.parse(request.body) as { events: Record<string, unknown>[] }).events
  const form = new URLSearchParams(request.body)
  return JSON.parse(form.get(request.api === 'usermap' ? 'mapping' : 'identification') ?? '[]') as Record<string, unknown>[]
}

describe('segment-amplitude convert', () => {
  test('converts the sample into one request per API carrying every call', async () => {
    const run = await runCli(cli, ['convert', SAMPLE])
    expect(run.code).toBe(0)
    const requests = ndjson<RequestLine>(run.stdout)
    expect(requests.map(({ method, url, headers, callCount, api }) => ({ method, url, headers, callCount, api }))).toStrictEqual([
      { method: 'POST', url: 'https://api2.amplitude.com/identify', headers: { 'content-type': 'application/x-www-form-urlencoded' }, callCount: 32, api: 'identify' },
      { method: 'POST', url: 'https://api2.amplitude.com/groupidentify', headers: { 'content-type': 'application/x-www-form-urlencoded' }, callCount: 8, api: 'groupidentify' },
      { method: 'POST', url: 'https://api2.amplitude.com/2/httpapi', headers: { 'content-type': 'application/json' }, callCount: 173, api: 'event' },
      { method: 'POST', url: 'https://api.amplitude.com/usermap', headers: { 'content-type': 'application/x-www-form-urlencoded' }, callCount: 6, api: 'usermap' },
    ])
    expect(requests.map((request) => callsOf(request).length)).toStrictEqual([32, 8, 173, 6])
    expect(JSON.parse(requests[2]?.body ?? '{}')).toMatchObject({ api_key: 'YOUR_API_KEY' })
    expect(run.stderr).toContain('messages read                  195\n')
    expect(run.stderr).toContain('calls                          219   event 173 · identify 32 · groupidentify 8 · usermap 6\n')
  })

  test('reads gzip (detected by content), stdin and a JSON array into the same requests', async () => {
    const plain = await runCli(cli, ['convert', SAMPLE, '-q'])
    const gzipped = join(dir, 'sample.data')
    await writeFile(gzipped, gzipSync(sampleText))
    const array = join(dir, 'sample.json')
    await writeFile(array, `[\n${sampleText.trim().split('\n').join(',\n')}\n]\n`)
    const runs = await Promise.all([
      runCli(cli, ['convert', gzipped, '-q']),
      runCli(cli, ['convert', '-q'], { stdin: sampleText }),
      runCli(cli, ['convert', '-', '-q'], { stdin: gzipSync(sampleText) }),
      runCli(cli, ['convert', array, '-q']),
    ])
    expect(plain.stdout.length).toBeGreaterThan(100_000)
    for (const run of runs) {
      expect(run.code).toBe(0)
      expect(run.stdout).toBe(plain.stdout)
    }
  })

  test('keeps every call, in input order per API, when requests are capped small', async () => {
    const whole = ndjson<RequestLine>((await runCli(cli, ['convert', SAMPLE, '-q'])).stdout)
    const small = ndjson<RequestLine>((await runCli(cli, ['convert', SAMPLE, '-q', '--max-events-per-request', '10'])).stdout)
    for (const api of ['event', 'identify', 'groupidentify', 'usermap']) {
      const calls = (requests: RequestLine[]): unknown[] => requests.filter((r) => r.api === api).flatMap(callsOf)
      expect(calls(small)).toStrictEqual(calls(whole))
    }
    expect(small.filter((r) => r.api === 'event').map((r) => r.callCount)).toStrictEqual([...Array<number>(17).fill(10), 3])
  })

  test('takes the API key from AMPLITUDE_API_KEY and sends to the EU hosts with --region eu and --batch', async () => {
    const run = await runCli(cli, ['convert', SAMPLE, '-q', '--region', 'eu', '--batch'], { env: { AMPLITUDE_API_KEY: 'env-key-123' } })
    const requests = ndjson<RequestLine>(run.stdout)
    expect(requests.map((r) => r.url)).toStrictEqual([
      'https://api.eu.amplitude.com/identify',
      'https://api.eu.amplitude.com/groupidentify',
      'https://api.eu.amplitude.com/batch',
      'https://api.eu.amplitude.com/usermap',
    ])
    expect(JSON.parse(requests[2]?.body ?? '{}')).toMatchObject({ api_key: 'env-key-123' })
    expect(new URLSearchParams(requests[0]?.body).get('api_key')).toBe('env-key-123')
  })

  test('writes one body file per request and a manifest with --out-dir', async () => {
    const out = join(dir, 'requests')
    const run = await runCli(cli, ['convert', SAMPLE, '-q', '--out-dir', out])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    expect((await readdir(out)).sort()).toStrictEqual(['000001-identify.form', '000002-groupidentify.form', '000003-event.json', '000004-usermap.form', 'requests.ndjson'])
    const manifest = await readNdjson(join(out, 'requests.ndjson'))
    expect(manifest[2]).toStrictEqual({
      file: '000003-event.json',
      method: 'POST',
      url: 'https://api2.amplitude.com/2/httpapi',
      headers: { 'content-type': 'application/json' },
      callCount: 173,
      api: 'event',
    })
    expect((JSON.parse(await readFile(join(out, '000003-event.json'), 'utf8')) as { events: unknown[] }).events).toHaveLength(173)
    const again = await runCli(cli, ['convert', SAMPLE, '-q', '--out-dir', out])
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('is not empty')
  })

  test('turns bad lines into issues with their line numbers, converts the rest and rejects the bad ones', async () => {
    const lines = sampleText.trim().split('\n')
    const input = [
      lines[0],
      '{"type":"track","event":"Oops",',
      '',
      lines[1],
      '{"type":"track","userId":"user_1000"}',
      '[1,2]',
      '{"type":"identify","userId":"null","traits":{"plan":"pro"}}',
      lines[2],
    ].join('\n')
    const file = join(dir, 'bad.ndjson')
    await writeFile(file, input)
    const rejects = join(dir, 'bad-rejects.ndjson')
    const run = await runCli(cli, ['convert', file, '--rejects', rejects])
    expect(run.code).toBe(1)
    const requests = ndjson<RequestLine>(run.stdout)
    expect(requests.map((r) => [r.api, r.callCount])).toStrictEqual([['event', 3]])
    const rejected = await readNdjson<{ line: number; reasons: { code: string; path: string }[]; message?: unknown; raw?: string }>(rejects)
    expect(rejected.map((r) => [r.line, r.reasons.map((reason) => `${reason.code} ${reason.path}`)])).toStrictEqual([
      [2, ['invalid_json ']],
      [5, ['missing_event event']],
      [6, ['invalid_message ']],
      [7, ['invalid_id calls[0].identification.user_id']],
    ])
    expect(rejected[0]?.raw).toBe('{"type":"track","event":"Oops",')
    expect(rejected[3]?.message).toStrictEqual({ type: 'identify', userId: 'null', traits: { plan: 'pro' } })
    expect(run.stderr).toContain('messages read                    7\n')
    expect(run.stderr).toContain('    failed                         4\n')
    expect(run.stderr).toMatch(/error {4}invalid_json {18}\s+1 {3}2\n/u)
  })

  test.each([
    [['convert', 'missing-file.ndjson'], 3, 'cannot read missing-file.ndjson'],
    [['convert', '--nope'], 2, "Unknown option '--nope'"],
    [['frobnicate'], 2, 'unknown command "frobnicate"'],
    [['convert', SAMPLE, '--settings', 'missing.json'], 2, '--settings missing.json'],
    [['convert', SAMPLE, '--rejects', '/no/such/dir/rejects.ndjson'], 3, 'cannot write --rejects /no/such/dir/rejects.ndjson'],
  ])('exits %j with code %i', async (args, code, message) => {
    const run = await runCli(cli, args)
    expect(run.code).toBe(code)
    expect(run.stderr).toContain(message)
  })

  test('rejects a settings file with an unknown setting as a usage error naming it', async () => {
    const settings = join(dir, 'settings.json')
    await writeFile(settings, '{"trackAllPage": true}')
    const run = await runCli(cli, ['convert', SAMPLE, '--settings', settings])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('unknown setting "trackAllPage"')
  })

  test('stops with code 3 on a corrupt gzip stream, after converting what it could read', async () => {
    const gz = gzipSync(sampleText)
    const file = join(dir, 'corrupt.gz')
    await writeFile(file, Buffer.concat([gz.subarray(0, 2000), Buffer.alloc(2000, 7)]))
    const run = await runCli(cli, ['convert', file])
    expect(run.code).toBe(3)
    expect(run.stderr).toContain('the input is not valid gzip')
  })

  test('converts the elements of a cut-off JSON array, then exits 3 naming the problem', async () => {
    const lines = sampleText.trim().split('\n')
    const run = await runCli(cli, ['convert', '-'], { stdin: `[${lines[0]},\n${lines[1]},\n${(lines[2] ?? '').slice(0, 40)}` })
    expect(run.code).toBe(3)
    expect(ndjson<RequestLine>(run.stdout).map((r) => [r.api, r.callCount])).toStrictEqual([['event', 2]])
    expect(run.stderr).toContain('stopped early: line 3: the input ended inside the JSON array')
    expect(run.stderr).toMatch(/error {4}invalid_json {18}\s+1 {3}3\n/u)
  })

  test.runIf(existsSync('/dev/full'))('exits 3 when an output cannot be written (a full disk)', async () => {
    const bad = await runCli(cli, ['convert', '-q', '--rejects', '/dev/full'], { stdin: 'not json\n' })
    expect(bad.code).toBe(3)
    expect(bad.stderr).toContain('cannot write --rejects /dev/full')
  })

  test('prints the tool help and each command help with the exit codes', async () => {
    const main = await runCli(cli, ['--help'])
    expect(main.code).toBe(0)
    expect(main.stdout).toContain('segment-amplitude convert [FILE|-] [options]')
    for (const command of ['convert', 'validate', 'send']) {
      const run = await runCli(cli, [command, '--help'])
      expect(run.code).toBe(0)
      expect(run.stdout).toContain(`segment-amplitude ${command} [FILE|-]`)
      expect(run.stdout).toContain('Exit codes:')
    }
  })

  test('is bundled with its node shebang kept, executable, so the package bin runs as a command', async () => {
    expect((await readFile(cli, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect((await stat(cli)).mode & 0o111).toBe(0o111)
    const { stdout } = await promisify(execFile)(cli, ['--help'])
    expect(stdout).toContain('segment-amplitude: Segment messages in, Amplitude requests out.')
  })
})
