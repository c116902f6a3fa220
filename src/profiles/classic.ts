import type { Registry } from '../mappings/types.js'

const notYet = (): undefined => undefined

/** The Classic profile's call mappings (SPEC sections 3 to 5). */
export const classicRegistry: Registry = {
  track: notYet,
  page: notYet,
  screen: notYet,
  identify: notYet,
  group: notYet,
  alias: notYet,
}
