// Marks grouped by how long they last (points, weeks, months, years). Within a group the
// longest mark is bounded, so a binary search finds the visible ones with few extra candidates,
// even when year-long bands share a lane with thousands of points.
import { DAY_MS } from './time';
import { intervalIndex, lowerBound, upperBound, type IntervalIndex } from './cull';

/** Upper bounds of each group's durations: a point, a week, a month, anything longer. */
const limits = [0, 8 * DAY_MS, 32 * DAY_MS, Infinity];

export interface SpanClass {
  /** Positions in the lane's arrays, sorted by start. */
  items: Uint32Array;
  index: IntervalIndex;
}

/** Splits a lane's marks (sorted by start) into duration groups, each still sorted by start. */
export function spanClasses(starts: Float64Array, ends: Float64Array): SpanClass[] {
  // Two passes over typed arrays (group, then fill): no array of boxed numbers per group.
  const n = starts.length;
  const groupOf = new Uint8Array(n);
  const sizes = limits.map(() => 0);
  for (let i = 0; i < n; i++) {
    const d = ends[i]! - starts[i]!;
    let g = 0;
    while (d > limits[g]!) g++;
    groupOf[i] = g;
    sizes[g]!++;
  }
  const groups = sizes.map((size) => ({
    items: new Uint32Array(size),
    s: new Float64Array(size),
    e: new Float64Array(size),
    k: 0,
  }));
  for (let i = 0; i < n; i++) {
    const g = groups[groupOf[i]!]!;
    g.items[g.k] = i;
    g.s[g.k] = starts[i]!;
    g.e[g.k++] = ends[i]!;
  }
  return groups
    .filter((g) => g.items.length)
    .map((g) => ({ items: g.items, index: intervalIndex(g.s, g.e) }));
}

/** Calls `fn` with the lane position of every mark meeting [from, to], group by group. */
export function forEachVisible(
  classes: SpanClass[],
  from: number,
  to: number,
  fn: (i: number) => void,
): void {
  for (const c of classes) {
    const lo = lowerBound(c.index.maxEnd, from);
    const hi = upperBound(c.index.starts, to);
    for (let k = lo; k < hi; k++) if (c.index.ends[k]! >= from) fn(c.items[k]!);
  }
}
