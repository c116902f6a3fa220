// `npm run bench`: the in-process comparison (see docs/performance.md).
//   npm run bench                    5,000 messages per corpus, 2 warm-up + 11 measured rounds
//   npm run bench -- --quick         a fast smoke: 300 messages, 1 + 3 rounds
//   npm run bench -- --cli           also the CLI on a 1,000,000-message file (or BENCH_CLI=1)
//   npm run bench -- --cli-only      only the CLI
//   options: --size N  --rounds N  --warmup N  --seed N  --corpora a,b  --cli-count N  --cli-path FILE  --no-segment  --json FILE

import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { parseArgs } from 'node:util'
import { formatCliReport, formatReport } from './formatReport.js'
import { runBench } from './runBench.js'
import { runCliBench } from './runCliBench.js'
import { CORPUS_NAMES, DEFAULT_CORPUS_OPTIONS } from './buildCorpora.js'

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    cli: { type: 'boolean', default: process.env['BENCH_CLI'] === '1' },
    'cli-only': { type: 'boolean', default: false },
    'no-segment': { type: 'boolean', default: false },
    size: { type: 'string' },
    rounds: { type: 'string' },
    warmup: { type: 'string' },
    seed: { type: 'string' },
    corpora: { type: 'string' },
    'cli-count': { type: 'string' },
    'cli-path': { type: 'string' },
    json: { type: 'string' },
  },
})

const integer = (text: string | undefined, fallback: number): number => {
  if (text === undefined) return fallback
  const value = Number(text)
  if (!Number.isInteger(value) || value < 0) throw new Error(`bench: expected a non-negative integer, got ${text}`)
  return value
}

const names = (text: string | undefined): { corpora?: readonly string[] } => {
  if (text === undefined) return {}
  const corpora = text.split(',').map((name) => name.trim())
  const unknown = corpora.filter((name) => !CORPUS_NAMES.includes(name))
  if (unknown.length > 0) throw new Error(`bench: unknown corpus ${unknown.join(', ')} (known: ${CORPUS_NAMES.join(', ')})`)
  return { corpora }
}

const quick = values.quick
const options = {
  size: integer(values.size, quick ? 300 : DEFAULT_CORPUS_OPTIONS.size),
  seed: integer(values.seed, DEFAULT_CORPUS_OPTIONS.seed),
  warmup: integer(values.warmup, quick ? 1 : 2),
  rounds: integer(values.rounds, quick ? 3 : 11),
  segment: !values['no-segment'],
  ...names(values.corpora),
}

const cpu = cpus()[0]?.model ?? 'unknown CPU'
console.log(`segment-amplitude bench: node ${process.version}, ${cpu}, ${cpus().length} CPUs (shared machines are noisy: compare the ratios)`)
const result = values['cli-only'] ? undefined : await runBench({ ...options, log: (line) => console.error(`… ${line}`) })
if (result !== undefined) console.log(formatReport(result))

let cli: Awaited<ReturnType<typeof runCliBench>> | undefined
if (values.cli || values['cli-only']) {
  const count = integer(values['cli-count'], quick ? 20_000 : 1_000_000)
  console.error(`… CLI: generating ${count.toLocaleString('en-US')} messages and converting them`)
  cli = await runCliBench({ count, ...(values['cli-path'] === undefined ? {} : { cliPath: values['cli-path'] }) })
  console.log(formatCliReport(cli))
} else {
  console.log('CLI end to end: skipped (add --cli or BENCH_CLI=1; needs `npm run build`)')
}

if (values.json !== undefined) writeFileSync(values.json, `${JSON.stringify({ node: process.version, cpu, result, cli }, null, 2)}\n`)
