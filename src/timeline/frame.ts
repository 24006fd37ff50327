// What one frame draws: per lane either individual stacked marks with «+N» counts, or a density
// band when the marks would not fit. Work is bounded by what is on screen, not by the data:
// binary searches, then a walk over the visible marks only.
import { countVisible } from './cull';
import { forEachVisible } from './spanClasses';
import { lanePacking, type Layout, type MarkSet } from './layout';
import { packLevel } from './packing';
import { linearX, type Direction } from './scale';
import type { Window } from './window';
import { MIN_SPAN_MS } from './zoom';

export interface FrameOptions {
  width: number;
  dir: Direction;
  /** Radius of a point mark and the gap kept between marks, in px. */
  markRadius: number;
  gap: number;
  maxRows: number;
  /** Width of a density bin and of a «+N» count cell, in px. */
  binPx: number;
  countPx: number;
}

export const defaultFrameOptions: Omit<FrameOptions, 'width' | 'dir'> = {
  markRadius: 5,
  gap: 4,
  maxRows: 3,
  binPx: 4,
  countPx: 30,
};

export interface Mark {
  event: number;
  lane: number;
  row: number;
  /** Screen x of the start and end (equal for a point); x1 <= x2 whatever the direction. */
  x1: number;
  x2: number;
  point: boolean;
}

export interface Count {
  lane: number;
  x: number;
  count: number;
}

export interface DensityBin {
  lane: number;
  x1: number;
  x2: number;
  count: number;
  /** Drawn faintly under individual marks (long bands behind points). */
  underlay: boolean;
}

export interface Frame {
  marks: Mark[];
  counts: Count[];
  bins: DensityBin[];
  /** Largest bin count in the frame, to scale the density shading. */
  maxBin: number;
}

export function computeFrame(layout: Layout, window: Window, o: FrameOptions): Frame {
  const msPerPx = (window.end - window.start) / Math.max(o.width, 1);
  const x = linearX(window, o.width, o.dir);
  // Marks partly off screen are still drawn, so the culling window is widened by a mark.
  const padMs = (o.markRadius + o.gap) * msPerPx;
  const from = window.start - padMs;
  const to = window.end + padMs;
  const capacity = Math.floor((o.width / (2 * o.markRadius + o.gap)) * o.maxRows);
  const level = packLevel(msPerPx);
  const frame: Frame = { marks: [], counts: [], bins: [], maxBin: 0 };
  const cellMs = o.countPx * msPerPx;
  const marks = (set: MarkSet, l: number) => {
    const ix = set.index;
    const packing = lanePacking(set, level, packPad(o), o.maxRows);
    const cells = new Map<number, Count>();
    forEachVisible(set.classes, from, to, (i) => {
      const s = ix.starts[i]!;
      const e = ix.ends[i]!;
      const row = packing.rows[i]!;
      if (row < 0) {
        // Overflow joins the count of its cell; cells are fixed on the time axis so counts
        // do not jump while panning. A band that began off screen is counted where it enters.
        const cell = Math.floor(Math.max(s, window.start) / cellMs);
        let c = cells.get(cell);
        if (!c) {
          c = { lane: l, x: x((cell + 0.5) * cellMs), count: 0 };
          cells.set(cell, c);
        }
        c.count++;
        return;
      }
      const xa = x(s);
      const xb = x(e);
      frame.marks.push({
        event: set.events[i]!,
        lane: l,
        row,
        x1: Math.min(xa, xb),
        x2: Math.max(xa, xb),
        point: s === e,
      });
    });
    for (const c of cells.values()) frame.counts.push(c);
  };
  const fits = (set: MarkSet) =>
    countVisible(set.index.starts, set.sortedEnds, from, to) <= capacity;

  layout.lanes.forEach((lane, l) => {
    if (fits(lane)) marks(lane, l);
    else if (lane.shortCount < lane.events.length && fits(lane.short)) {
      // Too many long bands: they become a faint density, the points stay individual.
      densityBins(lane, window, o, l, frame, true);
      marks(lane.short, l);
    } else densityBins(lane, window, o, l, frame, false);
  });
  return frame;
}

/** Marks meeting each bin (a band counts in every bin it spans), by binary search: O(bins · log n). */
function densityBins(
  set: MarkSet,
  window: Window,
  o: FrameOptions,
  lane: number,
  frame: Frame,
  underlay: boolean,
): void {
  const starts = set.index.starts;
  const sortedEnds = set.sortedEnds;
  const n = Math.ceil(o.width / o.binPx);
  const msPerBin = ((window.end - window.start) / o.width) * o.binPx;
  for (let b = 0; b < n; b++) {
    const t0 = window.start + b * msPerBin;
    // Bins are half-open, so a point on a boundary is counted once.
    const count = countVisible(starts, sortedEnds, t0, t0 + msPerBin - 1e-3);
    if (!count) continue;
    const p1 = b * o.binPx;
    const p2 = Math.min((b + 1) * o.binPx, o.width);
    const [x1, x2] = o.dir === 'rtl' ? [o.width - p2, o.width - p1] : [p1, p2];
    frame.bins.push({ lane, x1, x2, count, underlay });
    if (count > frame.maxBin) frame.maxBin = count;
  }
}

const packPad = (o: Pick<FrameOptions, 'markRadius' | 'gap'>) => o.markRadius + o.gap / 2;

/** One stacking to prepare ahead of time: a lane at a zoom level. */
export interface WarmJob {
  lane: number;
  level: number;
}

/**
 * The stackings a window could need, nearest zoom level first. Levels at which a lane is, on
 * average, many times too dense for marks are left out: they would show density anyway (a
 * sparse stretch there is packed on first use instead). Packing is cheap, so the bar is high.
 */
export function warmJobs(
  layout: Layout,
  bounds: Window,
  current: Window,
  o: FrameOptions,
): WarmJob[] {
  const perPx = (w: Window) => (w.end - w.start) / Math.max(o.width, 1);
  const now = packLevel(perPx(current));
  const lo = packLevel(MIN_SPAN_MS / Math.max(o.width, 1));
  const hi = packLevel(perPx(bounds));
  const capacity = (o.width / (2 * o.markRadius + o.gap)) * o.maxRows;
  const span = bounds.end - bounds.start;
  const jobs: WarmJob[] = [];
  for (let level = lo; level <= hi; level++) {
    const windowMs = 2 ** level * o.width;
    layout.lanes.forEach((lane, l) => {
      if (!lane.events.length) return;
      const perWindow = (lane.shortCount * windowMs) / span;
      if (perWindow <= 200 * capacity) jobs.push({ lane: l, level });
    });
  }
  return jobs.sort((a, b) => Math.abs(a.level - now) - Math.abs(b.level - now));
}

/** Runs one job (the UI calls it when the browser is idle) so that crossing a zoom level never
 * pays for a whole lane's packing within a frame. */
export function warmPacking(layout: Layout, job: WarmJob, o: FrameOptions): void {
  const l = layout.lanes[job.lane];
  if (!l) return;
  lanePacking(l, job.level, packPad(o), o.maxRows);
  if (l.shortCount < l.events.length) lanePacking(l.short, job.level, packPad(o), o.maxRows);
}
