import { expect, test } from 'vitest';
import { eventTable } from '../../src/timeline/layout';
import { firstWindow } from '../../src/timeline/firstWindow';
import { DAY_MS, parseDay } from '../../src/timeline/time';
import { makeEvent, smallTimeline, withEvents } from './fixtures';
import { asStore } from '../fixtures/store';

const day = (s: string) => parseDay(s);
const windowOf = (t: typeof smallTimeline) => {
  const table = eventTable(asStore(t));
  return firstWindow(table.start, table.end);
};

test('a few old events and a dense recent cluster: it opens on the cluster, every one of it', () => {
  // Four events 2003-2017, seven in 2024 (the seeds' shape).
  const w = windowOf(smallTimeline)!;
  const in2024 = smallTimeline.events.filter((e) => e.date.start.startsWith('2024'));
  for (const e of in2024) {
    expect(day(e.date.start) + DAY_MS / 2).toBeGreaterThanOrEqual(w.start);
    expect(day(e.date.start)).toBeLessThan(w.end);
  }
  expect(w.start).toBeGreaterThan(day('2023-01-01'));
  expect(w.end).toBeLessThan(day('2025-06-01'));
});

test('events spread out evenly: the whole extent, with a margin', () => {
  const events = Array.from({ length: 11 }, (_, i) =>
    makeEvent(
      `e${i}`,
      `${2019 + Math.floor(i / 4)}-${String(1 + (i % 4) * 3).padStart(2, '0')}-10`,
    ),
  );
  const w = windowOf(withEvents(events))!;
  expect(w.start).toBeLessThan(day('2019-01-10'));
  expect(w.end).toBeGreaterThan(day('2021-07-10'));
  expect(w.end - w.start).toBeLessThan(4 * 365 * DAY_MS);
});

test('one event, or all on one day: a month around it; none: no window', () => {
  const one = windowOf(withEvents([makeEvent('a', '2024-05-05')]))!;
  expect(one.end - one.start).toBeGreaterThanOrEqual(30 * DAY_MS);
  expect(one.start).toBeLessThan(day('2024-05-05'));
  expect(one.end).toBeGreaterThan(day('2024-05-06'));
  const same = windowOf(withEvents(['a', 'b', 'c', 'd'].map((id) => makeEvent(id, '2024-05-05'))))!;
  expect(same.end - same.start).toBeGreaterThanOrEqual(30 * DAY_MS);
  expect(windowOf(withEvents([]))).toBeNull();
});

test('a long band is covered whole when its cluster is chosen', () => {
  const events = [
    makeEvent('year', '2020-01-01', '2020-12-31', 'year'),
    makeEvent('a', '2020-03-01'),
    makeEvent('b', '2020-09-01'),
  ];
  const w = windowOf(withEvents(events))!;
  expect(w.start).toBeLessThanOrEqual(day('2020-01-01'));
  expect(w.end).toBeGreaterThanOrEqual(day('2021-01-01'));
});
