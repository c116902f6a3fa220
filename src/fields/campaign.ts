import type { SegmentContext } from '../models/segment/types.js'
import type { ResolvedSettings } from '../settings/resolveSettings.js'

/** `$set` and `$setOnce` user properties derived from the message context. */
export interface ContextOperations {
  readonly $set: Record<string, string>
  readonly $setOnce: Record<string, string>
}

/** `context.campaign` key -> Amplitude's UTM user property (SPEC section 3). */
export const UTM_RULES: readonly (readonly [from: 'source' | 'medium' | 'name' | 'term' | 'content', to: string])[] = [
  ['source', 'utm_source'],
  ['medium', 'utm_medium'],
  ['name', 'utm_campaign'],
  ['term', 'utm_term'],
  ['content', 'utm_content'],
]

// `initial_utm_source` and so on, the $setOnce names of UTM_RULES, built once.
const INITIAL_UTM_NAMES: readonly string[] = UTM_RULES.map(([, to]) => `initial_${to}`)

// The host part of an absolute URL, as `referrer.split('/')[2]` gives it in Amplitude's SDKs
// (port included, user info excluded). Linear: character classes only.
const HOST = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#]+)/

/**
 * UTM and referrer user properties (SPEC section 3): with `trackUtmProperties`,
 * `context.campaign` becomes `$set` `utm_*` and `$setOnce` `initial_utm_*`; with `trackReferrer`,
 * `context.page.referrer` becomes `$set` `referrer`/`referring_domain` and `$setOnce`
 * `initial_referrer`/`initial_referring_domain`. `undefined` when there is nothing to set.
 *
 * @example
 * contextOperations({ campaign: { source: 'newsletter' } }, settings)
 * // { $set: { utm_source: 'newsletter' }, $setOnce: { initial_utm_source: 'newsletter' } }
 */
export function contextOperations(context: SegmentContext | undefined, settings: ResolvedSettings): ContextOperations | undefined {
  if (context === undefined) return undefined
  let ops: ContextOperations | undefined
  const campaign = settings.trackUtmProperties ? context.campaign : undefined
  if (campaign !== undefined) {
    for (let i = 0; i < UTM_RULES.length; i++) {
      const [from, to] = UTM_RULES[i] as (typeof UTM_RULES)[number]
      const value = campaign[from]
      if (value === undefined || value === '') continue
      ops ??= { $set: {}, $setOnce: {} }
      ops.$set[to] = value
      ops.$setOnce[INITIAL_UTM_NAMES[i] as string] = value
    }
  }
  const referrer = settings.trackReferrer ? context.page?.referrer : undefined
  if (referrer !== undefined && referrer !== '') {
    ops ??= { $set: {}, $setOnce: {} }
    ops.$set['referrer'] = referrer
    ops.$setOnce['initial_referrer'] = referrer
    const host = HOST.exec(referrer)?.[1]
    if (host !== undefined) {
      ops.$set['referring_domain'] = host
      ops.$setOnce['initial_referring_domain'] = host
    }
  }
  return ops
}
