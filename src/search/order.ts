// Per-load event arrays the list and the window announcement reuse: chronological order
// and each event's extent in UTC ms.
import type { TimelineStore } from '../model/store';
import { eventExtents } from '../timeline/extents';

export interface EventTimes {
  start: Float64Array;
  end: Float64Array;
  /** Event indices sorted by start, then end, then id. */
  order: Uint32Array;
}

export function eventTimes(timeline: TimelineStore): EventTimes {
  const n = timeline.eventCount;
  const { start, end } = eventExtents(timeline);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const rank = timeline.idRanks;
  const compare = (a: number, b: number) => {
    const d = start[a]! - start[b]! || end[a]! - end[b]!;
    if (d !== 0) return d;
    return rank[a]! - rank[b]!;
  };
  // The extractor writes events in date order: then there is nothing to sort.
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = compare(i - 1, i) <= 0;
  if (!sorted) order.sort(compare);
  return { start, end, order };
}

/** The visible events in chronological order. */
export function orderedVisible(times: EventTimes, visible: Uint32Array | null): Uint32Array {
  if (visible === null) return times.order;
  const keep = new Uint8Array(times.order.length);
  for (let i = 0; i < visible.length; i++) keep[visible[i]!] = 1;
  return times.order.filter((i) => keep[i] === 1);
}

/** The visible events' starts and ends, each sorted: a window's count is two binary searches. */
export interface WindowCounter {
  starts: Float64Array;
  ends: Float64Array;
}

/** From the visible events in chronological order (their starts are then already sorted). */
export function windowCounter(times: EventTimes, ordered: Uint32Array): WindowCounter {
  const starts = new Float64Array(ordered.length);
  const ends = new Float64Array(ordered.length);
  for (let k = 0; k < ordered.length; k++) {
    starts[k] = times.start[ordered[k]!]!;
    ends[k] = times.end[ordered[k]!]!;
  }
  return { starts, ends: ends.sort() };
}

/** The first index whose value is >= t (or > t when `after`). */
function bound(sorted: Float64Array, t: number, after: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v < t || (after && v === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the visible events overlap the window [from, to): all but those starting at or
 * after its end and those ending at or before its start (no event is both). */
export function countInWindow(c: WindowCounter, from: number, to: number): number {
  const startingLate = c.starts.length - bound(c.starts, to, false);
  const endingEarly = bound(c.ends, from, true);
  return c.starts.length - startingLate - endingEarly;
}
