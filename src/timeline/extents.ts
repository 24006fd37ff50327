// Every event's extent (band.ts) from the store's columns, once per timeline: the layout, the
// window and the list's order all start from these arrays.
import type { TimelineStore } from '../model/store';
import { mods, precisions } from '../model/vocabulary';
import { bandExtent } from './band';
import { DAY_MS, parsePackedDay } from './time';

export interface Extents {
  /** UTC ms, inclusive. */
  start: Float64Array;
  /** UTC ms, exclusive. */
  end: Float64Array;
  /** 1 for day precision (drawn as a point). */
  point: Uint8Array;
}

const cache = new WeakMap<TimelineStore, Extents>();

export function eventExtents(store: TimelineStore): Extents {
  const hit = cache.get(store);
  if (hit) return hit;
  const n = store.eventCount;
  const { eventStart, eventEnd, eventPrecision, eventMod } = store.c;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const point = new Uint8Array(n);
  // Few distinct days: each is converted once.
  const days = new Map<number, number>();
  const ms = (packed: number) => {
    let t = days.get(packed);
    if (t === undefined) days.set(packed, (t = parsePackedDay(packed)));
    return t;
  };
  for (let i = 0; i < n; i++) {
    const mod = eventMod[i]!;
    const x = bandExtent(
      precisions[eventPrecision[i]!]!,
      mod === 255 ? null : mods[mod]!,
      ms(eventStart[i]!),
      ms(eventEnd[i]!) + DAY_MS,
    );
    start[i] = x.start;
    end[i] = x.end;
    point[i] = x.point ? 1 : 0;
  }
  const out = { start, end, point };
  cache.set(store, out);
  return out;
}
