// `npm run bench:open [1k 10k 100k 1m]`: opening a timeline only, the quick loop for load work.
// Per size: first drawn, the app's User Timing measures (worker and page), the page's main-thread
// CPU time up to the first draw (load on the other core does not inflate it), and the page's
// memory once the load is over: JS heap and ArrayBuffers. BENCH_TREE=worktree builds the
// working tree (see servers.ts).
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { launch } from '../tests/e2e/browser';
import { SIZES, syntheticFile, syntheticFiles, writeSynthetic, type SizeLabel } from './generate';
import { drawnAt, NAME_SHIM, settle, userMeasures } from './page-metrics';
import { buildApp, serve } from './servers';
import { isMain, ms, table } from './table';

export interface OpenResult {
  drawnMs: number | null;
  /** Main-thread CPU time from navigation to the first draw (CDP ThreadTime). */
  drawnCpuMs: number | null;
  loadedMs: number | null;
  heapMb: number | null;
  buffersMb: number | null;
  measures: Record<string, number>;
  notes: string[];
}

export async function benchOpen(labels: SizeLabel[], capMs = 120_000) {
  const files = labels.flatMap((l) =>
    syntheticFiles(l).every(existsSync) ? syntheticFiles(l) : writeSynthetic(l),
  );
  const site = await serve(await buildApp(), files);
  const browser = await launch();
  const out: Partial<Record<SizeLabel, OpenResult>> = {};
  try {
    for (const label of labels) {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        locale: 'ar',
      });
      await context.addInitScript(NAME_SHIM);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const r: OpenResult = {
        drawnMs: null,
        drawnCpuMs: null,
        loadedMs: null,
        heapMb: null,
        buffersMb: null,
        measures: {},
        notes: [],
      };
      page.on('pageerror', (e) => r.notes.push(e.message));
      const thread = async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
      };
      try {
        await page.goto(`${site.url}?data=data/${basename(syntheticFile(label))}`, {
          waitUntil: 'commit',
        });
        const t0 = await thread();
        const h = await page.waitForFunction(drawnAt, undefined, {
          polling: 'raf',
          timeout: capMs,
        });
        r.drawnMs = (await h.jsonValue()) as number;
        r.drawnCpuMs = (await thread()) - t0;
        await page.waitForFunction(
          () => performance.getEntriesByName('timeline-checked').length > 0,
          undefined,
          {
            polling: 100,
            timeout: capMs * 3,
          },
        );
        r.loadedMs = await page.evaluate(
          () => performance.getEntriesByName('timeline-checked')[0]!.startTime,
        );
        await page.evaluate(settle);
        r.measures = await page.evaluate(userMeasures);
        await cdp.send('HeapProfiler.collectGarbage');
        const { metrics } = await cdp.send('Performance.getMetrics');
        r.heapMb = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
        const usage = (await cdp.send('Runtime.getHeapUsage')) as { backingStorageSize?: number };
        r.buffersMb =
          usage.backingStorageSize !== undefined ? usage.backingStorageSize / 1e6 : null;
        if (process.env.SHOT) await page.screenshot({ path: `${process.env.SHOT}-${label}.png` });
      } catch (e) {
        r.notes.push((e as Error).message.split('\n')[0] ?? String(e));
      } finally {
        await context.close();
      }
      out[label] = r;
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return out;
}

if (isMain(import.meta.url)) {
  const only = process.argv.slice(2).filter((a): a is SizeLabel => a in SIZES);
  const labels = only.length ? only : (Object.keys(SIZES) as SizeLabel[]);
  const { readFileSync } = await import('node:fs');
  const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const before = load();
  const r = await benchOpen(labels);
  const mb = (n: number | null) => (n === null ? '–' : `${n.toFixed(1)} MB`);
  console.log(
    table(
      [
        'events',
        'first drawn',
        'CPU to first draw',
        'loaded',
        'JS heap',
        'ArrayBuffers',
        'heap + buffers',
        'notes',
      ],
      labels.map((l) => {
        const x = r[l]!;
        const sum = x.heapMb !== null && x.buffersMb !== null ? x.heapMb + x.buffersMb : null;
        return [
          l,
          ms(x.drawnMs, 0),
          ms(x.drawnCpuMs, 0),
          ms(x.loadedMs, 0),
          mb(x.heapMb),
          mb(x.buffersMb),
          mb(sum),
          x.notes.join('; '),
        ];
      }),
    ),
  );
  const names = [...new Set(labels.flatMap((l) => Object.keys(r[l]?.measures ?? {})))].sort();
  console.log(
    table(
      ['measure', ...labels],
      names.map((n) => [n, ...labels.map((l) => ms(r[l]?.measures[n], 0))]),
    ),
  );
  console.log(`load average before ${before}, after ${load()}`);
}
