import type { RunSummary } from './toSummary.js'

const number = (value: number): string => value.toLocaleString('en-US')

const OK_LABEL: Readonly<Record<RunSummary['command'], string>> = {
  convert: 'converted',
  validate: 'valid',
  send: 'delivered',
}

function row(label: string, value: string, detail = ''): string {
  return `  ${label.padEnd(22)}${value.padStart(12)}${detail === '' ? '' : `   ${detail}`}\n`
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`
}

/**
 * The end-of-run summary as an aligned table, then the issues by code (count, first lines and
 * the first message of each code).
 *
 * @example
 * process.stderr.write(formatSummary(toSummary(stats, tally.entries(), { elapsedMs: 812 })))
 */
export function formatSummary(summary: RunSummary): string {
  let text = `segment-amplitude ${summary.command}: ${summary.input} (${summary.format})\n`
  text += row('messages read', number(summary.messages.read))
  text += row(`  ${OK_LABEL[summary.command]}`, number(summary.messages.ok))
  text += row('  skipped (no calls)', number(summary.messages.skipped))
  text += row('  failed', number(summary.messages.failed))
  const apis = (['event', 'identify', 'groupidentify', 'usermap'] as const).map((api) => `${api} ${number(summary.calls[api])}`)
  text += row('calls', number(summary.calls.total), apis.join(' · '))
  text += row('requests', number(summary.requests), `${number(summary.bytes)} body bytes`)
  if (summary.delivery !== undefined) {
    text += row('calls delivered', number(summary.delivery.delivered))
    text += row('calls rejected', number(summary.delivery.rejected))
  }
  const { error, warning, info } = summary.issues
  text += row('issues', number(error + warning + info), `error ${number(error)} · warning ${number(warning)} · info ${number(info)}`)
  const seconds = summary.elapsedMs / 1000
  if (summary.peakRssBytes !== undefined) {
    const rate = seconds > 0 ? Math.round(summary.messages.read / seconds) : 0
    text += row('elapsed', `${seconds.toFixed(2)} s`, `${number(rate)} messages/s`)
    text += row('peak memory (RSS)', megabytes(summary.peakRssBytes))
  }
  if (summary.stopped !== undefined) text += `  stopped early: ${summary.stopped}\n`
  if (summary.byCode.length > 0) {
    text += '\nIssues by code:\n'
    text += `  ${'severity'.padEnd(9)}${'code'.padEnd(30)}${'count'.padStart(9)}   first lines\n`
    for (const entry of summary.byCode) {
      const lines = entry.firstLines.map((line) => (line === 0 ? '-' : String(line))).join(', ')
      const more = entry.count > entry.firstLines.length ? ', …' : ''
      text += `  ${entry.severity.padEnd(9)}${entry.code.padEnd(30)}${number(entry.count).padStart(9)}   ${lines}${more}\n`
      text += `  ${''.padEnd(9)}e.g. line ${entry.firstLines[0] ?? '-'}: ${truncate(entry.example, 110)}\n`
    }
  }
  return text
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ')
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`
}
