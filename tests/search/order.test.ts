import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { countInWindow, windowCounter, type EventTimes } from '../../src/search/order';

/** Events as [start, end] day numbers; times in ms as the app has them. */
function timesOf(spans: [number, number][]): EventTimes {
  const start = Float64Array.from(spans, ([a]) => a * 86_400_000);
  const end = Float64Array.from(spans, ([a, b]) => (a + b) * 86_400_000);
  const order = Uint32Array.from(spans.keys()).sort((i, j) => start[i]! - start[j]!);
  return { start, end, order };
}

describe('events in the window', () => {
  test('counts overlaps, excluding events that end where the window starts or start where it ends', () => {
    const times = timesOf([
      [0, 1], // ends exactly at the window's start
      [1, 1], // the first day of the window
      [2, 10], // runs past both edges
      [5, 1], // inside
      [9, 3], // starts exactly at the window's end
    ]);
    const c = windowCounter(times, times.order);
    expect(countInWindow(c, 86_400_000, 9 * 86_400_000)).toBe(3);
  });

  test('agrees with a scan of every visible event', () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }));
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 40 }),
        fc.integer({ min: -5, max: 80 }),
        fc.integer({ min: 1, max: 40 }),
        (spans, from, len) => {
          const times = timesOf(spans);
          // Every other event is filtered out.
          const ordered = times.order.filter((i) => i % 2 === 0);
          const [a, b] = [from * 86_400_000, (from + len) * 86_400_000];
          const expected = [...ordered].filter((i) => times.start[i]! < b && times.end[i]! > a);
          expect(countInWindow(windowCounter(times, ordered), a, b)).toBe(expected.length);
        },
      ),
    );
  });
});
