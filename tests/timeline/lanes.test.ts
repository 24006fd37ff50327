import { expect, test } from 'vitest';
import type { Actor, Timeline } from '../../src/model';
import { eventLaneMask, MAX_LANES, timelineLanes } from '../../src/timeline/lanes';
import { buildLayout, layoutFor } from '../../src/timeline/layout';
import { makeEvent, smallTimeline } from './fixtures';
import { asStore } from '../fixtures/store';

const lanes = timelineLanes(asStore(smallTimeline));
const ids = (mask: number, l = lanes) => l.list.filter((_, i) => mask & (1 << i)).map((x) => x.id);

test('with sides: one lane per side in the order the file lists, named by it; then others', () => {
  expect(lanes.list.map((l) => [l.id, l.name?.ar ?? null])).toEqual([
    ['side:us', 'الجانب الأميركي'],
    ['side:iraq', 'الجانب العراقي'],
    ['side:coalition', 'التحالف الدولي'],
    ['side:factions', 'الفصائل المسلحة'],
    ['other', null],
  ]);
  // Sides are inherited through affiliation; actors with none (isis, iran) are others.
  expect(Object.fromEntries(lanes.byActor)).toEqual({
    us: 0,
    romanowski: 0,
    iraq: 1,
    sudani: 1,
    coalition: 2,
    'resistance-coordination': 3,
  });
});

test('an event with actors on several sides is in each of their lanes, once each', () => {
  expect(ids(eventLaneMask(['romanowski', 'us', 'iraq'], lanes))).toEqual(['side:us', 'side:iraq']);
  expect(ids(eventLaneMask(['coalition', 'us'], lanes))).toEqual(['side:us', 'side:coalition']);
  expect(ids(eventLaneMask([], lanes))).toEqual(['other']);
  expect(ids(eventLaneMask(['unknown-actor', 'iran'], lanes))).toEqual(['other']);
  // A party with no side puts the event among the others too.
  expect(ids(eventLaneMask(['isis', 'iraq'], lanes))).toEqual(['side:iraq', 'other']);
});

test('a side the file does not list is named after its actor and comes after the listed ones', () => {
  const actors: Actor[] = [
    ...smallTimeline.actors,
    { id: 'lebanon', name: { ar: 'لبنان', en: 'Lebanon' }, kind: 'country', aliases: [] },
    {
      id: 'beirut-gov',
      name: { ar: 'الحكومة اللبنانية', en: 'Lebanese government' },
      kind: 'organization',
      side: 'lebanon',
      aliases: [],
    },
    { id: 'x', name: { ar: 'س', en: 'X' }, kind: 'person', side: 'nameless', aliases: [] },
  ];
  const events = [
    ...smallTimeline.events,
    makeEvent('b1', '2024-02-01', undefined, 'day', ['beirut-gov']),
    makeEvent('b2', '2024-02-02', undefined, 'day', ['x']),
  ];
  const l = timelineLanes(asStore({ ...smallTimeline, actors, events }));
  expect(l.list.slice(4).map((x) => [x.id, x.name?.en ?? null])).toEqual([
    ['side:lebanon', 'Lebanon'],
    ['side:nameless', 'nameless'],
    ['other', null],
  ]);
});

test('without sides: one lane per actor kind that has events, in the contract order', () => {
  const plain: Timeline = {
    ...smallTimeline,
    sides: undefined,
    actors: smallTimeline.actors.map(({ side: _, ...a }) => a),
  };
  const l = timelineLanes(asStore(plain));
  expect(l.list.map((x) => x.id)).toEqual([
    'kind:person',
    'kind:country',
    'kind:organization',
    'kind:armed-group',
  ]);
  expect(l.other).toBe(-1); // every event has an actor with a lane
  const mask = eventLaneMask(['sudani', 'iraq'], l);
  expect(l.list.filter((_, i) => mask & (1 << i)).map((x) => x.kind)).toEqual([
    'person',
    'country',
  ]);
});

test('no more lanes than fit the layout: the least used sides join the others', () => {
  const actors: Actor[] = Array.from({ length: 12 }, (_, i) => ({
    id: `a${i}`,
    name: { ar: `ف${i}`, en: `A${i}` },
    kind: 'country' as const,
    side: `a${i}`,
    aliases: [],
  }));
  // Side a_i has i+1 events, so the busiest sides keep their lanes.
  const events = actors.flatMap((a, i) =>
    Array.from({ length: i + 1 }, (_, k) =>
      makeEvent(`${a.id}-${k}`, '2024-01-01', undefined, 'day', [a.id]),
    ),
  );
  const l = timelineLanes(asStore({ ...smallTimeline, sides: [], actors, events }));
  expect(l.list).toHaveLength(MAX_LANES);
  expect(l.list.map((x) => x.id)).toEqual([
    'side:a11',
    'side:a10',
    'side:a9',
    'side:a8',
    'side:a7',
    'side:a6',
    'side:a5',
    'other',
  ]);
  expect(ids(eventLaneMask(['a0'], l), l)).toEqual(['other']);
});

test('the layout puts every event in its lanes, sorted by start', () => {
  const layout = buildLayout(asStore(smallTimeline), null);
  const inLane = (l: number) =>
    [...layout.lanes[l]!.events].map((i) => smallTimeline.events[i]!.id);
  expect(inLane(0)).toEqual([
    'e2003',
    'e2011',
    'e2014',
    'e2024-01',
    'e2024-w16',
    'e2024-04-end',
    'e2024-07-22',
  ]);
  expect(inLane(3)).toEqual(['e2024-06']);
  expect(inLane(4)).toEqual(['e2017', 'e2024-07-21']);
  for (const lane of layout.lanes) {
    const s = lane.index.starts;
    for (let i = 1; i < s.length; i++) expect(s[i]!).toBeGreaterThanOrEqual(s[i - 1]!);
  }
});

test('the filter keeps only the given events, in time order', () => {
  const keep = Uint32Array.from([9, 0, 3]);
  const layout = buildLayout(asStore(smallTimeline), keep);
  expect([...layout.order].map((i) => smallTimeline.events[i]!.id)).toEqual([
    'e2003',
    'e2017',
    'e2024-07-22',
  ]);
  expect(layout.rankOf[9]).toBe(2);
  expect(layout.rankOf[1]).toBe(-1);
});

test('an equal filter reuses the layout; a different one rebuilds it', () => {
  const a = layoutFor(asStore(smallTimeline), Uint32Array.from([0, 3, 9]));
  expect(layoutFor(asStore(smallTimeline), Uint32Array.from([0, 3, 9]))).toBe(a);
  const b = layoutFor(asStore(smallTimeline), Uint32Array.from([0, 3]));
  expect(b).not.toBe(a);
  expect(b.order).toHaveLength(2);
  expect(layoutFor(asStore(smallTimeline), null).order).toHaveLength(smallTimeline.events.length);
});
