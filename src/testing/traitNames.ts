/**
 * Every trait name {@link arbTraits} may produce. {@link arbSettings} draws the `traitsTo*` lists
 * from it, so generated settings name traits that generated messages carry.
 *
 * @example
 * import { TRAIT_NAMES } from 'segment-amplitude/testing'
 * TRAIT_NAMES.includes('logins') // true
 */
export const TRAIT_NAMES: readonly string[] = Object.freeze([
  'name',
  'firstName',
  'lastName',
  'email',
  'phone',
  'username',
  'plan',
  'logins',
  'credits',
  'age',
  'createdAt',
  'birthday',
  'gender',
  'title',
  'website',
  'avatar',
  'address',
  'company',
  'tags',
  'favorite_genres',
  'paying',
  'initial_referrer',
])

/**
 * Every trait name {@link arbGroupTraits} may produce. {@link arbSettings} draws
 * `groupTypeTrait` and `groupValueTrait` from it.
 *
 * @example
 * import { GROUP_TRAIT_NAMES } from 'segment-amplitude/testing'
 * GROUP_TRAIT_NAMES.includes('industry') // true
 */
export const GROUP_TRAIT_NAMES: readonly string[] = Object.freeze([
  'name',
  'industry',
  'employees',
  'plan',
  'website',
  'createdAt',
  'address',
  'account_type',
  'account_id',
])
