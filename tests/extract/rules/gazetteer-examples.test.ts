// Every gazetteer and trigger example, run through the engine: the actor must be found at
// its match (with the example's publication day for dated roles), the clause typed as listed.
import { describe, expect, test } from 'vitest';
import { createActorMatcher } from '../../../src/extract/actors';
import { classifyClause } from '../../../src/extract/events';
import type { GazetteerActor } from '../../../src/extract/types';
import { actorsFile, covers, triggersFile } from './fixtures';

const matcher = createActorMatcher(actorsFile.actors as GazetteerActor[]);

const actorCases = actorsFile.actors.flatMap((a) =>
  a.examples.map((e) => ({ id: a.id, ...e, published: e.published ?? null })),
);
const absentCases = actorsFile.actors.flatMap((a) =>
  (a.notExamples ?? []).map((e) => ({ id: a.id, text: e.text, published: e.published ?? null })),
);
const triggerCases = triggersFile.types.flatMap((t) =>
  t.examples.map((e) => ({ type: t.type, ...e })),
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
  test.each(triggerCases)('$type ← «$trigger» in $text', ({ type, text, trigger }) => {
    const got = classifyClause(text);
    expect(got?.type).toBe(type);
    expect(got && covers(text, got.trigger, trigger)).toBe(true);
  });
});
