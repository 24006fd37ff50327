// `npm run bench:extract`: the extractor's throughput (MB/s of article text, one core)
// on generated corpora of 1, 10 and 100 MB; time per MB should stay flat as size grows.
import { Worker } from 'node:worker_threads';
import type { WorkerInput, WorkerMessage } from './extract-worker';
import { isMain, median, table } from './table';

export interface ThroughputRow {
  mb: number;
  articles: number;
  bytes: number;
  /** Completed runs; the time is their median. */
  runs: number;
  /** Best run: the one least disturbed by other work on a shared machine. */
  seconds: number;
  medianSeconds: number;
  /** From the best run. */
  mbPerSecond: number;
  events: number;
  /** False when the first run did not finish within the cap (seconds is then the cap). */
  finished: boolean;
}

export interface ThroughputResult {
  rows: ThroughputRow[];
  /** Why a size was not measured (no extractor yet, it threw, or it ran out of time). */
  error?: string;
}

export const TARGET_MB_PER_S = 10;
/** Time allowed per corpus size, all runs together. */
const CAP_SECONDS = 600;

// Worker threads do not inherit tsx's loader: register it, then load the TypeScript worker.
const tsxApi = import.meta.resolve('tsx/esm/api');
const workerUrl = new URL('./extract-worker.ts', import.meta.url).href;
const bootstrap = `import(${JSON.stringify(tsxApi)}).then((t) => { t.register(); return import(${JSON.stringify(workerUrl)}); });`;

/** Runs one size in a worker thread; stops it at the cap. */
function runSize(mb: number, runs: number): Promise<{ row: ThroughputRow | null; error?: string }> {
  const input: WorkerInput = { bytes: mb * 1e6, seed: mb, runs };
  const worker = new Worker(bootstrap, { eval: true, workerData: input });
  const times: number[] = [];
  let corpus = { articles: 0, bytes: 0 };
  let events = 0;
  let timer: NodeJS.Timeout | undefined;
  const row = (finished: boolean): ThroughputRow => {
    const seconds = times.length ? Math.min(...times) : CAP_SECONDS;
    const medianSeconds = times.length ? median(times) : CAP_SECONDS;
    return {
      mb,
      ...corpus,
      runs: times.length,
      seconds,
      medianSeconds,
      mbPerSecond: corpus.bytes / 1e6 / seconds,
      events,
      finished,
    };
  };
  return new Promise((resolve) => {
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'corpus') {
        corpus = { articles: m.articles, bytes: m.bytes };
        // The cap counts extraction only, not writing the corpus.
        timer = setTimeout(() => {
          void worker.terminate();
          resolve({
            row: row(times.length > 0),
            error: `${mb} MB: ${times.length ? `${times.length} of ${runs} runs` : 'the first run did not finish'} in ${CAP_SECONDS} s`,
          });
        }, CAP_SECONDS * 1000);
      } else if (m.kind === 'run') {
        times.push(m.seconds);
        events = m.events;
        console.error(
          `extract ${mb} MB: run ${times.length} of ${runs}: ${m.seconds.toFixed(2)} s`,
        );
      } else resolve({ row: null, error: `${mb} MB: ${m.message}` });
    });
    worker.on('error', (e) => resolve({ row: null, error: `${mb} MB: ${e.message}` }));
    worker.on('exit', () => {
      clearTimeout(timer);
      resolve({ row: times.length ? row(true) : null });
    });
  });
}

export async function benchExtract(sizesMb = [1, 10, 100]): Promise<ThroughputResult> {
  const rows: ThroughputRow[] = [];
  const errors: string[] = [];
  for (const mb of sizesMb) {
    const { row, error } = await runSize(mb, mb <= 1 ? 5 : mb <= 10 ? 3 : 1);
    if (row) rows.push(row);
    if (error) errors.push(error.split('\n')[0] ?? error);
    // Nothing works (no extractor, or it throws): the larger sizes would say the same.
    if (!row && !rows.length) break;
  }
  return errors.length ? { rows, error: errors.join('; ') } : { rows };
}

export function throughputTable({ rows }: ThroughputResult): string {
  const base = rows[0];
  return table(
    [
      'corpus',
      'articles',
      'events out',
      'runs',
      'best run',
      'median run',
      'MB/s (best)',
      's per MB',
      'vs 1 MB (time per MB)',
    ],
    rows.map((r) => [
      `${(r.bytes / 1e6).toFixed(1)} MB`,
      r.articles,
      r.events,
      r.runs,
      r.finished ? `${r.seconds.toFixed(2)} s` : `> ${r.seconds.toFixed(0)} s (did not finish)`,
      r.finished ? `${r.medianSeconds.toFixed(2)} s` : '–',
      r.finished ? r.mbPerSecond.toFixed(2) : `< ${r.mbPerSecond.toFixed(2)}`,
      (r.seconds / (r.bytes / 1e6)).toFixed(3),
      base ? `${(r.seconds / r.bytes / (base.seconds / base.bytes)).toFixed(2)}×` : '–',
    ]),
  );
}

if (isMain(import.meta.url)) {
  const result = await benchExtract();
  if (result.error) console.log(`extractor: ${result.error}`);
  if (result.rows.length) {
    console.log(throughputTable(result));
    const slowest = Math.min(...result.rows.map((r) => r.mbPerSecond));
    console.log(
      `target ≥ ${TARGET_MB_PER_S} MB/s: ${slowest >= TARGET_MB_PER_S ? 'met' : 'MISSED'} (slowest ${slowest.toFixed(1)} MB/s)`,
    );
  }
  process.exitCode = result.error ? 1 : 0;
}
