// The indexes against a plain scan of the events, on a generated timeline large enough to
// have hundreds of actors and a real vocabulary.
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { generateTimeline } from '../../src/synthetic';
import { buildIndexes, visibleEvents } from '../../src/search';
import { matchForms, tokenize } from '../../src/search/arabic';
import { buildTextIndex, eventTexts, TextIndexBuilder } from '../../src/search/textIndex';
import { asStore } from '../fixtures/store';

const timeline = generateTimeline({ events: 1500, seed: 7 });
const indexes = buildIndexes(asStore(timeline));
const actorIds = [...new Set(timeline.events.flatMap((e) => e.actors))].sort();
const eventForms = timeline.events.map(
  (_, i) => new Set(eventTexts(asStore(timeline), i).flatMap(tokenize).flatMap(matchForms)),
);
const vocabulary = [...new Set(eventForms.flatMap((s) => [...s]))].sort();

function scan(actors: string[], match: 'any' | 'all', q: string): number[] | null {
  const words = tokenize(q);
  if (actors.length === 0 && words.length === 0) return null;
  return timeline.events.flatMap((e, i) => {
    const byActor =
      actors.length === 0 ||
      (match === 'any'
        ? actors.some((a) => e.actors.includes(a))
        : actors.every((a) => e.actors.includes(a)));
    const forms = [...eventForms[i]!];
    const byText = words.every((w) =>
      matchForms(w).some((f) => forms.some((x) => x.startsWith(f))),
    );
    return byActor && byText ? [i] : [];
  });
}

test('the generated timeline is big enough to mean something', () => {
  expect(actorIds.length).toBeGreaterThan(50);
  expect(vocabulary.length).toBeGreaterThan(200);
});

test('filtering by actors and words through the indexes equals a scan', () => {
  const word = fc
    .constantFrom(...vocabulary)
    .chain((w) => fc.integer({ min: 1, max: w.length }).map((n) => w.slice(0, n)));
  fc.assert(
    fc.property(
      fc.subarray(actorIds, { maxLength: 3 }),
      fc.constantFrom<'any' | 'all'>('any', 'all'),
      fc.array(word, { maxLength: 2 }),
      (actors, match, words) => {
        const q = words.join(' ');
        const got = visibleEvents(indexes, { actors, match, q });
        expect(got === null ? null : [...got]).toEqual(scan(actors, match, q));
      },
    ),
    { numRuns: 60 },
  );
});

test('building in idle slices gives the same index as building at once', () => {
  const builder = new TextIndexBuilder(asStore(timeline));
  let slices = 1;
  while (!builder.step(0)) slices++;
  expect(slices).toBeGreaterThan(3);
  expect(builder.finish()).toEqual(buildTextIndex(asStore(timeline)));
});

test('warming the indexes finishes them; searching before that finishes them at once', () => {
  const warmed = buildIndexes(asStore(timeline));
  while (!warmed.warm(0));
  const cold = buildIndexes(asStore(timeline));
  expect(cold.text()).toEqual(warmed.text());
  expect(cold.warm(0)).toBe(true);
});
