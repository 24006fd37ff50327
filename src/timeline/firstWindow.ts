// The window a timeline opens on: where its events are, and close enough that they can be told
// apart. A collection with a few old events and a dense recent cluster opens on the cluster, and
// the edge notices announce the rest, rather than squeezing the cluster into a few pixels.
import type { TimelineStore } from '../model/store';
import { eventTable } from './layout';
import { DAY_MS } from './time';
import { defaultWindow, type Window } from './window';

export interface FirstWindowOptions {
  /** The plot width the choice assumes, in px. */
  width: number;
  /** Marks closer than this, in px, crowd each other … */
  gapPx: number;
  /** … unless at most this many share the spot (they stack in rows). */
  stack: number;
  /** Above this many events every candidate is dense anyway: the whole extent. */
  maxEvents: number;
}

export const firstWindowDefaults: FirstWindowOptions = {
  width: 480,
  gapPx: 12,
  stack: 3,
  maxEvents: 5000,
};

/** Candidate windows are runs of clusters cut at the largest gaps between events. */
const MAX_CUTS = 12;
const MIN_SPAN_MS = 30 * DAY_MS;

/** Events [from, to) of the sorted positions, and the time their marks cover. */
interface Run {
  from: number;
  to: number;
  start: number;
  end: number;
}

/** How many events in the window are not crowded (two-pointer sweep over sorted positions). */
function legible(pos: Float64Array, from: number, to: number, w: Window, o: FirstWindowOptions) {
  const gap = ((w.end - w.start) * o.gapPx) / o.width;
  let count = 0;
  let lo = from;
  let hi = from;
  for (let i = from; i < to; i++) {
    while (pos[i]! - pos[lo]! >= gap) lo++;
    while (hi < to && pos[hi]! - pos[i]! < gap) hi++;
    if (hi - lo <= o.stack) count++;
  }
  return count;
}

/** The first index whose position is at or after t. */
function lowerBound(pos: Float64Array, t: number): number {
  let lo = 0;
  let hi = pos.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (pos[m]! < t) lo = m + 1;
    else hi = m;
  }
  return lo;
}

const YEAR_MS = 365.25 * DAY_MS;

/** Rounds t down (or up) to the first day of its month, or of its year. */
function snap(t: number, unit: 'month' | 'year', up: boolean): number {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const floor = unit === 'year' ? Date.UTC(y, 0, 1) : Date.UTC(y, d.getUTCMonth(), 1);
  if (!up || floor === t) return floor;
  return unit === 'year' ? Date.UTC(y + 1, 0, 1) : Date.UTC(y, d.getUTCMonth() + 1, 1);
}

/**
 * A window over [start, end] on calendar edges (so the notices read «قبل 2024»), one unit wider
 * on a side whose first or last mark would sit on the edge.
 */
function framed(start: number, end: number, first: number, last: number): Window {
  const mid = (start + end) / 2;
  const span = Math.max(end - start, MIN_SPAN_MS);
  const unit = span >= 3 * YEAR_MS ? 'year' : 'month';
  let from = snap(mid - span / 2, unit, false);
  let to = snap(mid + span / 2, unit, true);
  const near = (to - from) * 0.02;
  if (first - from < near) from = snap(from - 1, unit, false);
  if (to - last < near) to = snap(to + 1, unit, true);
  return { start: from, end: to };
}

/**
 * Events as drawn extents (a point has start = end); returns null for no events. Among the
 * windows over runs of clusters, the one with the most events that can be told apart wins;
 * then the one that shows more events; then the wider.
 */
export function firstWindow(
  starts: Float64Array,
  ends: Float64Array,
  options: Partial<FirstWindowOptions> = {},
): Window | null {
  const o = { ...firstWindowDefaults, ...options };
  const n = starts.length;
  if (n === 0) return null;
  const mid = (i: number) => (starts[i]! + ends[i]!) / 2;
  let lo = Infinity;
  let hi = -Infinity;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    lo = Math.min(lo, starts[i]!);
    hi = Math.max(hi, ends[i]!);
    first = Math.min(first, mid(i));
    last = Math.max(last, mid(i));
  }
  // The whole extent: only the first and last middles matter, so nothing is sorted (a sort of
  // a million boxed indices was a second of the first draw).
  if (n > o.maxEvents || n < 3) return framed(lo, hi, first, last);
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => mid(a) - mid(b));
  const pos = Float64Array.from(order, mid);

  // Cut at the largest gaps: the clusters between them are where the events are.
  const gaps = Array.from({ length: n - 1 }, (_, i) => i).sort(
    (a, b) => pos[b + 1]! - pos[b]! - (pos[a + 1]! - pos[a]!),
  );
  const cuts = gaps
    .slice(0, MAX_CUTS)
    .filter((i) => pos[i + 1]! > pos[i]!)
    .map((i) => i + 1)
    .sort((a, b) => a - b);
  const bounds = [0, ...cuts, n];
  // Extents per cluster, so a run's window covers its bands and not only their middles.
  const clusters = bounds.slice(0, -1).map((from, k): Run => {
    const to = bounds[k + 1]!;
    let start = Infinity;
    let end = -Infinity;
    for (let j = from; j < to; j++) {
      start = Math.min(start, starts[order[j]!]!);
      end = Math.max(end, ends[order[j]!]!);
    }
    return { from, to, start, end };
  });

  let best: { w: Window; legible: number; shown: number } | null = null;
  for (let a = 0; a < clusters.length; a++) {
    let run: Run = { ...clusters[a]! };
    for (let b = a; b < clusters.length; b++) {
      const c = clusters[b]!;
      run = {
        ...run,
        to: c.to,
        start: Math.min(run.start, c.start),
        end: Math.max(run.end, c.end),
      };
      const w = framed(run.start, run.end, pos[run.from]!, pos[run.to - 1]!);
      // Every event the window shows counts, the run's and any its margins take in.
      const from = lowerBound(pos, w.start);
      const to = lowerBound(pos, w.end);
      const score = { w, legible: legible(pos, from, to, w, o), shown: to - from };
      if (
        !best ||
        score.legible > best.legible ||
        (score.legible === best.legible &&
          (score.shown > best.shown ||
            (score.shown === best.shown && w.end - w.start > best.w.end - best.w.start)))
      )
        best = score;
    }
  }
  return best!.w;
}

const opening = new WeakMap<TimelineStore, Window>();

/** The window a timeline opens on (computed once per timeline). */
export function openingWindow(timeline: TimelineStore): Window {
  let w = opening.get(timeline);
  if (!w) {
    const table = eventTable(timeline);
    w = firstWindow(table.start, table.end) ?? defaultWindow;
    opening.set(timeline, w);
  }
  return w;
}
