import type { SegmentContext } from '../../models/segment/types.js'

/**
 * The Actions profile's `platform`: `context.device.type` with its first `ios` (any case) replaced
 * by `iOS` and then its first `android` by `Android`, as substrings (`"biosphere-android"` gives
 * `"biOSphere-Android"`, `"web"` stays `"web"`). Without a device type, `"Web"` when
 * `context.library.name` is exactly `analytics.js`; otherwise absent.
 *
 * @example
 * actionsPlatform({ device: { type: 'IOS' } }) // 'iOS'
 * actionsPlatform({ library: { name: 'analytics.js' } }) // 'Web'
 */
export function actionsPlatform(context: SegmentContext | undefined): string | undefined {
  const type = context?.device?.type
  if (type !== undefined && type !== '') return type.replace(/ios/i, 'iOS').replace(/android/i, 'Android')
  return context?.library?.name === 'analytics.js' ? 'Web' : undefined
}
