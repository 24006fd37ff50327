import { expect, test } from 'vitest';
import { actorLanes, eventLanes } from '../../src/timeline/lanes';
import { buildLayout, layoutFor } from '../../src/timeline/layout';
import { smallTimeline } from './fixtures';

const byActor = actorLanes(smallTimeline.actors);

test('actors are grouped by side through their affiliation', () => {
  expect(Object.fromEntries(byActor)).toEqual({
    us: 'us',
    iraq: 'iraq',
    romanowski: 'us',
    sudani: 'iraq',
    coalition: 'coalition',
    'resistance-coordination': 'factions',
    // allied to no side: the enemy of all, not one of the armed factions
    isis: 'other',
    iran: 'other',
  });
});

test('an event with actors on several sides is in each of their lanes, once each', () => {
  expect(eventLanes(['romanowski', 'us', 'iraq'], byActor)).toEqual(['us', 'iraq']);
  expect(eventLanes(['coalition', 'us'], byActor)).toEqual(['us', 'coalition']);
  expect(eventLanes([], byActor)).toEqual(['other']);
  expect(eventLanes(['unknown-actor'], byActor)).toEqual(['other']);
  expect(eventLanes(['us-army'], byActor)).toEqual(['us']);
});

test('the layout puts every event in its lanes, sorted by start', () => {
  const layout = buildLayout(smallTimeline, null);
  const ids = (l: number) => [...layout.lanes[l]!.events].map((i) => smallTimeline.events[i]!.id);
  expect(ids(0)).toEqual([
    'e2003',
    'e2011',
    'e2014',
    'e2024-01',
    'e2024-w16',
    'e2024-04-end',
    'e2024-07-22',
  ]);
  expect(ids(3)).toEqual(['e2024-06']);
  expect(ids(4)).toEqual(['e2017', 'e2024-07-21']);
  for (const lane of layout.lanes) {
    const s = lane.index.starts;
    for (let i = 1; i < s.length; i++) expect(s[i]!).toBeGreaterThanOrEqual(s[i - 1]!);
  }
});

test('the filter keeps only the given events, in time order', () => {
  const keep = Uint32Array.from([9, 0, 3]);
  const layout = buildLayout(smallTimeline, keep);
  expect([...layout.order].map((i) => smallTimeline.events[i]!.id)).toEqual([
    'e2003',
    'e2017',
    'e2024-07-22',
  ]);
  expect(layout.rankOf[9]).toBe(2);
  expect(layout.rankOf[1]).toBe(-1);
});

test('an equal filter reuses the layout; a different one rebuilds it', () => {
  const a = layoutFor(smallTimeline, Uint32Array.from([0, 3, 9]));
  expect(layoutFor(smallTimeline, Uint32Array.from([0, 3, 9]))).toBe(a);
  const b = layoutFor(smallTimeline, Uint32Array.from([0, 3]));
  expect(b).not.toBe(a);
  expect(b.order).toHaveLength(2);
  expect(layoutFor(smallTimeline, null).order).toHaveLength(smallTimeline.events.length);
});
