import type { Arbitrary } from 'fast-check'
import { expectTypeOf, test } from 'vitest'
import type { Settings } from '../../src/settings/settings.js'
import { arbSegmentMessage, arbSettings, arbTrack, type GeneratedMessage } from '../../src/testing/index.js'

test('message arbitraries are typed by call, with ids as they arrive on the wire', () => {
  expectTypeOf(arbTrack).toEqualTypeOf<Arbitrary<GeneratedMessage<'track'>>>()
  expectTypeOf<GeneratedMessage<'track'>['event']>().toEqualTypeOf<string>()
  expectTypeOf<{ type: 'track'; event: 'Signed Up'; userId: 42; anonymousId: null }>().toExtend<GeneratedMessage<'track'>>()
  expectTypeOf<{ type: 'track'; userId: 'u' }>().not.toExtend<GeneratedMessage<'track'>>()
})

test('GeneratedMessage narrows on type like SegmentMessage', () => {
  expectTypeOf(arbSegmentMessage).toEqualTypeOf<Arbitrary<GeneratedMessage>>()
  const narrow = (message: GeneratedMessage): string | undefined => (message.type === 'alias' ? String(message.previousId) : undefined)
  expectTypeOf(narrow).returns.toEqualTypeOf<string | undefined>()
})

test('arbSettings yields partial settings that translate accepts', () => {
  expectTypeOf(arbSettings).toEqualTypeOf<Arbitrary<Partial<Settings>>>()
})
