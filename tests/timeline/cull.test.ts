import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  countEndingBefore,
  countStartingAfter,
  intervalIndex,
  visibleIndices,
} from '../../src/timeline/cull';

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
