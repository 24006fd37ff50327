// `npm run bench:ui`: the built app and vis-timeline in headless Chromium at 1k/10k/100k
// events: first drawn timeline, per-step frame work during zoom/pan, heap, bundle size.
import { existsSync } from 'node:fs';
import { launch } from '../tests/e2e/browser';
import { bundleTable, measureBundle, type BundleResult } from './bundle';
import { SIZES, syntheticFile, writeSynthetic, type SizeLabel } from './generate';
import { runScenario, summary, type Measurement } from './scenario';
import { buildApp, buildVisPage, serve } from './servers';
import { isMain, ms, table } from './table';

export const FRAME_BUDGET_MS = 16;
export const VIS_SPEEDUP_TARGET = 10;

export interface UiResult {
  ours: Partial<Record<SizeLabel, Measurement>>;
  vis: Partial<Record<SizeLabel, Measurement>>;
  bundle: BundleResult;
  capMs: { ours: number; vis: number };
  browser: string;
}

export interface UiOptions {
  sizes: SizeLabel[];
  visSizes: SizeLabel[];
  oursCapMs: number;
  visCapMs: number;
}

const defaults: UiOptions = {
  sizes: ['1k', '10k', '100k'],
  visSizes: ['1k', '10k', '100k'],
  oursCapMs: 90_000,
  visCapMs: 60_000,
};

export async function benchUi(options: Partial<UiOptions> = {}): Promise<UiResult> {
  const opts = { ...defaults, ...options };
  const labels = [...new Set([...opts.sizes, ...opts.visSizes])];
  const files = labels.map((l) =>
    existsSync(syntheticFile(l)) ? syntheticFile(l) : writeSynthetic(l),
  );
  const appDir = await buildApp();
  const bundle = measureBundle(appDir);
  const app = await serve(appDir, files);
  const vis = await serve(await buildVisPage(), files);
  const browser = await launch();
  const result: UiResult = {
    ours: {},
    vis: {},
    bundle,
    capMs: { ours: opts.oursCapMs, vis: opts.visCapMs },
    browser: `Chromium ${browser.version()} (headless)`,
  };
  try {
    for (const label of labels) {
      const data = `?data=data/synthetic-${label}.json`;
      if (opts.sizes.includes(label)) {
        console.error(`ours ${label}…`);
        result.ours[label] = await runScenario(browser, `${app.url}${data}`, {
          capMs: opts.oursCapMs,
          plotSelector: '.tl-plot, canvas, svg',
          profile: true,
        });
      }
      if (opts.visSizes.includes(label)) {
        console.error(`vis-timeline ${label}…`);
        result.vis[label] = await runScenario(browser, `${vis.url}${data}`, {
          capMs: opts.visCapMs,
          plotSelector: '.vis-timeline',
          profile: false,
        });
      }
    }
  } finally {
    await browser.close();
    await app.close();
    await vis.close();
  }
  return result;
}

const mb = (n: number | null) => (n === null ? '–' : `${n.toFixed(0)} MB`);
const ratio = (a: number | null, b: number | null) =>
  a !== null && b !== null && b > 0 ? `${(a / b).toFixed(3)}` : '–';

function note(m: Measurement | undefined, capMs: number): string {
  if (!m) return 'not run';
  if (m.drawnMs === null) return `did not finish in ${capMs / 1000} s`;
  const errors = m.errors.length
    ? [`${m.errors.length} page errors, first: ${m.errors[0]?.slice(0, 120)}`]
    : [];
  return [...m.notes, ...errors].join('; ');
}

export function oursTable(r: UiResult): string {
  return table(
    [
      'events',
      'first drawn',
      'step work median',
      'step work p95',
      'step work max',
      'rAF interval median',
      'rAF interval p95',
      'heap after load',
      'notes',
    ],
    (Object.keys(SIZES) as SizeLabel[]).flatMap((label) => {
      const m = r.ours[label];
      if (!m) return [];
      const s = summary(m);
      return [
        [
          label,
          ms(s.drawnMs, 0),
          ms(s.workMedian),
          ms(s.workP95),
          ms(s.workMax),
          ms(s.rafMedian),
          ms(s.rafP95),
          mb(s.heapMb),
          note(m, r.capMs.ours),
        ],
      ];
    }),
  );
}

export function versusTable(r: UiResult): string {
  return table(
    [
      'events',
      'ours p95 step',
      'vis-timeline p95 step',
      'ratio ours/theirs',
      'ours median',
      'vis median',
      'ours first drawn',
      'vis first drawn',
      'ratio',
      'vis heap',
      'vis notes',
    ],
    (Object.keys(SIZES) as SizeLabel[]).flatMap((label) => {
      const o = r.ours[label];
      const v = r.vis[label];
      if (!o && !v) return [];
      const so = o ? summary(o) : null;
      const sv = v ? summary(v) : null;
      return [
        [
          label,
          ms(so?.workP95),
          ms(sv?.workP95),
          ratio(so?.workP95 ?? null, sv?.workP95 ?? null),
          ms(so?.workMedian),
          ms(sv?.workMedian),
          ms(so?.drawnMs, 0),
          sv && sv.drawnMs !== null
            ? ms(sv.drawnMs, 0)
            : `did not finish in ${r.capMs.vis / 1000} s`,
          ratio(so?.drawnMs ?? null, sv?.drawnMs ?? null),
          mb(sv?.heapMb ?? null),
          note(v, r.capMs.vis),
        ],
      ];
    }),
  );
}

export function hotspotTable(m: Measurement | undefined): string {
  if (!m?.hotspots.length) return '';
  const steps = m.steps.length || 1;
  return table(
    ['function', 'where', 'self time (one zoom/pan script)', 'per step'],
    m.hotspots.map((h) => [h.name, h.where, ms(h.selfMs), ms(h.selfMs / steps, 2)]),
  );
}

export function targetLines(r: UiResult): string[] {
  const o100 = r.ours['100k'] ? summary(r.ours['100k']) : null;
  const o10 = r.ours['10k'] ? summary(r.ours['10k']) : null;
  const v10 = r.vis['10k'] ? summary(r.vis['10k']) : null;
  const lines: string[] = [];
  lines.push(
    o100?.workP95 != null
      ? `p95 frame work at 100k under ${FRAME_BUDGET_MS} ms: ${o100.workP95 < FRAME_BUDGET_MS ? 'met' : 'MISSED'} (${ms(o100.workP95)})`
      : `p95 frame work at 100k under ${FRAME_BUDGET_MS} ms: not measured (${note(r.ours['100k'], r.capMs.ours)})`,
  );
  if (o10?.workP95 != null && v10?.workP95 != null) {
    const speedup = v10.workP95 / Math.max(o10.workP95, 0.1);
    lines.push(
      `≥ ${VIS_SPEEDUP_TARGET}× faster than vis-timeline at 10k (p95 step work): ${speedup >= VIS_SPEEDUP_TARGET ? 'met' : 'MISSED'} (${speedup.toFixed(1)}×)`,
    );
  } else lines.push(`≥ ${VIS_SPEEDUP_TARGET}× faster than vis-timeline at 10k: not measured`);
  lines.push(
    `gzipped JS ≤ 150 KB: ${r.bundle.withinBudget ? 'met' : 'MISSED'} (${(r.bundle.totalGzip / 1024).toFixed(1)} KB)`,
  );
  return lines;
}

if (isMain(import.meta.url)) {
  const only = process.argv.slice(2).filter((a): a is SizeLabel => a in SIZES);
  const r = await benchUi(only.length ? { sizes: only, visSizes: only } : {});
  console.log('\nOurs\n' + oursTable(r));
  console.log('\nOurs vs vis-timeline\n' + versusTable(r));
  console.log('\nBundle\n' + bundleTable(r.bundle));
  const hot = hotspotTable(r.ours['100k'] ?? r.ours['10k']);
  if (hot) console.log('\nWhere the time goes (largest size, CPU profile)\n' + hot);
  console.log('\n' + targetLines(r).join('\n'));
  process.exitCode = r.bundle.withinBudget ? 0 : 1;
}
