import { describe, expectTypeOf, test } from 'vitest'
import type { AmplitudeCall, Issue, ResolvedSettings, Settings, TranslateResult } from './index.js'
import { resolveSettings, translate, translateOrThrow, TranslationError } from './index.js'

describe('translate', () => {
  test('takes any value and optional partial settings', () => {
    expectTypeOf(translate).parameter(0).toBeUnknown()
    expectTypeOf(translate).parameter(1).toEqualTypeOf<Partial<Settings> | undefined>()
    expectTypeOf(translate).returns.toEqualTypeOf<TranslateResult>()
  })

  test('offers calls only after narrowing on ok', () => {
    const result = translate({ type: 'track', event: 'Signed Up', userId: 'user-123' })
    expectTypeOf(result.issues).toEqualTypeOf<Issue[]>()
    // @ts-expect-error calls exist only when ok is true
    void result.calls
    if (result.ok) expectTypeOf(result.calls).toEqualTypeOf<AmplitudeCall[]>()
    else expectTypeOf(result).not.toHaveProperty('calls')
  })

  test('rejects unknown and wrongly typed settings at compile time too', () => {
    // @ts-expect-error an unknown setting
    translate({}, { trackAllPage: true })
    // @ts-expect-error a wrongly typed setting
    translate({}, { trackAllPages: 'yes' })
    // @ts-expect-error profiles are 'classic' or 'actions'
    translate({}, { profile: 'beta' })
  })

  test('accepts resolved settings', () => {
    expectTypeOf<ResolvedSettings>().toExtend<Partial<Settings>>()
    expectTypeOf(resolveSettings).returns.toEqualTypeOf<ResolvedSettings>()
  })
})

describe('translateOrThrow', () => {
  test('returns the calls and throws a TranslationError carrying the issues', () => {
    expectTypeOf(translateOrThrow).returns.toEqualTypeOf<AmplitudeCall[]>()
    expectTypeOf<TranslationError['issues']>().toEqualTypeOf<readonly Issue[]>()
    expectTypeOf<TranslationError>().toExtend<Error>()
  })
})

describe('TranslateResult', () => {
  test('carries no any', () => {
    expectTypeOf<TranslateResult>().not.toBeAny()
    expectTypeOf<Extract<TranslateResult, { ok: true }>['calls'][number]>().not.toBeAny()
    expectTypeOf<TranslateResult['issues'][number]>().toEqualTypeOf<Issue>()
  })
})
