/**
 * Configures fast-check for a test file: `FC_NUM_RUNS` runs per property (100 by default) and
 * one seed, printed so that any run can be replayed with `FC_SEED=<seed>`. Use it as a vitest
 * `setupFiles` entry, or import it first thing in a `*.prop.test.ts` file.
 */
import fc from 'fast-check'
import { fastCheckParameters } from './fastCheckParameters.js'

// fast-check's own default seed is built the same way; it is only chosen here so it can be printed.
const parameters = fastCheckParameters(process.env, () => (Date.now() ^ Math.floor(Math.random() * 0x1_0000_0000)) | 0)

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: parameters.seed, numRuns: parameters.numRuns })

console.info(`[fast-check] seed ${parameters.seed}, ${parameters.numRuns} runs per property; replay with FC_SEED=${parameters.seed}`)
