// Deliberate differences from Segment's output. Each one must be written down in
// docs/decisions/actions-profile.md (the `doc` anchor) and pinned by an example test in the
// library. compare.mjs counts a disagreement as deliberate only when every differing path is
// claimed by a deviation that applies to the message; anything else is a failure.
//
// Shape: { id, doc, applies(message, settings) -> boolean, paths: RegExp[] } where paths match
// compare.mjs's difference paths, e.g. /^calls\[\d+\]\.mapping\.min_id_length$/.
export const DEVIATIONS = []
