// The longest main-thread tasks while the gesture script runs, from a Chromium trace. A task
// longer than a frame holds up a frame however the rest of the work is spread, so this is the
// number to read next to the summed CPU time of the pause after each gesture.
import type { Browser, Page } from 'playwright-core';

export const REST_START = 'bench:rest:start';
export const REST_END = 'bench:rest:end';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

export interface LongestTasks {
  /** During the zoom and pan inputs, ms. */
  gesture: number | null;
  /** In the pauses after each gesture, ms. */
  rest: number | null;
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
  const trace = JSON.parse(buffer.toString('utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return longestTasks(Array.isArray(trace) ? trace : trace.traceEvents);
}

/** Top-level tasks of the page's main thread (the one that made the rest marks), split by
 * whether they began inside a pause. */
export function longestTasks(events: TraceEvent[]): LongestTasks {
  const marks = events.filter((e) => e.name === REST_START || e.name === REST_END);
  const first = marks[0];
  if (!first) return { gesture: null, rest: null };
  const starts = marks.filter((e) => e.name === REST_START).map((e) => e.ts);
  const ends = marks.filter((e) => e.name === REST_END).map((e) => e.ts);
  const inRest = (ts: number) => starts.some((s, i) => ts >= s && ts < (ends[i] ?? Infinity));
  let gesture = 0;
  let rest = 0;
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || e.pid !== first.pid || e.tid !== first.tid)
      continue;
    const ms = (e.dur ?? 0) / 1000;
    if (inRest(e.ts)) rest = Math.max(rest, ms);
    else gesture = Math.max(gesture, ms);
  }
  return { gesture, rest };
}
