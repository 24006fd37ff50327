// Every gazetteer and trigger example, run through the engine: the actor must be found at
// its match (with the example's publication day for dated roles), the clause typed as listed.
import { describe, expect, test } from 'vitest';
import { createActorMatcher } from '../../../src/extract/actors';
import { findTriggers } from '../../../src/extract/events';
import { normalizeWithMap, toOriginal } from '../../../src/extract/text';
import type { GazetteerActor } from '../../../src/extract/types';
import { actorsFile, covers, triggersFile } from './fixtures';

const matcher = createActorMatcher(actorsFile.actors as GazetteerActor[]);

const actorCases = actorsFile.actors.flatMap((a) =>
  a.examples.map((e) => ({ id: a.id, ...e, published: e.published ?? null })),
);
const absentCases = actorsFile.actors.flatMap((a) =>
  (a.notExamples ?? []).map((e) => ({ id: a.id, text: e.text, published: e.published ?? null })),
);
const triggerCases = triggersFile.kinds.flatMap((t) =>
  t.examples.map((e) => ({ kind: t.kind, type: t.type, ...e })),
);

describe('gazetteer examples', () => {
  test.each(actorCases)('$id ← «$match» in $text', ({ id, text, match, published }) => {
    const spans = matcher.find(text, published);
    const found = spans.filter((s) => s.id === id && covers(text, s, match));
    expect(found, JSON.stringify(spans)).not.toEqual([]);
  });

  test.each(absentCases)('no $id in $text', ({ id, text, published }) => {
    expect(matcher.find(text, published).filter((s) => s.id === id)).toEqual([]);
  });
});

describe('trigger examples', () => {
  test.each(triggerCases)('$kind ← «$trigger» in $text', ({ kind, type, text, trigger }) => {
    const n = normalizeWithMap(text);
    const hits = findTriggers(n.text).map((h) => ({ ...h, ...toOriginal(n, h.start, h.end) }));
    const found = hits.filter((h) => h.kind === kind && covers(text, h, trigger));
    expect(
      found.map((h) => h.type),
      JSON.stringify(hits),
    ).toContain(type);
  });
});
