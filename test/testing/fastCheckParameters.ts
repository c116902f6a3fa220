/** The run parameters every property test of this repository uses. */
export interface FastCheckParameters {
  readonly seed: number
  readonly numRuns: number
}

/** Runs per property when `FC_NUM_RUNS` is unset: quick enough for every `npm test`. */
export const DEFAULT_NUM_RUNS = 100

function integerFrom(env: Readonly<Record<string, string | undefined>>, name: string, min: number): number | undefined {
  const text = env[name]?.trim()
  if (text === undefined || text === '') return undefined
  const value = Number(text)
  // A typo in a nightly job must fail loudly, not quietly run the default.
  if (!Number.isSafeInteger(value) || value < min) throw new TypeError(`${name} must be an integer >= ${min}, got "${text}"`)
  return value
}

/**
 * Reads `FC_NUM_RUNS` (runs per property) and `FC_SEED` (replay a printed run) from `env`;
 * without `FC_SEED` the seed comes from `randomSeed`.
 *
 * @example
 * fastCheckParameters({ FC_NUM_RUNS: '10000' }, () => 42) // { seed: 42, numRuns: 10000 }
 */
export function fastCheckParameters(
  env: Readonly<Record<string, string | undefined>>,
  randomSeed: () => number,
): FastCheckParameters {
  return {
    seed: integerFrom(env, 'FC_SEED', -(2 ** 31)) ?? randomSeed(),
    numRuns: integerFrom(env, 'FC_NUM_RUNS', 1) ?? DEFAULT_NUM_RUNS,
  }
}
