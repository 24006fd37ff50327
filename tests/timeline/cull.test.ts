import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  countEndingBefore,
  countStartingAfter,
  countVisible,
  intervalIndex,
  visibleIndices,
} from '../../src/timeline/cull';
import { forEachVisible, spanClasses } from '../../src/timeline/spanClasses';

const sorted = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 400 })), {
    maxLength: 200,
  })
  .map((xs) => xs.sort((a, b) => a[0] - b[0]));

test('culling returns exactly the intervals that meet the window, in order', () => {
  fc.assert(
    fc.property(
      sorted,
      fc.integer({ min: -100, max: 1500 }),
      fc.integer({ min: 0, max: 600 }),
      (xs, from, len) => {
        const ix = intervalIndex(
          Float64Array.from(xs, (x) => x[0]),
          Float64Array.from(xs, (x) => x[0] + x[1]),
        );
        const to = from + len;
        const brute = xs.flatMap(([s, l], i) => (s <= to && s + l >= from ? [i] : []));
        expect(visibleIndices(ix, from, to)).toEqual(brute);
      },
    ),
  );
});

test('a long band that began before the window is found', () => {
  const ix = intervalIndex(Float64Array.from([0, 10, 20]), Float64Array.from([1000, 11, 21]));
  expect(visibleIndices(ix, 500, 600)).toEqual([0]);
  expect(visibleIndices(ix, 11, 15)).toEqual([0, 1]);
});

test('counts before and after the window', () => {
  const ends = Float64Array.from([1, 2, 5, 9]);
  const starts = Float64Array.from([0, 2, 5, 9]);
  expect(countEndingBefore(ends, 5)).toBe(2);
  expect(countStartingAfter(starts, 5)).toBe(1);
});

test('the visible count is exact, in O(log n), with bands of any length', () => {
  fc.assert(
    fc.property(
      sorted,
      fc.integer({ min: -100, max: 1500 }),
      fc.integer({ min: 0, max: 600 }),
      (xs, from, len) => {
        const starts = Float64Array.from(xs, (x) => x[0]);
        const ends = Float64Array.from(xs, (x) => x[0] + x[1]);
        const brute = xs.filter(([s, l]) => s <= from + len && s + l >= from).length;
        expect(countVisible(starts, ends.slice().sort(), from, from + len)).toBe(brute);
      },
    ),
  );
});

test('duration groups find exactly the visible marks, whatever their lengths', () => {
  const day = 86_400_000;
  const mixed = fc
    .array(
      fc.tuple(
        fc.integer({ min: 0, max: 2000 }),
        fc.constantFrom(0, 3 * day, 7 * day, 30 * day, 365 * day),
      ),
      { maxLength: 150 },
    )
    .map((xs) => xs.map(([s, d]) => [s * day, s * day + d] as const).sort((a, b) => a[0] - b[0]));
  fc.assert(
    fc.property(
      mixed,
      fc.integer({ min: 0, max: 2000 }),
      fc.integer({ min: 0, max: 60 }),
      (xs, f, len) => {
        const starts = Float64Array.from(xs, (x) => x[0]);
        const ends = Float64Array.from(xs, (x) => x[1]);
        const from = f * day;
        const to = (f + len) * day;
        const seen: number[] = [];
        forEachVisible(spanClasses(starts, ends), from, to, (i) => seen.push(i));
        const brute = xs.flatMap(([s, e], i) => (s <= to && e >= from ? [i] : []));
        expect(seen.sort((a, b) => a - b)).toEqual(brute);
      },
    ),
  );
});
