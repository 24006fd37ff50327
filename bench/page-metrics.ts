// Functions that run inside the page (passed to page.evaluate / waitForFunction): they
// must be self-contained, since Playwright ships only their source text.

/** tsx (esbuild keepNames) wraps named functions in __name(); give the page a no-op one. */
export const NAME_SHIM = 'window.__name = window.__name || ((f) => f);';

/**
 * performance.now() when the timeline first shows marks, or false. Prefers the app's own
 * 'timeline-drawn' mark; else looks for mark elements or ink on a canvas (dense mode).
 */
export function drawnAt(): number | false {
  const mark = performance.getEntriesByName('timeline-drawn')[0];
  if (mark) return mark.startTime;
  // Event marks as elements (our SVG mode, vis-timeline's items)…
  if (document.querySelector('svg [data-event], [data-event-id], .vis-item'))
    return performance.now();
  // …or marks and density bands drawn on a canvas.
  for (const canvas of Array.from(document.querySelectorAll('canvas'))) {
    if (canvas.width === 0 || canvas.height === 0) continue;
    // A small copy is enough to tell a blank canvas from a drawn one, and cheap each frame.
    const probe = document.createElement('canvas');
    probe.width = 64;
    probe.height = 32;
    const ctx = probe.getContext('2d');
    if (!ctx) continue;
    ctx.drawImage(canvas, 0, 0, 64, 32);
    const px = ctx.getImageData(0, 0, 64, 32).data;
    let inked = 0;
    for (let i = 3; i < px.length; i += 4) if ((px[i] ?? 0) > 0) inked++;
    if (inked > 8) return performance.now();
  }
  return false;
}

/** The centre of the largest canvas/svg (or of `selector`): where the gestures go. */
export function plotBox(
  selector: string | null,
): { x: number; y: number; width: number; height: number } | null {
  const candidates = selector
    ? Array.from(document.querySelectorAll(selector))
    : Array.from(document.querySelectorAll('canvas, svg'));
  let best: DOMRect | null = null;
  for (const el of candidates) {
    const r = el.getBoundingClientRect();
    if (r.width * r.height > (best ? best.width * best.height : 0)) best = r;
  }
  if (!best) return null;
  const top = Math.max(best.top, 0);
  const bottom = Math.min(best.bottom, window.innerHeight);
  return { x: best.left, y: top, width: best.width, height: Math.max(bottom - top, 1) };
}

/** Whether the point (client px) is on the plot, so that an input there reaches it. */
export function onPlot([x, y, selector]: [number, number, string | null]): boolean {
  const el = document.elementFromPoint(x, y);
  return !!el && (!selector || !!el.closest(selector));
}

/** Resolves once the page has painted the effects of the last input and gone idle. */
export function settle(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 2000 })),
    ),
  );
}

/** Starts recording requestAnimationFrame intervals into window.__frames. */
export function startFrameRecorder(): void {
  const w = window as unknown as { __frames: number[]; __recording: boolean };
  w.__frames = [];
  w.__recording = true;
  let last = -1;
  const tick = (t: number) => {
    if (!w.__recording) return;
    if (last >= 0) w.__frames.push(t - last);
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function stopFrameRecorder(): number[] {
  const w = window as unknown as { __frames: number[]; __recording: boolean };
  w.__recording = false;
  return w.__frames;
}

/** When the timeline data file finished arriving, from Resource Timing. */
export function dataFetchedAt(): number | null {
  const entry = performance
    .getEntriesByType('resource')
    .find((e) => /\/data\/[^/]+\.json/.test(e.name)) as PerformanceResourceTiming | undefined;
  return entry ? entry.responseEnd : null;
}

/** The app's own User Timing measures (fetch, JSON, validation, indexes …), summed by name. */
export function userMeasures(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of performance.getEntriesByType('measure'))
    out[e.name] = (out[e.name] ?? 0) + e.duration;
  return out;
}
