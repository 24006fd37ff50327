// `npx tsx bench/open-trace.ts 100k`: one load of the built app under a Chromium trace, to say
// where opening a timeline goes per thread (the page and the loading worker): CPU time of each
// thread's tasks up to the first draw, and each thread's hottest functions (V8's sampling
// profiler in the trace). CPU time, not wall time: load on the other core does not inflate it.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { launch } from '../tests/e2e/browser';
import { SIZES, syntheticFile, syntheticFiles, writeSynthetic, type SizeLabel } from './generate';
import { drawnAt, NAME_SHIM } from './page-metrics';
import { hotspots, type CpuProfile, type ProfileNode } from './profile';
import { buildApp, serve } from './servers';
import type { TraceEvent } from './tasks';
import { sourceResolver } from './sourcemap';

const label = (process.argv[2] ?? '100k') as SizeLabel;
if (!(label in SIZES)) throw new Error(`unknown size ${label}`);
const files = syntheticFiles(label).every(existsSync)
  ? syntheticFiles(label)
  : writeSynthetic(label);
const appDir = await buildApp();
const resolve = sourceResolver(appDir);
const site = await serve(appDir, files);
const browser = await launch();
try {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'ar',
  });
  await context.addInitScript(NAME_SHIM);
  const page = await context.newPage();
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
      'v8',
      'disabled-by-default-v8.cpu_profiler',
    ],
  });
  await page.goto(`${site.url}?data=data/${basename(syntheticFile(label))}`, {
    waitUntil: 'commit',
  });
  const h = await page.waitForFunction(drawnAt, undefined, { polling: 'raf', timeout: 300_000 });
  console.log(`first drawn ${(h && ((await h.jsonValue()) as number)).toFixed(0)} ms`);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  const events = trace.traceEvents;
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  // The marks in the trace's clock: the head in on the page, and the first drawn frame.
  const at = (name: string) =>
    Math.min(...events.filter((e) => e.name === name).map((e) => e.ts), Infinity);
  const cuts: [string, number][] = [
    ['head in', at('timeline:columns-page')],
    ['first draw', at('timeline-drawn')],
  ];
  const start = Math.min(...events.filter((e) => e.name === 'RunTask').map((e) => e.ts));
  for (const [what, cut] of cuts) {
    const cpu = new Map<string, number>();
    for (const e of events)
      if (e.ph === 'X' && e.name === 'RunTask' && e.tdur && e.ts <= cut)
        cpu.set(`${e.pid}:${e.tid}`, (cpu.get(`${e.pid}:${e.tid}`) ?? 0) + e.tdur / 1000);
    console.log(
      `\nCPU time of tasks per thread, to ${what} (${((cut - start) / 1000).toFixed(0)} ms of the trace)`,
    );
    for (const [k, v] of [...cpu].sort((a, b) => b[1] - a[1]).slice(0, 5))
      console.log(`${v.toFixed(0).padStart(7)} ms  ${names.get(k) ?? k}`);
  }
  // V8's samples, one profile per thread.
  const profiles = new Map<
    string,
    { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; key: string }
  >();
  const byId = new Map<string, string>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.name === 'Profile' && e.id) byId.set(`${e.pid}:${e.id}`, key);
    if (e.name !== 'ProfileChunk' || !e.id) continue;
    const owner = byId.get(`${e.pid}:${e.id}`) ?? key;
    let p = profiles.get(owner);
    if (!p) profiles.set(owner, (p = { nodes: [], samples: [], timeDeltas: [], key: owner }));
    const data = e.args?.data as {
      cpuProfile?: {
        nodes?: (Omit<ProfileNode, 'callFrame'> & {
          callFrame: Partial<ProfileNode['callFrame']>;
        })[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
    for (const n of data.cpuProfile?.nodes ?? [])
      p.nodes.push({
        ...n,
        callFrame: { functionName: '', url: '', lineNumber: 0, columnNumber: 0, ...n.callFrame },
      });
    p.samples.push(...(data.cpuProfile?.samples ?? []));
    p.timeDeltas.push(...(data.timeDeltas ?? []));
  }
  for (const p of profiles.values()) {
    const profile: CpuProfile = {
      nodes: p.nodes,
      samples: p.samples,
      timeDeltas: p.timeDeltas,
      startTime: 0,
      endTime: 0,
    };
    console.log(`\nhottest functions: ${names.get(p.key) ?? p.key}`);
    for (const s of hotspots(profile, resolve, 14))
      console.log(`${s.selfMs.toFixed(0).padStart(7)} ms  ${s.name}  ${s.where}`);
  }
  await context.close();
} finally {
  await browser.close();
  await site.close();
}
console.log(
  `load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
);
