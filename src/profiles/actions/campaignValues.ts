import { UTM_RULES } from '../../fields/campaign.js'
import type { SegmentContext } from '../../models/segment/types.js'

/** What the Actions mappings read from the campaign and the page: `""` counts as present. */
export interface CampaignValues {
  /** `utm_source`, `utm_medium`, `utm_campaign`, `utm_term`, `utm_content`: the values present. */
  readonly utm: Readonly<Record<string, string>>
  readonly referrer: string | undefined
}

/**
 * `context.campaign` as Amplitude's `utm_*` names (the Classic {@link UTM_RULES}) and
 * `context.page.referrer`. Empty text is kept: Segment copies `""` into the user properties.
 *
 * @example
 * campaignValues({ campaign: { source: 'google', name: 'spring' } })
 * // { utm: { utm_source: 'google', utm_campaign: 'spring' }, referrer: undefined }
 */
export function campaignValues(context: SegmentContext | undefined): CampaignValues {
  const utm: Record<string, string> = {}
  const campaign = context?.campaign
  for (const [from, to] of UTM_RULES) {
    const value = campaign?.[from]
    if (value !== undefined) utm[to] = value
  }
  return { utm, referrer: context?.page?.referrer }
}
