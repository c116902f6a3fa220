/**
 * A value template: literal text with `$1`, `$2`, … standing for the pattern's capture groups.
 * A value whose group did not match (or matched nothing) is absent, as in ua-parser-js.
 */
type Template = string

/** Rewrites a captured value (`10_15_7` -> `10.15.7`, `NT 10.0` -> `10`, …). */
export type ValueFix = (value: string) => string | undefined

/**
 * One browser or OS rule: `[pattern, name = '$1', version]`. `version` is a template or a fix for
 * the default template, which is `$2` when the name is taken from `$1`, else `$1`. Rules are tried
 * in order and the first pattern that matches wins, as ua-parser-js 0.7.x does.
 *
 * @example
 * const chromeOnIos: NameRule = [/\bcrios\/([\w.]+)/i, 'Chrome']
 * const anyChrome: NameRule = [/(chrome)\/([\w.]+)/i]
 */
export type NameRule = readonly [pattern: RegExp, name?: Template, version?: Template | ValueFix]

/**
 * One device rule: `[pattern, vendor, type, model]`. `type` is `''` for none; `model` is a template
 * or a fix (applied to vendor and model) for the default template, which is `$2` when the vendor
 * is taken from `$1`, else `$1`.
 *
 * @example
 * const samsungPhone: DeviceRule = [/samsung[- ]([-\w]+)/i, 'Samsung', 'mobile']
 * const appleTv: DeviceRule = [/(apple) ?tv/i, '$1', 'smarttv', 'Apple TV']
 */
export type DeviceRule = readonly [pattern: RegExp, vendor: Template, type: string, model?: Template | ValueFix]
