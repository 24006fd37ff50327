// Per-load event arrays the list and the window announcement reuse: chronological order
// and each event's extent in UTC ms.
import type { Timeline } from '../model';
import { eventExtent } from '../timeline';

export interface EventTimes {
  start: Float64Array;
  end: Float64Array;
  /** Event indices sorted by start, then end, then id. */
  order: Uint32Array;
}

export function eventTimes(timeline: Timeline): EventTimes {
  const n = timeline.events.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  timeline.events.forEach((e, i) => {
    const x = eventExtent(e.date);
    start[i] = x.start;
    end[i] = x.end;
  });
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const compare = (a: number, b: number) => {
    const d = start[a]! - start[b]! || end[a]! - end[b]!;
    if (d !== 0) return d;
    const ia = timeline.events[a]!.id;
    const ib = timeline.events[b]!.id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
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

/** How many of the visible events overlap the window [from, to). */
export function countInWindow(
  times: EventTimes,
  visible: Uint32Array | null,
  from: number,
  to: number,
): number {
  let n = 0;
  const check = (i: number) => {
    if (times.start[i]! < to && times.end[i]! > from) n++;
  };
  if (visible === null) for (let i = 0; i < times.start.length; i++) check(i);
  else for (let k = 0; k < visible.length; k++) check(visible[k]!);
  return n;
}
