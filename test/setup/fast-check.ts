// Global fast-check settings for every property test. FC_NUM_RUNS scales the runs (CI can ask for
// more, a quick local loop for fewer); FC_SEED replays a failure with the seed fast-check printed.
import fc from 'fast-check'

const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 100)
const seed = process.env['FC_SEED']

fc.configureGlobal({
  numRuns: Number.isInteger(numRuns) && numRuns > 0 ? numRuns : 100,
  ...(seed === undefined || seed === '' ? {} : { seed: Number(seed) }),
})
