import type { Settings } from '../settings/settings.js'
import { classicRegistry } from './classic.js'
import type { Profile } from './profile.js'

/** Every profile by its `profile` setting. */
export const PROFILES: Readonly<Record<Settings['profile'], Profile>> = {
  classic: { integration: 'Amplitude', registry: classicRegistry },
  // Placeholder until the Actions profile lands: Classic mappings under the Actions key.
  actions: { integration: 'Actions Amplitude', registry: classicRegistry },
}
