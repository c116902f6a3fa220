import type { Settings } from '../settings/settings.js'
import { actionsRegistry } from './actions.js'
import { classicRegistry } from './classic.js'
import type { Profile } from './profile.js'

/** Every profile by its `profile` setting. */
export const PROFILES: Readonly<Record<Settings['profile'], Profile>> = {
  classic: { integration: 'Amplitude', registry: classicRegistry },
  actions: { integration: 'Actions Amplitude', registry: actionsRegistry },
}
