import type { AmplitudeCall } from '../../src/models/amplitude/types.js'
import type { Settings } from '../../src/settings/settings.js'
import { translate, type TranslateResult } from '../../src/translate.js'

/** `translate` with `profile: 'actions'`. */
export function actions(message: unknown, settings: Partial<Settings> = {}): TranslateResult {
  return translate(message, { ...settings, profile: 'actions' })
}

/** The result of a message translated with no issue. */
export function sent(...calls: AmplitudeCall[]): TranslateResult {
  return { ok: true, issues: [], calls }
}

/** The issues of a result without their messages. */
export function codes(result: TranslateResult): { severity: string; code: string; path: string }[] {
  return result.issues.map(({ severity, code, path }) => ({ severity, code, path }))
}
