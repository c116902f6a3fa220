import type { GoldenCase } from '../goldenCase.js'

const ALIAS = { type: 'alias', previousId: 'anon-1', userId: 'user-1' } as const

/** Golden cases of SPEC section 4 on `alias`. */
export const aliasCases: readonly GoldenCase[] = [
  {
    name: 'An alias call maps previousId onto userId with the User Mapping API',
    message: { ...ALIAS, messageId: 'alias-1', timestamp: '2024-01-01T00:00:00.000Z', context: { ip: '192.0.2.10' } },
    expected: { ok: true, calls: [{ api: 'usermap', mapping: { user_id: 'anon-1', global_user_id: 'user-1' } }] },
  },
  {
    name: 'Number alias ids become their decimal strings',
    message: { type: 'alias', previousId: 1001, userId: 2002 },
    expected: { ok: true, calls: [{ api: 'usermap', mapping: { user_id: '1001', global_user_id: '2002' } }] },
  },
  {
    name: 'An alias needs no anonymousId or device id',
    message: ALIAS,
    expected: { ok: true, calls: [{ api: 'usermap', mapping: { user_id: 'anon-1', global_user_id: 'user-1' } }] },
  },
  {
    name: 'integrations.Amplitude.unmap as a string unmaps that id',
    message: { ...ALIAS, integrations: { Amplitude: { unmap: 'old-user-9' } } },
    expected: { ok: true, calls: [{ api: 'usermap', mapping: { user_id: 'old-user-9', unmap: true } }] },
  },
  {
    name: 'integrations.Amplitude.unmap true unmaps previousId',
    message: { ...ALIAS, integrations: { Amplitude: { unmap: true } } },
    expected: { ok: true, calls: [{ api: 'usermap', mapping: { user_id: 'anon-1', unmap: true } }] },
  },
  {
    name: 'Unmapping needs no userId',
    message: { type: 'alias', previousId: 'anon-1', integrations: { Amplitude: { unmap: true } } },
    expected: { ok: true, calls: [{ api: 'usermap', mapping: { user_id: 'anon-1', unmap: true } }] },
  },
  {
    name: 'integrations.Amplitude.unmap false maps as usual',
    message: { ...ALIAS, integrations: { Amplitude: { unmap: false } } },
    expected: { ok: true, calls: [{ api: 'usermap', mapping: { user_id: 'anon-1', global_user_id: 'user-1' } }] },
  },
  {
    name: 'unmap true without a previousId fails with missing_previous_id',
    message: { type: 'alias', userId: 'user-1', integrations: { Amplitude: { unmap: true } } },
    expected: { ok: false, issues: [{ severity: 'error', code: 'missing_previous_id', path: 'previousId' }] },
  },
  {
    name: 'An unmap that is neither a user id nor a boolean fails with invalid_option',
    message: { ...ALIAS, integrations: { Amplitude: { unmap: 12 } } },
    expected: { ok: false, issues: [{ severity: 'error', code: 'invalid_option', path: 'integrations.Amplitude.unmap' }] },
  },
  {
    name: 'An alias without previousId fails with missing_previous_id',
    message: { type: 'alias', userId: 'user-1', anonymousId: 'anon-1' },
    expected: { ok: false, issues: [{ severity: 'error', code: 'missing_previous_id', path: 'previousId' }] },
  },
  {
    name: 'An alias without userId fails with missing_user_id',
    message: { type: 'alias', previousId: 'anon-1', anonymousId: 'anon-1' },
    expected: { ok: false, issues: [{ severity: 'error', code: 'missing_user_id', path: 'userId' }] },
  },
  {
    name: 'A whitespace-only previousId is absent, so the alias fails',
    message: { type: 'alias', previousId: '  ', userId: 'user-1' },
    expected: { ok: false, issues: [{ severity: 'error', code: 'missing_previous_id', path: 'previousId' }] },
  },
  {
    name: 'A previousId that is an object is dropped with a warning and the alias fails',
    message: { type: 'alias', previousId: { id: 'anon-1' }, userId: 'user-1' },
    expected: {
      ok: false,
      issues: [
        { severity: 'warning', code: 'invalid_type', path: 'previousId' },
        { severity: 'error', code: 'missing_previous_id', path: 'previousId' },
      ],
    },
  },
  {
    name: 'An alias turned off by integrations is not sent',
    message: { ...ALIAS, integrations: { All: false } },
    expected: { ok: true, calls: [], issues: [{ severity: 'info', code: 'not_for_amplitude', path: 'integrations.All' }] },
  },
]
