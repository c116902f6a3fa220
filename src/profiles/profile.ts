import type { IntegrationName } from '../fields/integrationOptions.js'
import type { Registry } from '../mappings/types.js'

/**
 * A translation profile: which `integrations` key addresses it and which call mappings it uses.
 *
 * @example
 * const profile: Profile = { integration: 'Amplitude', registry: classicRegistry }
 */
export interface Profile {
  readonly integration: IntegrationName
  readonly registry: Registry
}
