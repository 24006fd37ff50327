import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { actorEventCount, buildIndexes, visibleEvents } from '../../src/search';
import { buildActorIndex, filterByActors } from '../../src/search/actorIndex';
import { intersect, union } from '../../src/search/sortedSets';
import { buildTextIndex, eventTexts, searchText } from '../../src/search/textIndex';
import { fixtureTimeline as timeline } from '../fixtures/timeline';
import { asStore } from '../fixtures/store';

const ids = (set: Uint32Array | null) =>
  set === null ? null : [...set].map((i) => timeline.events[i]!.id);

/** The same filter by brute force over the events, to check the index against. */
const withActors = (actors: string[], match: 'any' | 'all') =>
  timeline.events
    .filter((e) =>
      match === 'any'
        ? actors.some((a) => e.actors.includes(a))
        : actors.every((a) => e.actors.includes(a)),
    )
    .map((e) => e.id);

describe('actor index', () => {
  const index = buildActorIndex(asStore(timeline));

  test('counts the events of each actor', () => {
    for (const a of timeline.actors)
      expect(actorEventCount(index, a.id)).toBe(
        timeline.events.filter((e) => e.actors.includes(a.id)).length,
      );
    expect(actorEventCount(index, 'resistance')).toBe(0);
  });

  test('no selected actor means no actor filter', () => {
    expect(filterByActors(index, [], 'any')).toBeNull();
  });

  test('any and all agree with a scan of the events for every pair of actors', () => {
    const actorIds = timeline.actors.map((a) => a.id);
    fc.assert(
      fc.property(
        fc.subarray(actorIds, { minLength: 1 }),
        fc.constantFrom('any', 'all'),
        (sel, m) => {
          expect(ids(filterByActors(index, sel, m as 'any' | 'all'))).toEqual(
            withActors(sel, m as 'any' | 'all'),
          );
        },
      ),
    );
  });

  test('an unknown actor id matches nothing', () => {
    expect(ids(filterByActors(index, ['nobody'], 'any'))).toEqual([]);
  });
});

describe('text index', () => {
  const index = buildTextIndex(asStore(timeline));

  test('searches summaries and source sentences', () => {
    expect(eventTexts(asStore(timeline), 5)).toHaveLength(2);
    expect(ids(searchText(index, 'رومانوسكي'))).toEqual(['ev-2024-07-22-talks']);
    // «صدام» is only in the 2003 source sentence, not in any summary
    expect(ids(searchText(index, 'صدام'))).toEqual(['ev-2003-invasion']);
  });

  test('is Arabic-aware: hamza, taa marbuta and proclitics do not matter', () => {
    expect(ids(searchText(index, 'للسوداني'))).toEqual(ids(searchText(index, 'السوداني')));
    expect(ids(searchText(index, 'السوداني'))).toEqual(['ev-2024-01-sudani', 'ev-2024-w16-visit']);
    expect(ids(searchText(index, 'اعلنت'))).toEqual(ids(searchText(index, 'أعلنت')));
    // «الأميركي» (a prefix of «الأميركية») finds both spellings' events
    expect(ids(searchText(index, 'الأميركي'))).toEqual([
      'ev-2024-01-sudani',
      'ev-2024-07-22-talks',
    ]);
  });

  test('matches word prefixes and requires every word', () => {
    expect(ids(searchText(index, 'سودا'))).toEqual(['ev-2024-01-sudani', 'ev-2024-w16-visit']);
    expect(ids(searchText(index, 'السوداني زيارته'))).toEqual(['ev-2024-w16-visit']);
    expect(ids(searchText(index, 'السوداني صدام'))).toEqual([]);
  });

  test('indexes the mention sentence only, not the rest of its paragraph', () => {
    // «عسكري» precedes the 2014 sentence in its paragraph; «العسكري» is in the 2024 one.
    expect(ids(searchText(index, 'عسكري'))).toEqual(['ev-2024-01-sudani']);
  });

  test('an empty query filters nothing', () => {
    expect(searchText(index, ' ، ')).toBeNull();
  });
});

test('visibleEvents combines the actor filter and the text search', () => {
  const indexes = buildIndexes(asStore(timeline));
  expect(visibleEvents(indexes, { actors: [], match: 'any', q: '' })).toBeNull();
  expect(ids(visibleEvents(indexes, { actors: ['us'], match: 'any', q: 'السوداني' }))).toEqual([
    'ev-2024-01-sudani',
    'ev-2024-w16-visit',
  ]);
  expect(ids(visibleEvents(indexes, { actors: ['iraq'], match: 'any', q: 'السوداني' }))).toEqual([
    'ev-2024-w16-visit',
  ]);
});

test('sorted set operations', () => {
  const a = Uint32Array.of(1, 3, 5, 7);
  const b = Uint32Array.of(3, 4, 5);
  expect([...intersect(a, b)]).toEqual([3, 5]);
  expect([...union([a, b], 10)]).toEqual([1, 3, 4, 5, 7]);
});
