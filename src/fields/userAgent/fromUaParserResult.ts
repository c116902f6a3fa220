import type { UserAgentInfo } from '../userAgentTypes.js'

/** The parts of a ua-parser-js 0.7.x result that `UserAgentInfo` carries. */
export interface UaParserResult {
  readonly browser: { readonly name?: string | undefined; readonly major?: string | undefined }
  readonly os: { readonly name?: string | undefined; readonly version?: string | undefined }
  readonly device: { readonly vendor?: string | undefined; readonly model?: string | undefined; readonly type?: string | undefined }
}

/**
 * A ua-parser-js result in `UserAgentInfo` shape, with absent and empty values left out: how the
 * tests and `npm run ua:agreement` compare the built-in parser with the reference, and how a
 * caller could plug ua-parser-js into the `parseUserAgent` setting.
 *
 * @example
 * fromUaParserResult(UAParser(ua)) // { browser: 'Chrome', browserVersion: '120', os: 'Windows', osVersion: '10' }
 */
export function fromUaParserResult({ browser, os, device }: UaParserResult): UserAgentInfo {
  const fields = {
    browser: browser.name,
    browserVersion: browser.major,
    os: os.name,
    osVersion: os.version,
    deviceVendor: device.vendor,
    deviceModel: device.model,
    deviceType: device.type,
  }
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== ''))
}
