import { describe, expect, test } from 'vitest'
import { HELP } from './help.js'
import { parseCommandLine } from './parseCommandLine.js'

describe('parseCommandLine', () => {
  test('reads a convert with its defaults: stdin, US region, automatic progress', () => {
    expect(parseCommandLine(['convert'], {})).toStrictEqual({
      kind: 'run',
      line: { command: 'convert', input: '-', region: 'us', useBatchEndpoint: false, progress: 'auto', quiet: false, stats: false, json: false },
    })
  })

  test('reads every translation and request flag, flags before or after the command', () => {
    const parsed = parseCommandLine(
      ['--region', 'eu', 'convert', 'in.ndjson.gz', '--settings', 's.json', '--profile', 'actions', '--batch', '--api-key', 'K', '--min-id-length', '1', '--max-events-per-request', '500', '--rejects', 'r.ndjson', '--progress', '--stats', '-q', '--out-dir', 'out'],
      {},
    )
    expect(parsed).toStrictEqual({
      kind: 'run',
      line: {
        command: 'convert',
        input: 'in.ndjson.gz',
        region: 'eu',
        useBatchEndpoint: true,
        progress: 'on',
        quiet: true,
        stats: true,
        json: false,
        settingsFile: 's.json',
        profile: 'actions',
        apiKey: 'K',
        minIdLength: 1,
        maxEventsPerRequest: 500,
        rejects: 'r.ndjson',
        outDir: 'out',
      },
    })
  })

  test('takes the API key from AMPLITUDE_API_KEY when --api-key is absent', () => {
    const parsed = parseCommandLine(['send', 'in.ndjson', '--endpoint', 'http://127.0.0.1:9000', '--concurrency', '8', '--max-retries', '0', '--timeout', '500', '--backoff', '0', '--throttle-delay', '10'], { AMPLITUDE_API_KEY: 'FROM-ENV' })
    expect(parsed.kind === 'run' && parsed.line).toMatchObject({ apiKey: 'FROM-ENV', endpoint: 'http://127.0.0.1:9000', concurrency: 8, maxRetries: 0, timeoutMs: 500, backoffMs: 0, throttleDelayMs: 10 })
  })

  test('answers --help with the help of the command given, and the tool help otherwise', () => {
    expect(parseCommandLine(['send', '--help'], {})).toStrictEqual({ kind: 'help', text: HELP.send })
    expect(parseCommandLine(['-h'], {})).toStrictEqual({ kind: 'help', text: HELP.main })
    expect(parseCommandLine(['help', 'validate'], {})).toStrictEqual({ kind: 'help', text: HELP.validate })
    expect(parseCommandLine(['--version'], {})).toStrictEqual({ kind: 'version' })
  })

  test.each([
    [['conver'], 'unknown command "conver" (expected convert, validate or send)', HELP.main],
    [[], 'no command given', HELP.main],
    [['send', 'in.ndjson'], 'send needs an Amplitude API key: --api-key KEY or $AMPLITUDE_API_KEY', HELP.send],
    [['convert', '--region', 'asia'], '--region must be us or eu, got "asia"', HELP.convert],
    [['convert', '--out-dir'], "Option '--out-dir <value>' argument missing", HELP.convert],
    [['validate', '--out-dir', 'x'], '--out-dir is not an option of validate (only of convert)', HELP.validate],
    [['convert', '--min-id-length', '0'], '--min-id-length must be an integer >= 1, got "0"', HELP.convert],
    [['convert', 'a', 'b'], 'one input at a time; got a, b', HELP.convert],
    [['send', '--api-key', 'K', '--endpoint', 'localhost:9000'], '--endpoint must be an http(s) URL, got "localhost:9000"', HELP.send],
  ])('reports %j as a usage error: %s', (args, message, help) => {
    expect(parseCommandLine(args, {})).toStrictEqual({ kind: 'usage', message, help })
  })

  test('reports an unknown flag as a usage error naming it', () => {
    const parsed = parseCommandLine(['convert', '--regoin', 'eu'], {})
    expect(parsed.kind).toBe('usage')
    expect(parsed.kind === 'usage' && parsed.message).toContain("'--regoin'")
  })
})
