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

/** `version.split('.')[0]`, without the array. */
function majorVersion(version: string | undefined): string | undefined {
  if (version === undefined) return undefined
  const dot = version.indexOf('.')
  return dot < 0 ? version : version.slice(0, dot)
}

/**
 * Writes the user-agent keys of the Actions profile (logEventV2, the logPurchase order event,
 * identifyUser) into `target`, first, so that every explicit context field written after them
 * overrides them one by one while they keep their place. With `userAgentParsing` and a non-empty
 * `context.userAgent`, whatever the platform: `os_name` = the OS, else the browser; `os_version` =
 * `context.userAgentData.platformVersion`, else the browser's major version;
 * `device_manufacturer` = the device vendor; `device_model` = `context.userAgentData.model`, else
 * the device model, else the OS. Segment's `device_type` is not an Amplitude field and is not
 * copied (SPEC 6).
 *
 * @example
 * const event = {}
 * writeActionsUserAgentFields(event, { userAgent: macChrome93 }, settings, issues)
 * // event: { os_name: 'Mac OS', os_version: '93', device_model: 'Mac OS' }
 */
export function writeActionsUserAgentFields(
  target: Record<string, unknown>,
  context: SegmentContext | undefined,
  settings: ResolvedSettings,
  issues: Issue[],
): void {
  const userAgent = context?.userAgent
  if (!settings.userAgentParsing || context === undefined || userAgent === undefined || userAgent === '') return
  const info = userAgentInfo(userAgent, settings)
  const osName = info.os ?? info.browser
  if (osName !== undefined) target['os_name'] = osName
  const osVersion = userAgentDataText(context, 'platformVersion', issues) ?? majorVersion(info.browserVersion)
  if (osVersion !== undefined) target['os_version'] = osVersion
  if (info.deviceVendor !== undefined) target['device_manufacturer'] = info.deviceVendor
  const model = userAgentDataText(context, 'model', issues) ?? info.deviceModel ?? info.os
  if (model !== undefined) target['device_model'] = model
}
