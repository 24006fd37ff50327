// The longest main-thread tasks while the gesture script runs, from a Chromium trace. A task
// longer than a frame holds up a frame however the rest of the work is spread, so this is the
// number to read next to the summed CPU time of the pause after each gesture.
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

export const REST_START = 'bench:rest:start';
export const REST_END = 'bench:rest:end';

/** One event of a Chromium trace (the fields the benches read). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

export interface LongestTasks {
  /** During the zoom and pan inputs, ms. */
  gesture: number | null;
  /** In the pauses after each gesture, ms. */
  rest: number | null;
  /** The same without the garbage collector's share of each task (V8 runs its major collections
   * when the page goes idle, whatever the page's own work was). */
  gestureOwn: number | null;
  restOwn: number | null;
}

export async function traceTasks(
  browser: Browser,
  page: Page,
  body: () => Promise<void>,
): Promise<LongestTasks> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  let buffer: Buffer;
  try {
    await body();
  } finally {
    buffer = await browser.stopTracing();
  }
  // BENCH_TRACE_OUT=file keeps the trace, to open in the browser's performance panel.
  if (process.env.BENCH_TRACE_OUT) writeFileSync(process.env.BENCH_TRACE_OUT, buffer);
  const trace = JSON.parse(buffer.toString('utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return longestTasks(Array.isArray(trace) ? trace : trace.traceEvents);
}

const isGc = (name: string) => name === 'MajorGC' || name === 'MinorGC' || name.startsWith('V8.GC');

/** Length of the union of intervals (µs), sorted by start. */
function covered(intervals: [number, number][]): number {
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of intervals) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** Top-level tasks of the page's main thread (the one that made the rest marks), split by
 * whether they began inside a pause, with and without the garbage collection inside them. */
export function longestTasks(events: TraceEvent[]): LongestTasks {
  const none = { gesture: null, rest: null, gestureOwn: null, restOwn: null };
  const marks = events.filter((e) => e.name === REST_START || e.name === REST_END);
  const first = marks[0];
  if (!first) return none;
  const starts = marks.filter((e) => e.name === REST_START).map((e) => e.ts);
  const ends = marks.filter((e) => e.name === REST_END).map((e) => e.ts);
  const inRest = (ts: number) => starts.some((s, i) => ts >= s && ts < (ends[i] ?? Infinity));
  const main = events.filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X');
  const gc = main
    .filter((e) => isGc(e.name))
    .map((e): [number, number] => [e.ts, e.ts + (e.dur ?? 0)])
    .sort((a, b) => a[0] - b[0]);
  const out = { gesture: 0, rest: 0, gestureOwn: 0, restOwn: 0 };
  for (const e of main) {
    if (e.name !== 'RunTask') continue;
    const [a, b] = [e.ts, e.ts + (e.dur ?? 0)];
    const inside = gc
      .filter(([s, t]) => t > a && s < b)
      .map(([s, t]): [number, number] => [Math.max(s, a), Math.min(t, b)]);
    const ms = (b - a) / 1000;
    const own = ms - covered(inside) / 1000;
    if (inRest(e.ts)) {
      out.rest = Math.max(out.rest, ms);
      out.restOwn = Math.max(out.restOwn, own);
    } else {
      out.gesture = Math.max(out.gesture, ms);
      out.gestureOwn = Math.max(out.gestureOwn, own);
    }
  }
  return out;
}
