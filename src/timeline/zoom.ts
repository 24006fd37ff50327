// Zoom and pan as pure window arithmetic, clamped to the data with a margin and a minimum span.
import { DAY_MS } from './time';
import type { Window } from './window';

export const MIN_SPAN_MS = 3 * DAY_MS;

/** Where the window may go: the data and the default window, plus a margin on both sides. */
export function zoomBounds(extents: (Window | null)[], marginRatio = 0.05): Window {
  let start = Infinity;
  let end = -Infinity;
  for (const e of extents) {
    if (!e) continue;
    start = Math.min(start, e.start);
    end = Math.max(end, e.end);
  }
  if (!(start < end)) return { start: 0, end: MIN_SPAN_MS };
  const margin = Math.max((end - start) * marginRatio, DAY_MS);
  return { start: start - margin, end: end + margin };
}

/** Keeps the span within [MIN_SPAN_MS, bounds] and slides the window back inside the bounds. */
export function clampWindow(w: Window, bounds: Window, minSpan = MIN_SPAN_MS): Window {
  const maxSpan = bounds.end - bounds.start;
  let span = Math.min(Math.max(w.end - w.start, minSpan), maxSpan);
  if (!Number.isFinite(span)) span = maxSpan;
  let start = w.start + (w.end - w.start - span) / 2;
  if (start < bounds.start) start = bounds.start;
  if (start + span > bounds.end) start = bounds.end - span;
  return { start, end: start + span };
}

/** Zooms by factor k (>1 zooms in) keeping the instant `anchor` where it is on screen. */
export function zoomAt(w: Window, k: number, anchor: number, bounds: Window): Window {
  if (!(k > 0) || !Number.isFinite(k) || !Number.isFinite(anchor)) return clampWindow(w, bounds);
  const span = w.end - w.start;
  const next = Math.min(Math.max(span / k, MIN_SPAN_MS), bounds.end - bounds.start);
  const f = (anchor - w.start) / span;
  const start = anchor - f * next;
  return clampWindow({ start, end: start + next }, bounds);
}

/** Moves the window later in time by `ms` (negative moves earlier). */
export function panBy(w: Window, ms: number, bounds: Window): Window {
  if (!Number.isFinite(ms)) return clampWindow(w, bounds);
  return clampWindow({ start: w.start + ms, end: w.end + ms }, bounds);
}

/** The smallest move that brings [start, end] into view with a margin, keeping the span if it fits. */
export function reveal(w: Window, target: Window, bounds: Window, marginRatio = 0.1): Window {
  const span = w.end - w.start;
  const need = target.end - target.start;
  if (need > span * (1 - 2 * marginRatio)) {
    const pad = need * marginRatio;
    return clampWindow({ start: target.start - pad, end: target.end + pad }, bounds);
  }
  if (target.start >= w.start + span * marginRatio && target.end <= w.end - span * marginRatio)
    return w;
  const mid = (target.start + target.end) / 2;
  return clampWindow({ start: mid - span / 2, end: mid + span / 2 }, bounds);
}

/** The window that shows everything: the extent plus a margin, clamped. */
export function fitWindow(extent: Window, bounds: Window, marginRatio = 0.03): Window {
  const pad = Math.max((extent.end - extent.start) * marginRatio, DAY_MS);
  return clampWindow({ start: extent.start - pad, end: extent.end + pad }, bounds);
}
