// Interleaved timing: every round runs each contender once, in turn, so that a burst of load on a
// shared machine hits all of them alike, and the median over rounds discards the outliers.

/** Something to time: one `run` processes `messages` messages (or strings, for a parser). */
export interface Contender {
  readonly name: string
  /** Units processed by one run; times are reported per unit. */
  readonly messages: number
  readonly run: () => void | Promise<void>
}

/** A contender's timings: one per measured round, and their median. */
export interface Timing {
  readonly name: string
  readonly messages: number
  /** CPU nanoseconds per message in each measured round, in round order. */
  readonly rounds: readonly number[]
  readonly nsPerMessage: number
  readonly messagesPerSecond: number
}

export interface RoundOptions {
  /** Rounds run and thrown away first (JIT warm-up). */
  readonly warmup: number
  /** Measured rounds; the median is reported. */
  readonly rounds: number
}

/** The median (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  if (sorted.length === 0) return Number.NaN
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

// CPU time (user + system) of the whole process rather than wall-clock time: on a machine shared
// with other work, being descheduled does not count against a contender.
function cpuMicros(): number {
  const { user, system } = process.cpuUsage()
  return user + system
}

/**
 * Times the contenders round-robin: `warmup` rounds, then `rounds` measured rounds in which each
 * contender runs once, the starting contender rotating from round to round. Returns each
 * contender's median CPU time per message.
 *
 * @example
 * const [timing] = await measureInterleaved([{ name: 'parse', messages: texts.length, run: () => texts.forEach((t) => JSON.parse(t)) }], { warmup: 1, rounds: 5 })
 * console.log(timing.nsPerMessage)
 */
export async function measureInterleaved(contenders: readonly Contender[], options: RoundOptions): Promise<Timing[]> {
  const samples: number[][] = contenders.map(() => [])
  const total = options.warmup + options.rounds
  for (let round = 0; round < total; round++) {
    for (let turn = 0; turn < contenders.length; turn++) {
      const index = (turn + round) % contenders.length
      const contender = contenders[index]
      if (contender === undefined) continue
      const start = cpuMicros()
      await contender.run()
      const spent = cpuMicros() - start
      if (round >= options.warmup) samples[index]?.push((spent * 1000) / Math.max(1, contender.messages))
    }
  }
  return contenders.map((contender, index) => {
    const rounds = samples[index] ?? []
    const nsPerMessage = median(rounds)
    return { name: contender.name, messages: contender.messages, rounds, nsPerMessage, messagesPerSecond: 1e9 / nsPerMessage }
  })
}
