import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCli, runCli, SAMPLE } from './builtCli.js'

let cli = ''
let cleanup = async (): Promise<void> => undefined
let dir = ''

beforeAll(async () => {
  ;({ cli, cleanup } = await buildCli())
  dir = await mkdtemp(join(tmpdir(), 'segment-amplitude-validate-'))
}, 120_000)

afterAll(async () => {
  await cleanup()
  await rm(dir, { recursive: true, force: true })
})

describe('segment-amplitude validate', () => {
  test('finds the sample valid and summarises it with exact counts', async () => {
    const run = await runCli(cli, ['validate', SAMPLE, '--json'])
    expect(run.code).toBe(0)
    // Bytes and timing depend on the exact payloads and the machine: the counts do not.
    const { input, bytes, elapsedMs, byCode, ...counts } = JSON.parse(run.stdout) as Record<string, unknown>
    expect(counts).toStrictEqual({
      command: 'validate',
      format: 'ndjson',
      messages: { read: 195, ok: 195, skipped: 0, failed: 0 },
      calls: { event: 173, identify: 32, groupidentify: 8, usermap: 6, total: 219 },
      requests: 4,
      issues: { error: 0, warning: 0, info: 12 },
    })
    expect(input).toBe(SAMPLE)
    expect(bytes).toBeGreaterThan(100_000)
    expect(elapsedMs).toBeTypeOf('number')
    expect(byCode).toMatchObject([{ code: 'products_fanned_out', severity: 'info', count: 12, firstLines: [11, 21, 31, 51, 60] }])
  })

  test('prints the issues by code with counts and first lines, and exits 1 when a message fails', async () => {
    const file = join(dir, 'mixed.ndjson')
    const track = (n: number, extra = ''): string =>
      `{"type":"track","event":"Signed Up","userId":"user-${n}","messageId":"m-${n}","timestamp":"2024-05-06T10:00:00Z"${extra}}`
    await writeFile(
      file,
      [
        track(1),
        'garbage',
        track(3, ',"integrations":{"Amplitude":false}'),
        track(4, ',"timestamp":"yesterday"'),
        '{"type":"page","anonymousId":"anon-00005"}',
        'also garbage',
        track(7, ',"timestamp":"not a date"'),
      ].join('\n'),
    )
    const run = await runCli(cli, ['validate', file])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('messages read                    7\n')
    expect(run.stdout).toContain('    valid                          3\n')
    expect(run.stdout).toContain('    skipped (no calls)             2\n')
    expect(run.stdout).toContain('    failed                         2\n')
    expect(run.stdout).toMatch(/error {4}invalid_json {18} +2 {3}2, 6\n/u)
    expect(run.stdout).toMatch(/warning {2}invalid_timestamp {13} +2 {3}4, 7\n/u)
  })

  test('reads its input from stdin', async () => {
    const run = await runCli(cli, ['validate', '--json'], { stdin: '{"type":"alias","userId":"user-1","previousId":"anon-1"}\n' })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ input: 'stdin', messages: { read: 1, ok: 1 }, calls: { usermap: 1 } })
  })
})
