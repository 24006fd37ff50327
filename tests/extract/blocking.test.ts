import { expect, test } from 'vitest';
import fc from 'fast-check';
import { BlockingIndex } from '../../src/extract/blocking';

/** The clusters `count` reports for one key, in the order it reports them. */
function lookup(index: BlockingIndex, period: number, feature: number): number[] {
  const hits = new Int32Array(1000);
  const touched = new Int32Array(1000);
  const out = [...touched.subarray(0, index.count(period, [feature], hits, touched, 0))];
  // each once, one hit each
  expect(out.map((c) => hits[c])).toEqual(out.map(() => 1));
  return out;
}

test('a key holds each cluster once, in the order filed, and keys do not mix', () => {
  const index = new BlockingIndex(() => 100);
  index.put(3, 7, 1);
  index.put(3, 7, 1);
  index.put(3, 7, 4);
  index.put(3, 7, 1);
  index.put(7, 3, 9); // the same numbers the other way round are another key
  expect(lookup(index, 3, 7)).toEqual([1, 4]);
  expect(lookup(index, 7, 3)).toEqual([9]);
  expect(lookup(index, 3, 8)).toEqual([]);
  // counting several features reports a cluster once per feature that holds it
  index.put(3, 8, 4);
  const hits = new Int32Array(10);
  const touched = new Int32Array(10);
  expect(index.count(3, [7, 8, 99], hits, touched, 0)).toBe(2);
  expect([...touched.subarray(0, 2)]).toEqual([1, 4]);
  expect([...hits]).toEqual([0, 1, 0, 0, 2, 0, 0, 0, 0, 0]);
  // the counts go on from where the caller left them: a cluster already hit is not touched again
  expect(index.count(3, [8], hits, touched, 2)).toBe(2);
  expect(hits[4]).toBe(3);
});

test('a key held by more clusters than its feature allows counts none from then on', () => {
  const index = new BlockingIndex((feature) => (feature === 0 ? 3 : 40));
  for (let c = 0; c < 3; c++) index.put(5, 0, c);
  expect(lookup(index, 5, 0)).toEqual([0, 1, 2]);
  index.put(5, 0, 3);
  expect(lookup(index, 5, 0)).toEqual([]);
  index.put(5, 0, 4); // and it stays so
  expect(lookup(index, 5, 0)).toEqual([]);
  // the cap is the feature's: a longer list (checked through a set past 16) is kept
  for (let c = 0; c < 40; c++) index.put(5, 1, c % 2 ? c : 39 - c);
  for (let c = 0; c < 40; c++) index.put(5, 1, c);
  expect(lookup(index, 5, 1).sort((a, b) => a - b)).toEqual([...Array(40).keys()]);
});

test('the index agrees with a map of sets through its growth, for any filing', () => {
  const filing = fc.array(
    fc.tuple(fc.nat({ max: 300 }), fc.nat({ max: 60 }), fc.nat({ max: 40 })),
    { maxLength: 6000 },
  );
  fc.assert(
    fc.property(filing, (puts) => {
      const cap = (f: number) => 5 + (f % 7);
      const index = new BlockingIndex(cap);
      const model = new Map<string, number[] | null>();
      for (const [p, f, c] of puts) {
        index.put(p, f, c);
        const k = `${p}|${f}`;
        const held = model.get(k);
        if (held === null || held?.includes(c)) continue;
        const next = [...(held ?? []), c];
        model.set(k, next.length > cap(f) ? null : next);
      }
      for (const [k, held] of model) {
        const [p, f] = k.split('|').map(Number) as [number, number];
        expect(lookup(index, p, f)).toEqual(held ?? []);
      }
    }),
    { numRuns: 60 },
  );
});
