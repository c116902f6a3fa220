// The benchmark's printed report: per-message times, messages per second and the ratios the
// targets of issue 10 are about, each target beside its figure.

import type { CliBenchResult } from './runCliBench.js'
import { CONTENDERS, type BenchResult, type ContenderKey, type CorpusBench } from './runBench.js'
import type { Timing } from './measureInterleaved.js'

const int = (value: number): string => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '-')
const micros = (ns: number): string => (Number.isFinite(ns) ? (ns / 1000).toFixed(ns < 10_000 ? 2 : 1) : '-')
const times = (ratio: number | undefined): string => (ratio === undefined || !Number.isFinite(ratio) ? '-' : `${ratio.toFixed(ratio < 10 ? 2 : 1)}x`)

function timingRow(label: string, timing: Timing | undefined): string {
  if (timing === undefined) return `  ${label.padEnd(50)}${'skipped'.padStart(10)}\n`
  return `  ${label.padEnd(50)}${micros(timing.nsPerMessage).padStart(10)}${int(timing.messagesPerSecond).padStart(14)}\n`
}

const ROW_ORDER: readonly ContenderKey[] = ['baseline', 'floor', 'pipelineClassic', 'pipelineActions', 'pipelineUncached', 'ourClassic', 'ourActions', 'payloads', 'segment']

function verdict(value: number | undefined, target: number, aim: number, higherIsBetter: boolean): string {
  if (value === undefined || !Number.isFinite(value)) return ''
  const meets = (bound: number): boolean => (higherIsBetter ? value >= bound : value <= bound)
  return meets(aim) ? '(meets the aim)' : meets(target) ? '(meets the target, short of the aim)' : '(MISSES the target)'
}

function corpusSection(corpus: CorpusBench): string {
  let text = `corpus ${corpus.corpus}: ${int(corpus.messages)} messages, ${int(corpus.averageBytes)} bytes on average; `
  text += `${corpus.callsPerMessage.classic.toFixed(2)} Classic / ${corpus.callsPerMessage.actions.toFixed(2)} Actions calls per message; `
  text += `${int(corpus.userAgents)} distinct user agents`
  if (corpus.segmentRequests !== undefined) text += `; Segment: ${int(corpus.segmentRequests)} requests`
  text += `\n  ${corpus.description}\n`
  text += `  ${'contender'.padEnd(50)}${'µs/msg'.padStart(10)}${'msg/s'.padStart(14)}\n`
  for (const key of ROW_ORDER) text += timingRow(CONTENDERS[key], corpus.timings[key])
  const { ratios } = corpus
  if (ratios.speedUp === undefined) {
    text += "  speed-up vs Segment: skipped (Segment's destination not loaded)\n"
  } else {
    text += `  speed-up, Segment / our Actions translate + toRequests: ${times(ratios.speedUp)} ${verdict(ratios.speedUp, 30, 50, true)}\n`
    text += `    ceiling, Segment / JSON.stringify of the payloads:    ${times(ratios.ceiling)}\n`
    text += `    (Classic profile: ${times(ratios.speedUpClassic)})\n`
  }
  text += `  pipeline / baseline: Classic ${times(ratios.pipelineClassicOverBaseline)} ${verdict(ratios.pipelineClassicOverBaseline, 1.5, 1.2, false)}, `
  text += `Actions ${times(ratios.pipelineActionsOverBaseline)} ${verdict(ratios.pipelineActionsOverBaseline, 1.5, 1.2, false)}\n`
  text += `    floor / baseline: ${times(ratios.floorOverBaseline)} (a translator that checks nothing)\n`
  return text
}

/**
 * The report of {@link runBench}'s result as text.
 *
 * @example
 * process.stdout.write(formatReport(await runBench({ size: 500, seed: 1, warmup: 1, rounds: 3 })))
 */
export function formatReport(result: BenchResult): string {
  const { options } = result
  let text = `CPU time of this process per message, median of ${options.rounds} interleaved rounds after ${options.warmup} warm-up round(s)\n`
  text +=
    'skipped' in result.segment
      ? `Segment's Actions destination: comparison skipped: ${result.segment.skipped}\n`
      : `Segment's Actions destination: ${Object.entries(result.segment.versions)
          .map(([name, version]) => `${name} ${version}`)
          .join(', ')}\n`
  text += '\n'
  for (const corpus of result.corpora) text += `${corpusSection(corpus)}\n`
  text += `translate alone, per call type (the sampled corpora), µs/msg\n`
  if (result.perType.length === 0) text += '  skipped: no sampled corpus (mixed, web, commerce) was built\n'
  else text += `  ${'type'.padEnd(10)}${'messages'.padStart(10)}${'Classic'.padStart(10)}${'Actions'.padStart(10)}${'Classic msg/s'.padStart(16)}${'Actions msg/s'.padStart(16)}\n`
  for (const row of result.perType) {
    text += `  ${row.type.padEnd(10)}${int(row.messages).padStart(10)}${micros(row.classic.nsPerMessage).padStart(10)}${micros(row.actions.nsPerMessage).padStart(10)}`
    text += `${int(row.classic.messagesPerSecond).padStart(16)}${int(row.actions.messagesPerSecond).padStart(16)}\n`
  }
  const ua = result.userAgent
  text += `\nuser-agent parsing, ${int(ua.strings)} strings (user-agents top list + the testing corpus), µs/string\n`
  text += timingRow(ua.ours.name, ua.ours)
  text += timingRow(ua.reference.name, ua.reference)
  text += `  built-in parser is ${times(ua.speedUp)} as fast ${ua.speedUp > 1 ? '(meets the target)' : '(MISSES the target)'}\n`
  return text
}

/**
 * The CLI run's figures as text.
 *
 * @example
 * process.stdout.write(formatCliReport(await runCliBench({ count: 1_000_000 })))
 */
export function formatCliReport(cli: CliBenchResult): string {
  let text = `CLI end to end: segment-amplitude convert FILE > /dev/null, ${int(cli.messages)} messages (${(cli.fileBytes / 1e6).toFixed(0)} MB NDJSON)\n`
  text += `  wall ${(cli.wallMs / 1000).toFixed(1)} s, CPU ${(cli.cpuMs / 1000).toFixed(1)} s: ${int(cli.messagesPerSecond)} messages/s wall, `
  text += `${int(cli.messages / (cli.cpuMs / 1000))} messages/s of CPU; peak RSS ${(cli.peakRssBytes / 1e6).toFixed(0)} MB; exit code ${cli.exitCode}\n`
  return text
}
