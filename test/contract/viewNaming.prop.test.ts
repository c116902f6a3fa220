/**
 * Page and screen naming over every combination of the page gates and of name/category shapes
 * (absent, `null`, `""`, whitespace, text, a number), against oracles written here from SPEC
 * section 4 (Classic, with docs/decisions/classic.md: a whitespace-only name or category counts as
 * none) and docs/decisions/actions-profile.md §9 (Actions: always sent, `Viewed ` + name).
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { Settings } from '../../src/settings/settings.js'
import { arbPage, arbScreen } from '../../src/testing/index.js'
import { translate } from '../../src/translate.js'

const ABSENT = Symbol('absent')
const arbLabel = fc.constantFrom<unknown>(ABSENT, null, '', '  ', 'Home', 'Blog', 'Café & Bar', 42)

const arbGates = fc.record(
  { trackAllPages: fc.boolean(), trackNamedPages: fc.boolean(), trackCategorizedPages: fc.boolean() },
  { requiredKeys: [] },
)

interface View {
  readonly message: Record<string, unknown>
  readonly noun: 'Page' | 'Screen'
}

const arbView: fc.Arbitrary<View> = fc
  .tuple(fc.oneof(arbPage, arbScreen), arbLabel, arbLabel)
  .map(([generated, name, category]) => {
    const message: Record<string, unknown> = { ...generated, integrations: {} }
    delete message['name']
    delete message['category']
    if (name !== ABSENT) message['name'] = name
    if (category !== ABSENT) message['category'] = category
    return { message, noun: generated.type === 'page' ? 'Page' : 'Screen' }
  })

/** The text of a name or category as the parser keeps it: a string, a number's decimal string. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  return typeof value === 'number' ? String(value) : undefined
}

function counts(value: unknown): value is string | number {
  const label = text(value)
  return label !== undefined && label.trim() !== ''
}

/** SPEC section 4: whether Classic sends the view, and its event_type. */
function classicOracle(message: Record<string, unknown>, noun: 'Page' | 'Screen', gates: Partial<Settings>): string | undefined {
  const { name, category } = message
  const sent =
    (gates.trackAllPages ?? false) ||
    ((gates.trackCategorizedPages ?? true) && counts(category)) ||
    ((gates.trackNamedPages ?? true) && counts(name))
  if (!sent) return undefined
  const full = [category, name].filter(counts).map(text).join(' ')
  return full === '' ? `Loaded a ${noun}` : `Viewed ${full} ${noun}`
}

describe('page and screen naming', () => {
  test('classic: sent exactly when a gate lets it through, as "Viewed {category name} Page|Screen" or "Loaded a Page|Screen"', () => {
    fc.assert(
      fc.property(arbView, arbGates, ({ message, noun }, gates) => {
        const result = translate(message, gates)
        expect(result.ok).toBe(true)
        if (!result.ok) return
        const expected = classicOracle(message, noun, gates)
        if (expected === undefined) {
          expect(result.calls).toStrictEqual([])
          expect(result.issues.some((issue) => issue.severity === 'info' && issue.code === 'view_not_tracked')).toBe(true)
          return
        }
        expect(result.calls).toHaveLength(1)
        const call = result.calls[0]
        expect(call?.api === 'event' && call.event.event_type).toBe(expected)
        // Lossless: name and category go to event_properties whenever the message has them.
        const properties = call?.api === 'event' ? call.event.event_properties : undefined
        for (const key of ['name', 'category'] as const) {
          if (text(message[key]) !== undefined) expect(properties?.[key]).toBe(text(message[key]))
        }
      }),
    )
  })

  test('actions: always sent, as "Viewed " followed by the name (the gates and the category play no part)', () => {
    fc.assert(
      fc.property(arbView, arbGates, ({ message }, gates) => {
        const result = translate(message, { ...gates, profile: 'actions' })
        expect(result.ok).toBe(true)
        if (!result.ok) return
        expect(result.calls).toHaveLength(1)
        const call = result.calls[0]
        expect(call?.api === 'event' && call.event.event_type).toBe(`Viewed ${text(message['name']) ?? ''}`)
      }),
    )
  })
})
