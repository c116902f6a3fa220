import type { RunStats } from './runStats.js'

const number = (value: number): string => value.toLocaleString('en-US')

/**
 * The progress line's text: messages read, calls, requests, rate and issues (and delivery
 * counts for `send`).
 *
 * @example
 * progressText(stats, 12, 2_000) // 'read 40,000 · calls 52,000 · requests 27 · 20,000 msg/s · issues 12'
 */
export function progressText(stats: RunStats, issues: number, elapsedMs: number): string {
  const calls = Object.values(stats.calls).reduce((a, b) => a + b, 0)
  const rate = elapsedMs > 0 ? Math.round((stats.read * 1000) / elapsedMs) : 0
  const delivery = stats.command === 'send' ? ` · delivered ${number(stats.delivered)} · rejected ${number(stats.rejected)}` : ''
  return `read ${number(stats.read)} · calls ${number(calls)} · requests ${number(stats.requests)}${delivery} · ${number(rate)} msg/s · issues ${number(issues)}`
}

/**
 * A progress reporter on a stream: on a terminal one line redrawn in place (at most 10 times a
 * second), elsewhere (`--progress` in a pipe or a log) a new line every 2 seconds, or nothing.
 * `tick` is cheap enough to call per record batch.
 *
 * @example
 * const progress = createProgress(process.stderr, 'tty', stats, () => tally.count('error'), Date.now)
 * progress.tick()
 * progress.done()
 */
export function createProgress(
  stream: NodeJS.WritableStream,
  mode: 'tty' | 'lines' | 'off',
  stats: RunStats,
  issues: () => number,
  now: () => number,
): { tick(): void; done(): void } {
  const interval = mode === 'tty' ? 100 : 2000
  let last = 0
  let drawn = false
  function draw(): void {
    const text = `segment-amplitude ${stats.command}: ${progressText(stats, issues(), now() - stats.startedAt)}`
    if (mode === 'tty') {
      // A line wider than the terminal would wrap, and `\r` cannot go back over the wrap.
      const columns = (stream as { columns?: number }).columns
      stream.write(`\r\u001b[2K${columns === undefined || columns < 2 ? text : text.slice(0, columns - 1)}`)
      drawn = true
    } else stream.write(`${text}\n`)
  }
  return {
    tick() {
      if (mode === 'off') return
      const at = now()
      if (at - last < interval) return
      last = at
      draw()
    },
    done() {
      if (mode === 'tty' && drawn) stream.write('\r\u001b[2K')
    },
  }
}
