import fc from 'fast-check';
import { expect, test } from 'vitest';
import { pack, packLevel } from '../../src/timeline/packing';

const intervals = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 500 })), {
    maxLength: 300,
  })
  .map((xs) => xs.map(([s, len]) => [s, s + len] as const).sort((a, b) => a[0] - b[0]));

test('marks in the same row never overlap, gap included', () => {
  fc.assert(
    fc.property(
      intervals,
      fc.integer({ min: 0, max: 50 }),
      fc.integer({ min: 1, max: 6 }),
      (xs, pad, maxRows) => {
        const p = pack(
          xs.map((x) => x[0]),
          xs.map((x) => x[1]),
          pad,
          maxRows,
        );
        for (let i = 0; i < xs.length; i++)
          for (let j = i + 1; j < xs.length; j++) {
            if (p.rows[i] === -1 || p.rows[i] !== p.rows[j]) continue;
            const [a, b] = [xs[i]!, xs[j]!];
            const apart = a[1] + pad < b[0] - pad || b[1] + pad < a[0] - pad;
            expect(apart).toBe(true);
          }
      },
    ),
  );
});

test('an item overflows only when every row is taken at its place', () => {
  fc.assert(
    fc.property(intervals, fc.integer({ min: 1, max: 4 }), (xs, maxRows) => {
      const p = pack(
        xs.map((x) => x[0]),
        xs.map((x) => x[1]),
        0,
        maxRows,
      );
      const overflow = [...p.rows.keys()].filter((i) => p.rows[i] === -1);
      for (const i of overflow) {
        const s = xs[i]![0];
        const busy = new Set<number>();
        for (let j = 0; j < i; j++) if (p.rows[j]! >= 0 && xs[j]![1] >= s) busy.add(p.rows[j]!);
        expect(busy.size).toBe(maxRows);
      }
    }),
  );
});

test('points far apart share the first row; a crowd stacks then overflows', () => {
  expect([...pack([0, 100, 200], [0, 100, 200], 10, 3).rows]).toEqual([0, 0, 0]);
  const crowd = pack([0, 1, 2, 3, 4], [0, 1, 2, 3, 4], 10, 3);
  expect([...crowd.rows]).toEqual([0, 1, 2, -1, -1]);
});

test('the packing level never under-estimates the real ms per pixel', () => {
  for (const mpp of [1, 1.5, 1000, 86_400_000 / 7, 3e9])
    expect(2 ** packLevel(mpp)).toBeGreaterThanOrEqual(mpp);
});
