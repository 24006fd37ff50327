// Everything that depends only on the data and the filter, computed once and memoised:
// extents, lanes, time order and the per-lane interval indexes. Nothing here runs per frame.
import type { TimelineStore } from '../model/store';
import { intervalIndex, type IntervalIndex } from './cull';
import { eventExtents } from './extents';
import { laneMasks, timelineLanes, type LaneDef, type Lanes } from './lanes';
import { pack, type Packing } from './packing';
import { spanClasses, type SpanClass } from './spanClasses';

/** Per-event facts, computed once per timeline. */
export interface EventTable {
  /** Drawn extent in UTC ms: a point has start = end = the middle of its day. */
  start: Float64Array;
  end: Float64Array;
  point: Uint8Array;
  /** The lanes the data gives (src/timeline/lanes.ts). */
  lanes: Lanes;
  /** Bit i set = the event appears in lanes.list[i]. */
  laneMask: Uint8Array;
  /** Event indices sorted by time (start, then end, then id), for roving focus and culling. */
  order: Uint32Array;
}

/** A set of marks in one lane with everything needed to cull, count and stack them. */
export interface MarkSet {
  /** Event indices, sorted by start. */
  events: Uint32Array;
  index: IntervalIndex;
  /** The same marks' ends, sorted, for exact visible counts in O(log n). */
  sortedEnds: Float64Array;
  /** The marks grouped by duration, for culling without scanning long bands' shadows. */
  classes: SpanClass[];
  /** Stackings per zoom level, filled lazily: once per level, never per frame. */
  packs: Map<number, Packing>;
}

export interface LaneLayout extends MarkSet {
  lane: LaneDef;
  /**
   * The lane's points and week bands alone: shown one by one over a density of the month and
   * year bands when all of them together would not fit. Built on first use: most lanes never
   * need it, and building them all was a tenth of the first draw.
   */
  readonly short: MarkSet;
  /** How many marks `short` holds, known without building it. */
  shortCount: number;
}

/** Marks lasting at most this long belong to a lane's short set. */
export const SHORT_MS = 8 * 86_400_000;

function markSet(table: EventTable, events: Uint32Array): MarkSet {
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  for (let k = 0; k < events.length; k++) {
    starts[k] = table.start[events[k]!]!;
    ends[k] = table.end[events[k]!]!;
  }
  return {
    events,
    index: intervalIndex(starts, ends),
    sortedEnds: ends.slice().sort(),
    classes: spanClasses(starts, ends),
    packs: new Map<number, Packing>(),
  };
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

const tables = new WeakMap<TimelineStore, EventTable>();

export function eventTable(timeline: TimelineStore): EventTable {
  const cached = tables.get(timeline);
  if (cached) return cached;
  const n = timeline.eventCount;
  const x = eventExtents(timeline);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const point = x.point;
  for (let i = 0; i < n; i++) {
    // A point sits at the middle of its day.
    if (point[i]) start[i] = end[i] = (x.start[i]! + x.end[i]!) / 2;
    else {
      start[i] = x.start[i]!;
      end[i] = x.end[i]!;
    }
  }
  const lanes = timelineLanes(timeline);
  const laneMask = laneMasks(timeline, lanes);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Ties in time go by id (the id ranks compare as the ids do).
  const rank = timeline.idRanks;
  const compare = (a: number, b: number) => {
    const d = start[a]! - start[b]! || end[a]! - end[b]!;
    if (d) return d;
    return rank[a]! - rank[b]!;
  };
  // Files written in time order need no sort.
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = compare(i - 1, i) <= 0;
  if (!sorted) order.sort(compare);
  const table = { start, end, point, lanes, laneMask, order };
  tables.set(timeline, table);
  return table;
}

/** The layout for the events that pass the filter (`visible` = indices into events, null = all). */
export function buildLayout(timeline: TimelineStore, visible: Uint32Array | null): Layout {
  const table = eventTable(timeline);
  const n = table.order.length;
  let keep: Uint8Array | null = null;
  if (visible) {
    keep = new Uint8Array(n);
    for (let k = 0; k < visible.length; k++) if (visible[k]! < n) keep[visible[k]!] = 1;
  }
  // Two passes over typed arrays: count, then fill; 100k events take a few milliseconds.
  const order = new Uint32Array(visible ? visible.length : n);
  const lanes = table.lanes.list;
  const laneCount = new Uint32Array(lanes.length);
  let count = 0;
  for (let k = 0; k < n; k++) {
    const i = table.order[k]!;
    if (keep && !keep[i]) continue;
    order[count++] = i;
    const mask = table.laneMask[i]!;
    for (let l = 0; l < lanes.length; l++) if (mask & (1 << l)) laneCount[l]!++;
  }
  const kept = order.subarray(0, count);
  const laneEvents = lanes.map((_, l) => new Uint32Array(laneCount[l]!));
  const fill = new Uint32Array(lanes.length);
  const rankOf = new Int32Array(n).fill(-1);
  const sortedStarts = new Float64Array(count);
  const sortedEnds = new Float64Array(count);
  for (let r = 0; r < count; r++) {
    const i = kept[r]!;
    rankOf[i] = r;
    sortedStarts[r] = table.start[i]!;
    sortedEnds[r] = table.end[i]!;
    const mask = table.laneMask[i]!;
    for (let l = 0; l < lanes.length; l++) if (mask & (1 << l)) laneEvents[l]![fill[l]!++] = i;
  }
  sortedEnds.sort();
  const laneLayouts = lanes.map((lane, l): LaneLayout => {
    const events = laneEvents[l]!;
    const isShort = (i: number) => table.end[i]! - table.start[i]! <= SHORT_MS;
    let shortCount = 0;
    for (let k = 0; k < events.length; k++) if (isShort(events[k]!)) shortCount++;
    let short: MarkSet | null = null;
    return {
      lane,
      ...markSet(table, events),
      shortCount,
      get short() {
        return (short ??= markSet(table, events.filter(isShort)));
      },
    };
  });
  return { table, lanes: laneLayouts, order: kept, rankOf, sortedStarts, sortedEnds };
}

/** The lane's stacking at a power-of-two zoom level, computed on first use and kept. */
export function lanePacking(lane: MarkSet, level: number, padPx: number, maxRows: number): Packing {
  let p = lane.packs.get(level);
  if (!p) {
    p = pack(lane.index.starts, lane.index.ends, padPx * 2 ** level, maxRows);
    lane.packs.set(level, p);
  }
  return p;
}

const lastLayout = new WeakMap<TimelineStore, { visible: Uint32Array | null; layout: Layout }>();

function sameIndices(a: Uint32Array | null, b: Uint32Array | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The layout for a filter, reused while the filter's contents are unchanged: a shell that
 * recomputes an equal `visible` array on every render does not cost a rebuild.
 */
export function layoutFor(timeline: TimelineStore, visible: Uint32Array | null): Layout {
  const last = lastLayout.get(timeline);
  if (last && sameIndices(last.visible, visible)) return last.layout;
  const layout = buildLayout(timeline, visible);
  lastLayout.set(timeline, { visible: visible ? visible.slice() : null, layout });
  return layout;
}
