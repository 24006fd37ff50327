// One measured visit: load a page, wait for the first drawn timeline, read the heap, then
// run the scripted zoom and pan and time each step's main-thread work (CDP metrics).
import type { Browser, CDPSession, Page } from 'playwright-core';
import {
  dataFetchedAt,
  drawnAt,
  NAME_SHIM,
  onPlot,
  plotBox,
  settle,
  startFrameRecorder,
  stopFrameRecorder,
  userMeasures,
} from './page-metrics';
import { hotspots, type CpuProfile, type Hotspot, type Resolve } from './profile';
import { median, percentile } from './table';
import { REST_END, REST_START, traceTasks, type LongestTasks } from './tasks';

export interface StepCost {
  /** 'rest': the pause after a gesture, when deferred work (a settle render, the URL) runs. */
  kind: 'zoom' | 'pan' | 'rest';
  /** Main-thread CPU time the step caused (script, style, layout, paint), ms; load on other cores does not inflate it. */
  workMs: number;
  /** The same as wall time of main-thread tasks (TaskDuration): grows when the machine is busy. */
  wallMs: number;
  scriptMs: number;
  layoutMs: number;
}

export interface Measurement {
  url: string;
  /** From navigation start to the first frame with marks; null when it did not happen in time. */
  drawnMs: number | null;
  heapMb: number | null;
  /** ArrayBuffer backing stores after load (outside the JS heap), when Chromium reports them. */
  buffersMb: number | null;
  /** When the load was over (the `loadedMark`: body in, checks done), ms from navigation start. */
  loadedMs: number | null;
  steps: StepCost[];
  /** Work of a step with no input (measurement overhead), already subtracted from steps. */
  baselineMs: number;
  /** The longest main-thread task during the inputs and in the pauses (traced run), ms. */
  longestTask: LongestTasks;
  /** requestAnimationFrame intervals during the script run without pauses (60 Hz vsync: ≥ 16.7 ms). */
  rafIntervals: number[];
  hotspots: Hotspot[];
  /** CPU hotspots from navigation to the first drawn timeline (when profiling). */
  loadHotspots: Hotspot[];
  /** When the data file had fully arrived (Resource Timing responseEnd), ms from navigation start. */
  dataFetchedMs: number | null;
  /** The page's User Timing measures at the first drawn frame, ms by name. */
  measures: Record<string, number>;
  notes: string[];
  errors: string[];
}

export interface ScenarioOptions {
  /** Give up on the first draw, and on the interaction, after this long. */
  capMs: number;
  /** CSS selector of the plot to zoom and pan; default: the largest canvas or svg. */
  plotSelector: string | null;
  profile: boolean;
  /** Maps bundle positions in the CPU profile back to source files. */
  resolve?: Resolve;
  /** A User Timing mark the page sets when its load is over; the heap is read after it. */
  loadedMark?: string;
}

type Metrics = Record<string, number>;

/** 1.5 × the 60 Hz interval: a longer gap between animation frames means one was dropped. */
export const DROPPED_MS = 25;
/** An empty step (no input) cheaper than this means the page is quiet. */
const QUIET_MS = 4;
const QUIET_WAIT_MS = 20_000;

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

function timeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not finish in ${ms / 1000} s`)), ms);
    }),
  ]);
}

async function measureStep(
  page: Page,
  cdp: CDPSession,
  kind: StepCost['kind'],
  act: () => Promise<void>,
) {
  const before = await metrics(cdp);
  await act();
  await page.evaluate(settle);
  const after = await metrics(cdp);
  const d = (k: string) => ((after[k] ?? 0) - (before[k] ?? 0)) * 1000;
  return {
    kind,
    workMs: d('ThreadTime'),
    wallMs: d('TaskDuration'),
    scriptMs: d('ScriptDuration'),
    layoutMs: d('LayoutDuration') + d('RecalcStyleDuration'),
  };
}

/** Pixels per drag move: the same for every page, so both timelines pan by the same gesture. */
const DRAG_STEP_PX = 20;

/** A pause long enough for every debounced reaction to a gesture (view, URL, live region). */
const REST_MS = 1000;

/**
 * The scripted gestures: zoom in, pan, zoom out, pan back; 15 steps each. Every input lands
 * on the plot (a drag of 15 × `step` px from x stays inside it), or it would measure the page.
 * With `rests`, each gesture is followed by a pause whose work is measured on its own.
 */
function script(page: Page, x: number, y: number, step: number, rests: boolean) {
  const steps: [StepCost['kind'], () => Promise<void>][] = [];
  const wheel = (dy: number) => () => page.mouse.wheel(0, dy);
  const mark = (name: string) => page.evaluate((n) => void performance.mark(n), name);
  const rest = () => {
    if (rests)
      steps.push([
        'rest',
        async () => {
          await mark(REST_START);
          await page.waitForTimeout(REST_MS);
          await mark(REST_END);
        },
      ]);
  };
  for (let i = 0; i < 15; i++) steps.push(['zoom', wheel(-200)]);
  rest();
  steps.push([
    'pan',
    async () => {
      await page.mouse.move(x, y);
      await page.mouse.down();
    },
  ]);
  for (let i = 1; i <= 15; i++) steps.push(['pan', () => page.mouse.move(x + i * step, y)]);
  steps.push(['pan', () => page.mouse.up()]);
  rest();
  for (let i = 0; i < 15; i++) steps.push(['zoom', wheel(200)]);
  rest();
  steps.push([
    'pan',
    async () => {
      await page.mouse.move(x + 15 * step, y);
      await page.mouse.down();
    },
  ]);
  for (let i = 1; i <= 15; i++) steps.push(['pan', () => page.mouse.move(x + (15 - i) * step, y)]);
  steps.push(['pan', () => page.mouse.up()]);
  rest();
  return steps;
}

export async function runScenario(
  browser: Browser,
  url: string,
  opts: ScenarioOptions,
): Promise<Measurement> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'ar',
  });
  await context.addInitScript(NAME_SHIM);
  const page = await context.newPage();
  const m: Measurement = {
    url,
    drawnMs: null,
    heapMb: null,
    buffersMb: null,
    loadedMs: null,
    steps: [],
    baselineMs: 0,
    longestTask: { gesture: null, rest: null, gestureOwn: null, restOwn: null },
    rafIntervals: [],
    hotspots: [],
    loadHotspots: [],
    dataFetchedMs: null,
    measures: {},
    notes: [],
    errors: [],
  };
  page.on('pageerror', (e) => m.errors.push(e.message));
  page.on('console', (c) => {
    // Failed requests are reported below with their URL instead.
    if (c.type() === 'error' && !c.text().startsWith('Failed to load resource'))
      m.errors.push(c.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico'))
      m.errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // Every wait is bounded: a page stuck in its own work must not hang the benchmark.
  let deadline = Date.now() + opts.capMs;
  const within = <T>(p: Promise<T>, what: string) =>
    timeout(p, Math.max(1000, deadline - Date.now()), what);
  try {
    if (opts.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    await within(page.goto(url, { waitUntil: 'commit' }), 'navigation');
    try {
      const handle = await page.waitForFunction(drawnAt, undefined, {
        polling: 'raf',
        timeout: Math.max(1000, deadline - Date.now()),
      });
      m.drawnMs = (await handle.jsonValue()) as number;
      if (opts.profile) {
        const stopped = await within(cdp.send('Profiler.stop'), 'profiler');
        m.loadHotspots = hotspots(
          (stopped as unknown as { profile: CpuProfile }).profile,
          opts.resolve,
        );
      }
      m.dataFetchedMs = await within(page.evaluate(dataFetchedAt), 'resource timing');
      m.measures = await within(page.evaluate(userMeasures), 'user timing');
    } catch {
      m.notes.push(`first draw did not finish in ${opts.capMs / 1000} s`);
      return m;
    }
    if (opts.loadedMark) {
      // The heap after the whole load: the body streamed in and the checks done, not just drawn.
      const mark = opts.loadedMark;
      await within(
        page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, mark, {
          polling: 100,
          timeout: Math.max(1000, deadline - Date.now()),
        }),
        `the ${mark} mark`,
      );
      m.loadedMs = await page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, mark);
    }
    await within(page.evaluate(settle), 'settling after load');
    await within(cdp.send('HeapProfiler.collectGarbage'), 'garbage collection');
    m.heapMb = ((await within(metrics(cdp), 'heap metrics')).JSHeapUsedSize ?? 0) / 1e6;
    // ArrayBuffers live outside the JS heap (the companion's columns and texts among them).
    const usage = (await within(cdp.send('Runtime.getHeapUsage'), 'heap usage')) as {
      backingStorageSize?: number;
    };
    m.buffersMb = usage.backingStorageSize !== undefined ? usage.backingStorageSize / 1e6 : null;

    const box = await within(page.evaluate(plotBox, opts.plotSelector), 'finding the plot');
    if (!box) {
      m.notes.push('no plot element to zoom and pan');
      return m;
    }
    // Start a little off-centre so the drags stay on the plot (RTL and LTR alike).
    const x = box.x + box.width * 0.3;
    const y = box.y + Math.min(box.height / 2, 250);
    const step = Math.min(DRAG_STEP_PX, (box.x + box.width - 10 - x) / 15);
    for (const px of [x, x + 15 * step])
      if (
        !(await within(
          page.evaluate(onPlot, [px, y, opts.plotSelector] as [number, number, string | null]),
          'checking the plot',
        ))
      )
        throw new Error(`the gestures at (${px}, ${y}) would miss the plot`);
    await within(page.mouse.move(x, y), 'moving the pointer');
    // The page may still work in idle time after load (index warm-up, lane packing): wait
    // until three empty steps in a row are cheap, so the baseline is the measurement's own cost.
    const base: number[] = [];
    const quietBy = Date.now() + QUIET_WAIT_MS;
    for (;;) {
      const empty = await within(
        measureStep(page, cdp, 'zoom', async () => {}),
        'an empty step',
      );
      base.push(empty.workMs);
      if (base.length >= 3 && base.slice(-3).every((w) => w < QUIET_MS)) break;
      if (Date.now() > quietBy) {
        m.notes.push(`still busy ${QUIET_WAIT_MS / 1000} s after load`);
        break;
      }
    }
    m.baselineMs = Math.min(...base);

    const run = async (record: boolean) => {
      deadline = Date.now() + opts.capMs;
      for (const [kind, act] of script(page, x, y, step, true)) {
        const cost = await within(measureStep(page, cdp, kind, act), 'the zoom/pan script');
        if (record) m.steps.push({ ...cost, workMs: Math.max(0, cost.workMs - m.baselineMs) });
      }
    };
    await run(true);
    // Again under a trace, for the longest single tasks (tracing inflates CPU time, so the step
    // work above comes from an untraced run).
    m.longestTask = await traceTasks(browser, page, () => run(false));

    // The same script without pauses, as a user's wheel and drag: frame intervals as the page sees them.
    deadline = Date.now() + opts.capMs;
    await within(page.evaluate(startFrameRecorder), 'frame recorder');
    for (const [, act] of script(page, x, y, step, false))
      await within(act(), 'the continuous zoom/pan script');
    await within(page.evaluate(settle), 'settling after the continuous script');
    m.rafIntervals = await within(page.evaluate(stopFrameRecorder), 'frame recorder');

    if (opts.profile) {
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await run(false);
      const stopped = await within(cdp.send('Profiler.stop'), 'profiler');
      m.hotspots = hotspots((stopped as unknown as { profile: CpuProfile }).profile, opts.resolve);
    }
  } catch (e) {
    m.notes.push((e as Error).message.split('\n')[0] ?? String(e));
  } finally {
    await timeout(context.close(), 30_000, 'closing the page').catch(() => undefined);
  }
  return m;
}

export function summary(m: Measurement) {
  const work = m.steps.filter((s) => s.kind !== 'rest').map((s) => s.workMs);
  const rest = m.steps.filter((s) => s.kind === 'rest').map((s) => s.workMs);
  return {
    drawnMs: m.drawnMs,
    heapMb: m.heapMb,
    buffersMb: m.buffersMb,
    loadedMs: m.loadedMs,
    workMedian: work.length ? median(work) : null,
    workP95: work.length ? percentile(work, 95) : null,
    workMax: work.length ? Math.max(...work) : null,
    /** The largest pause after a gesture: the deferred work, once per gesture. */
    restMax: rest.length ? Math.max(...rest) : null,
    longestGestureTask: m.longestTask.gesture,
    longestRestTask: m.longestTask.rest,
    longestGestureOwn: m.longestTask.gestureOwn,
    longestRestOwn: m.longestTask.restOwn,
    rafMedian: m.rafIntervals.length ? median(m.rafIntervals) : null,
    rafP95: m.rafIntervals.length ? percentile(m.rafIntervals, 95) : null,
    /** Share of frames that took longer than 1.5 vsync intervals (a frame was dropped). */
    dropped: m.rafIntervals.length
      ? m.rafIntervals.filter((t) => t > DROPPED_MS).length / m.rafIntervals.length
      : null,
  };
}
