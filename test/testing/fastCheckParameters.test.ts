import { describe, expect, test } from 'vitest'
import { DEFAULT_NUM_RUNS, fastCheckParameters } from './fastCheckParameters.js'

describe('fastCheckParameters', () => {
  test('uses the default run count and a fresh seed when nothing is set', () => {
    expect(fastCheckParameters({}, () => 1234)).toEqual({ seed: 1234, numRuns: DEFAULT_NUM_RUNS })
  })

  test('FC_NUM_RUNS raises the run count', () => {
    expect(fastCheckParameters({ FC_NUM_RUNS: '10000' }, () => 1)).toEqual({ seed: 1, numRuns: 10_000 })
  })

  test('FC_SEED replays a printed run, negative seeds included', () => {
    expect(fastCheckParameters({ FC_SEED: '-1795354372' }, () => 1)).toEqual({ seed: -1_795_354_372, numRuns: DEFAULT_NUM_RUNS })
  })

  test('treats empty variables as unset', () => {
    expect(fastCheckParameters({ FC_SEED: '', FC_NUM_RUNS: ' ' }, () => 7)).toEqual({ seed: 7, numRuns: DEFAULT_NUM_RUNS })
  })

  test('throws on a value that is not an integer, naming the variable', () => {
    expect(() => fastCheckParameters({ FC_NUM_RUNS: '10k' }, () => 1)).toThrow('FC_NUM_RUNS must be an integer >= 1, got "10k"')
    expect(() => fastCheckParameters({ FC_NUM_RUNS: '0' }, () => 1)).toThrow('FC_NUM_RUNS')
    expect(() => fastCheckParameters({ FC_SEED: '1.5' }, () => 1)).toThrow('FC_SEED')
  })
})
