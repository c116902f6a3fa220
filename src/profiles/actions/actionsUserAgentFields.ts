import type { Issue } from '../../issues/issue.js'
import { joinPath } from '../../issues/path.js'
import type { SegmentContext } from '../../models/segment/types.js'
import type { ResolvedSettings } from '../../settings/resolveSettings.js'
import { own } from '../../util/object.js'
import { userAgentInfo } from '../../fields/userAgentInfo.js'
import { coerceField, REJECTED } from './coerceField.js'

function userAgentDataText(context: SegmentContext, key: 'model' | 'platformVersion', issues: Issue[]): string | undefined {
  const data = context.userAgentData
  const value = data === undefined ? undefined : coerceField('string', own(data, key), 'nested')
  if (value !== REJECTED) return value as string | undefined
  const path = joinPath('context.userAgentData', key)
  issues.push({
    severity: 'warning',
    code: 'invalid_user_agent_data',
    path,
    message: `${path} is not text; the user agent alone was used`,
  })
  return undefined
}

/**
 * The user-agent keys of the Actions profile (logEventV2, the logPurchase order event,
 * identifyUser), which every explicit context field then overrides one by one. With
 * `userAgentParsing` and a non-empty `context.userAgent`, whatever the platform: `os_name` = the
 * OS, else the browser; `os_version` = `context.userAgentData.platformVersion`, else the browser's
 * major version; `device_manufacturer` = the device vendor; `device_model` =
 * `context.userAgentData.model`, else the device model, else the OS. Segment's `device_type` is
 * not an Amplitude field and is not copied (SPEC 6).
 *
 * @example
 * actionsUserAgentFields({ userAgent: macChrome93 }, settings, issues)
 * // { os_name: 'Mac OS', os_version: '93', device_model: 'Mac OS' }
 */
export function actionsUserAgentFields(
  context: SegmentContext | undefined,
  settings: ResolvedSettings,
  issues: Issue[],
): Record<string, string> {
  const userAgent = context?.userAgent
  if (!settings.userAgentParsing || context === undefined || userAgent === undefined || userAgent === '') return {}
  const info = userAgentInfo(userAgent, settings)
  const fields: Record<string, string> = {}
  const put = (key: string, value: string | undefined): void => {
    if (value !== undefined) fields[key] = value
  }
  put('os_name', info.os ?? info.browser)
  put('os_version', userAgentDataText(context, 'platformVersion', issues) ?? info.browserVersion?.split('.')[0])
  put('device_manufacturer', info.deviceVendor)
  put('device_model', userAgentDataText(context, 'model', issues) ?? info.deviceModel ?? info.os)
  return fields
}
