// Everything that depends only on the data and the filter, computed once and memoised:
// extents, lanes, time order and the per-lane interval indexes. Nothing here runs per frame.
import type { Timeline } from '../model';
import { eventExtent, pointTime } from './band';
import { intervalIndex, type IntervalIndex } from './cull';
import { actorLanes, eventLanes, laneIndex, lanes, type Lane } from './lanes';
import { pack, type Packing } from './packing';

/** Per-event facts, computed once per timeline. */
export interface EventTable {
  /** Drawn extent in UTC ms: a point has start = end = the middle of its day. */
  start: Float64Array;
  end: Float64Array;
  point: Uint8Array;
  /** Bit i set = the event appears in lanes[i]. */
  laneMask: Uint8Array;
  /** Event indices sorted by time (start, then end, then id), for roving focus and culling. */
  order: Uint32Array;
}

export interface LaneLayout {
  lane: Lane;
  /** Event indices in this lane, sorted by start. */
  events: Uint32Array;
  index: IntervalIndex;
  /** Stackings per zoom level, filled lazily: once per level, never per frame. */
  packs: Map<number, Packing>;
}

export interface Layout {
  table: EventTable;
  lanes: LaneLayout[];
  /** Filtered event indices in time order. */
  order: Uint32Array;
  /** rankOf[event] = position in `order`, or -1 when filtered out. */
  rankOf: Int32Array;
  /** Filtered events' starts and ends, each sorted, for the «before/after the window» counts. */
  sortedStarts: Float64Array;
  sortedEnds: Float64Array;
}

const tables = new WeakMap<Timeline, EventTable>();

export function eventTable(timeline: Timeline): EventTable {
  const cached = tables.get(timeline);
  if (cached) return cached;
  const n = timeline.events.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const point = new Uint8Array(n);
  const laneMask = new Uint8Array(n);
  const byActor = actorLanes(timeline.actors);
  timeline.events.forEach((e, i) => {
    const x = eventExtent(e.date);
    if (x.point) {
      start[i] = end[i] = pointTime(x);
      point[i] = 1;
    } else {
      start[i] = x.start;
      end[i] = x.end;
    }
    for (const l of eventLanes(e.actors, byActor)) laneMask[i]! |= 1 << laneIndex[l];
  });
  const ids = timeline.events.map((e) => e.id);
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort(
    (a, b) =>
      start[a]! - start[b]! ||
      end[a]! - end[b]! ||
      (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0),
  );
  const table = { start, end, point, laneMask, order };
  tables.set(timeline, table);
  return table;
}

/** The layout for the events that pass the filter (`visible` = indices into events, null = all). */
export function buildLayout(timeline: Timeline, visible: Uint32Array | null): Layout {
  const table = eventTable(timeline);
  const n = table.order.length;
  let keep: Uint8Array | null = null;
  if (visible) {
    keep = new Uint8Array(n);
    for (const i of visible) if (i < n) keep[i] = 1;
  }
  const order: number[] = [];
  const perLane: number[][] = lanes.map(() => []);
  for (const i of table.order) {
    if (keep && !keep[i]) continue;
    order.push(i);
    const mask = table.laneMask[i]!;
    for (let l = 0; l < lanes.length; l++) if (mask & (1 << l)) perLane[l]!.push(i);
  }
  const rankOf = new Int32Array(n).fill(-1);
  order.forEach((e, r) => (rankOf[e] = r));
  const laneLayouts = lanes.map((lane, l) => {
    const events = Uint32Array.from(perLane[l]!);
    const starts = Float64Array.from(events, (i) => table.start[i]!);
    const ends = Float64Array.from(events, (i) => table.end[i]!);
    return { lane, events, index: intervalIndex(starts, ends), packs: new Map<number, Packing>() };
  });
  const sortedStarts = Float64Array.from(order, (i) => table.start[i]!);
  const sortedEnds = Float64Array.from(order, (i) => table.end[i]!).sort();
  return {
    table,
    lanes: laneLayouts,
    order: Uint32Array.from(order),
    rankOf,
    sortedStarts,
    sortedEnds,
  };
}

/** The lane's stacking at a power-of-two zoom level, computed on first use and kept. */
export function lanePacking(
  lane: LaneLayout,
  level: number,
  padPx: number,
  maxRows: number,
): Packing {
  let p = lane.packs.get(level);
  if (!p) {
    p = pack(lane.index.starts, lane.index.ends, padPx * 2 ** level, maxRows);
    lane.packs.set(level, p);
  }
  return p;
}
