import { describe, expectTypeOf, test } from 'vitest'
import type {
  AmplitudeApi,
  AmplitudeCall,
  AmplitudeDeviceFields,
  AmplitudeEvent,
  GroupIdentification,
  Groups,
  Identification,
  Issue,
  JsonObject,
  JsonValue,
  ParseResult,
  ResolvedSettings,
  SegmentAlias,
  SegmentApp,
  SegmentCampaign,
  SegmentCommon,
  SegmentContext,
  SegmentData,
  SegmentDevice,
  SegmentGroup,
  SegmentIdentify,
  SegmentIntegrations,
  SegmentLibrary,
  SegmentLocation,
  SegmentMessage,
  SegmentMessageOf,
  SegmentMessageType,
  SegmentNetwork,
  SegmentOs,
  SegmentPage,
  SegmentPageContext,
  SegmentReferrer,
  SegmentScreen,
  SegmentScreenView,
  SegmentTrack,
  SegmentUserAgentData,
  Settings,
  Severity,
  TranslateResult,
  UserAgentInfo,
  UserAgentParser,
  UserMapping,
  UserProperties,
  UserPropertyOperation,
  UserPropertyOperations,
} from '../index.js'

/** The keys of `T` whose type is `any` (`0 extends 1 & X` holds only for `any`). */
type AnyKeys<T> = { [K in keyof T]-?: 0 extends 1 & T[K] ? K : never }[keyof T]

describe('SegmentMessage', () => {
  test('narrows to one call type on message.type', () => {
    const message = {} as SegmentMessage
    switch (message.type) {
      case 'track':
        expectTypeOf(message).toEqualTypeOf<SegmentTrack>()
        expectTypeOf(message.event).toEqualTypeOf<string>()
        expectTypeOf(message.properties).toEqualTypeOf<SegmentData | undefined>()
        break
      case 'identify':
        expectTypeOf(message).toEqualTypeOf<SegmentIdentify>()
        expectTypeOf(message.traits).toEqualTypeOf<SegmentData | undefined>()
        break
      case 'page':
        expectTypeOf(message).toEqualTypeOf<SegmentPage>()
        expectTypeOf(message.name).toEqualTypeOf<string | undefined>()
        break
      case 'screen':
        expectTypeOf(message).toEqualTypeOf<SegmentScreenView>()
        expectTypeOf(message.category).toEqualTypeOf<string | undefined>()
        break
      case 'group':
        expectTypeOf(message).toEqualTypeOf<SegmentGroup>()
        expectTypeOf(message.groupId).toEqualTypeOf<string | undefined>()
        break
      case 'alias':
        expectTypeOf(message).toEqualTypeOf<SegmentAlias>()
        expectTypeOf(message.previousId).toEqualTypeOf<string | undefined>()
        break
      default:
        expectTypeOf(message).toBeNever()
    }
  })

  test('has exactly the six Segment Spec types as its tag', () => {
    expectTypeOf<SegmentMessage['type']>().toEqualTypeOf<SegmentMessageType>()
    expectTypeOf<SegmentMessageType>().toEqualTypeOf<'track' | 'identify' | 'page' | 'screen' | 'group' | 'alias'>()
  })

  test('SegmentMessageOf picks the call type for a tag', () => {
    expectTypeOf<SegmentMessageOf<'track'>>().toEqualTypeOf<SegmentTrack>()
    expectTypeOf<SegmentMessageOf<'screen'>>().toEqualTypeOf<SegmentScreenView>()
    expectTypeOf<SegmentMessageOf<'alias'>>().toEqualTypeOf<SegmentAlias>()
  })

  test('does not offer fields of other call types before narrowing', () => {
    const message = {} as SegmentMessage
    // @ts-expect-error `event` exists on track only
    void message.event
    // @ts-expect-error `previousId` exists on alias only
    void message.previousId
  })

  test('types the common fields after parsing: ids are strings, times strings or numbers', () => {
    expectTypeOf<SegmentCommon['userId']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<SegmentCommon['messageId']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<SegmentCommon['timestamp']>().toEqualTypeOf<string | number | undefined>()
    expectTypeOf<SegmentContext['device']>().toEqualTypeOf<SegmentDevice | undefined>()
    expectTypeOf<SegmentDevice['id']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<SegmentLocation['latitude']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<SegmentIntegrations['Amplitude']>().toEqualTypeOf<boolean | SegmentData | undefined>()
  })

  test('keeps unknown fields as unknown, never any', () => {
    expectTypeOf<SegmentData[string]>().toBeUnknown()
    expectTypeOf<SegmentContext[string]>().toBeUnknown()
    expectTypeOf<SegmentIntegrations[string]>().toBeUnknown()
  })
})

describe('AmplitudeCall', () => {
  test('narrows to one payload on call.api', () => {
    const call = {} as AmplitudeCall
    switch (call.api) {
      case 'event':
        expectTypeOf(call.event).toEqualTypeOf<AmplitudeEvent>()
        break
      case 'identify':
        expectTypeOf(call.identification).toEqualTypeOf<Identification>()
        break
      case 'groupidentify':
        expectTypeOf(call.identification).toEqualTypeOf<GroupIdentification>()
        break
      case 'usermap':
        expectTypeOf(call.mapping).toEqualTypeOf<UserMapping>()
        break
      default:
        expectTypeOf(call).toBeNever()
    }
  })

  test('has exactly the four ingestion APIs as its tag', () => {
    expectTypeOf<AmplitudeApi>().toEqualTypeOf<'event' | 'identify' | 'groupidentify' | 'usermap'>()
  })

  test('does not offer another API payload before narrowing', () => {
    const call = {} as AmplitudeCall
    // @ts-expect-error `event` exists on api 'event' only
    void call.event
  })

  test('uses Amplitude field names and JSON values on the wire types', () => {
    expectTypeOf<AmplitudeEvent['event_type']>().toEqualTypeOf<string>()
    expectTypeOf<AmplitudeEvent['insert_id']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<AmplitudeEvent['event_properties']>().toEqualTypeOf<JsonObject | undefined>()
    expectTypeOf<AmplitudeEvent['user_properties']>().toEqualTypeOf<UserProperties | undefined>()
    expectTypeOf<AmplitudeEvent['productId']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<GroupIdentification['group_value']>().toEqualTypeOf<string>()
    expectTypeOf<UserPropertyOperations['$clearAll']>().toEqualTypeOf<'-' | undefined>()
    expectTypeOf<JsonObject[string]>().toEqualTypeOf<JsonValue>()
  })

  test('a user mapping either maps or unmaps, never both', () => {
    expectTypeOf<{ user_id: 'a'; global_user_id: 'b' }>().toExtend<UserMapping>()
    expectTypeOf<{ user_id: 'a'; unmap: true }>().toExtend<UserMapping>()
    expectTypeOf<{ user_id: 'a' }>().not.toExtend<UserMapping>()
  })
})

describe('no any leaks into the public types', () => {
  test('no exported type is any', () => {
    expectTypeOf<AmplitudeApi>().not.toBeAny()
    expectTypeOf<AmplitudeCall>().not.toBeAny()
    expectTypeOf<AmplitudeEvent>().not.toBeAny()
    expectTypeOf<GroupIdentification>().not.toBeAny()
    expectTypeOf<Groups>().not.toBeAny()
    expectTypeOf<Identification>().not.toBeAny()
    expectTypeOf<Issue>().not.toBeAny()
    expectTypeOf<JsonObject>().not.toBeAny()
    expectTypeOf<JsonValue>().not.toBeAny()
    expectTypeOf<ParseResult>().not.toBeAny()
    expectTypeOf<ResolvedSettings>().not.toBeAny()
    expectTypeOf<SegmentData>().not.toBeAny()
    expectTypeOf<SegmentMessage>().not.toBeAny()
    expectTypeOf<Settings>().not.toBeAny()
    expectTypeOf<Severity>().not.toBeAny()
    expectTypeOf<TranslateResult>().not.toBeAny()
    expectTypeOf<UserAgentInfo>().not.toBeAny()
    expectTypeOf<UserAgentParser>().not.toBeAny()
    expectTypeOf<UserMapping>().not.toBeAny()
    expectTypeOf<UserProperties>().not.toBeAny()
    expectTypeOf<UserPropertyOperation>().not.toBeAny()
    expectTypeOf<UserPropertyOperations>().not.toBeAny()
  })

  test('no field of an exported object type is any', () => {
    expectTypeOf<AnyKeys<AmplitudeDeviceFields>>().toBeNever()
    expectTypeOf<AnyKeys<AmplitudeEvent>>().toBeNever()
    expectTypeOf<AnyKeys<Identification>>().toBeNever()
    expectTypeOf<AnyKeys<GroupIdentification>>().toBeNever()
    expectTypeOf<AnyKeys<UserPropertyOperations>>().toBeNever()
    expectTypeOf<AnyKeys<Issue>>().toBeNever()
    expectTypeOf<AnyKeys<Settings>>().toBeNever()
    expectTypeOf<AnyKeys<UserAgentInfo>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentCommon>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentContext>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentApp>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentCampaign>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentDevice>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentLibrary>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentLocation>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentNetwork>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentOs>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentPageContext>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentReferrer>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentScreen>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentUserAgentData>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentIntegrations>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentTrack>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentIdentify>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentPage>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentScreenView>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentGroup>>().toBeNever()
    expectTypeOf<AnyKeys<SegmentAlias>>().toBeNever()
  })

  test('the any detector itself finds an any field', () => {
    expectTypeOf<AnyKeys<{ a: string; b: any }>>().toEqualTypeOf<'b'>()
  })

  test('a parsed message and a user-agent parser carry no any', () => {
    const result = {} as ParseResult
    if (result.ok) expectTypeOf(result.message).toEqualTypeOf<SegmentMessage>()
    expectTypeOf(result.issues).toEqualTypeOf<readonly Issue[]>()
    expectTypeOf<Parameters<UserAgentParser>>().toEqualTypeOf<[userAgent: string]>()
    expectTypeOf<ReturnType<UserAgentParser>>().toEqualTypeOf<UserAgentInfo>()
  })
})
