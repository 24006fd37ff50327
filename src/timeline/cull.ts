// Viewport culling: binary search over marks sorted by start, with a running maximum of ends
// so that long bands that began before the window are still found.

/** First index i with a[i] >= x (a sorted ascending). */
export function lowerBound(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index i with a[i] > x (a sorted ascending). */
export function upperBound(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Closed intervals [starts[i], ends[i]] sorted by start, with maxEnd[i] = max(ends[0..i]). */
export interface IntervalIndex {
  starts: Float64Array;
  ends: Float64Array;
  maxEnd: Float64Array;
}

export function intervalIndex(starts: Float64Array, ends: Float64Array): IntervalIndex {
  const maxEnd = new Float64Array(starts.length);
  let m = -Infinity;
  for (let i = 0; i < starts.length; i++) {
    m = Math.max(m, ends[i]!);
    maxEnd[i] = m;
  }
  return { starts, ends, maxEnd };
}

/** The index range that may meet [from, to]: candidates still need the end check. */
export function candidateRange(ix: IntervalIndex, from: number, to: number): [number, number] {
  return [lowerBound(ix.maxEnd, from), upperBound(ix.starts, to)];
}

/** Every i whose closed interval meets [from, to], in start order. */
export function visibleIndices(ix: IntervalIndex, from: number, to: number): number[] {
  const [lo, hi] = candidateRange(ix, from, to);
  const out: number[] = [];
  for (let i = lo; i < hi; i++) if (ix.ends[i]! >= from) out.push(i);
  return out;
}

/** How many intervals end before `t` and how many start after it, for the edge notices. */
export function countEndingBefore(sortedEnds: Float64Array, t: number): number {
  return lowerBound(sortedEnds, t);
}
export function countStartingAfter(sortedStarts: Float64Array, t: number): number {
  return sortedStarts.length - upperBound(sortedStarts, t);
}

/**
 * Exactly how many closed intervals meet [from, to], in O(log n): those starting by `to`, less
 * those that already ended before `from` (which necessarily also started by `to`).
 */
export function countVisible(
  starts: Float64Array,
  sortedEnds: Float64Array,
  from: number,
  to: number,
): number {
  return Math.max(0, upperBound(starts, to) - lowerBound(sortedEnds, from));
}
