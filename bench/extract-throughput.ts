// `npm run bench:extract`: the extractor's throughput (MB/s of article text, one core)
// on generated corpora of 1, 10 and 100 MB; time per MB should stay flat as size grows.
// `npm run bench:extract -- --only generated,real --sizes 1,10` runs some rows only (the
// tables: generated, real, chrono, long; the sizes apply to the generated and real ones).
import { Worker } from 'node:worker_threads';
import type { Shape, Source, WorkerInput, WorkerMessage } from './extract-worker';
import { benchChrono, chronoTable } from './extract-chrono';
import { loadavg } from 'node:os';
import { isMain, median, table } from './table';
import { workerLimits } from '../src/cli/youngGeneration';

const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

export interface ThroughputRow {
  mb: number;
  shape: Shape;
  source?: Source;
  articles: number;
  bytes: number;
  /** Completed runs; the time is their median. */
  runs: number;
  /** Best run: the one least disturbed by other work on a shared machine. */
  seconds: number;
  medianSeconds: number;
  /** From the best run. */
  mbPerSecond: number;
  /** CPU seconds of the best run (the process's: the extracting thread and the collector's). */
  cpuSeconds: number;
  /** MB per CPU second of the run that took the least CPU: less disturbed by a busy machine. */
  mbPerCpuSecond: number;
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
/** Runs per corpus size: the best is reported, so the 100 MB row (the one the ratio to 1 MB is
 * read from) gets three like the 10 MB one; one run of it varied ±15% on this shared machine. */
const corpusRuns = (mb: number) => (mb <= 1 ? 5 : 3);
/** Time per MB of a 20 MB article at most this many times that of a 1 MB one. */
export const LONG_RATIO_TARGET = 1.3;
/** Time allowed per corpus size, all runs together. */
const CAP_SECONDS = 600;

// Worker threads do not inherit tsx's loader: register it, then load the TypeScript worker.
const tsxApi = import.meta.resolve('tsx/esm/api');
const workerUrl = new URL('./extract-worker.ts', import.meta.url).href;
const bootstrap = `import(${JSON.stringify(tsxApi)}).then((t) => { t.register(); return import(${JSON.stringify(workerUrl)}); });`;

/** Runs one size in a worker thread; stops it at the cap. */
function runSize(
  mb: number,
  runs: number,
  shape: Shape = 'corpus',
  source: Source = 'generated',
): Promise<{ row: ThroughputRow | null; error?: string }> {
  const input: WorkerInput = { bytes: mb * 1e6, seed: mb, runs, shape, source };
  // the young generation `npm run extract` runs with (its --max-semi-space-size)
  const worker = new Worker(bootstrap, {
    eval: true,
    workerData: input,
    resourceLimits: workerLimits,
  });
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let corpus = { articles: 0, bytes: 0 };
  let events = 0;
  let timer: NodeJS.Timeout | undefined;
  const row = (finished: boolean): ThroughputRow => {
    const seconds = times.length ? Math.min(...times) : CAP_SECONDS;
    const medianSeconds = times.length ? median(times) : CAP_SECONDS;
    return {
      mb,
      shape,
      source,
      ...corpus,
      runs: times.length,
      seconds,
      medianSeconds,
      mbPerSecond: corpus.bytes / 1e6 / seconds,
      cpuSeconds: cpuTimes[times.indexOf(seconds)] ?? CAP_SECONDS,
      mbPerCpuSecond: corpus.bytes / 1e6 / (cpuTimes.length ? Math.min(...cpuTimes) : CAP_SECONDS),
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
        cpuTimes.push(m.cpuSeconds);
        events = m.events;
        console.error(
          `extract ${mb} MB: run ${times.length} of ${runs}: ${m.seconds.toFixed(2)} s (${m.cpuSeconds.toFixed(2)} s CPU)`,
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
    const { row, error } = await runSize(mb, corpusRuns(mb));
    if (row) rows.push(row);
    if (error) errors.push(error.split('\n')[0] ?? error);
    // Nothing works (no extractor, or it throws): the larger sizes would say the same.
    if (!row && !rows.length) break;
  }
  return errors.length ? { rows, error: errors.join('; ') } : { rows };
}

/**
 * Real news: the shared corpus (40 articles of 2015) concatenated and repeated to 1, 10 and
 * 100 MB, read from ../shared at bench time. Repeats make one happening reported by many
 * copies, which weighs on linking more than a corpus of distinct articles would.
 */
export async function benchRealText(sizesMb = [1, 10, 100]): Promise<ThroughputResult> {
  const rows: ThroughputRow[] = [];
  const errors: string[] = [];
  for (const mb of sizesMb) {
    const { row, error } = await runSize(mb, corpusRuns(mb), 'corpus', 'real');
    if (row) rows.push(row);
    if (error) errors.push(`real text ${error.split('\n')[0] ?? error}`);
    if (!row && !rows.length) break;
  }
  return errors.length ? { rows, error: errors.join('; ') } : { rows };
}

/**
 * Single long articles: 1, 5 and 20 MB in one file, and one 2 MB paragraph without
 * punctuation. The time per MB must not grow with the article (issue 9: at most 1.3× from 1 to
 * 20 MB): every step is linear in the article's length.
 */
export async function benchLongArticles(): Promise<ThroughputResult> {
  const rows: ThroughputRow[] = [];
  const errors: string[] = [];
  for (const [mb, shape] of [
    [1, 'article'],
    [5, 'article'],
    [20, 'article'],
    [2, 'paragraph'],
  ] as const) {
    // three runs of each, like the corpora: the ratio compares best runs
    const { row, error } = await runSize(mb, 3, shape);
    if (row) rows.push(row);
    if (error) errors.push(error.split('\n')[0] ?? error);
  }
  return errors.length ? { rows, error: errors.join('; ') } : { rows };
}

const shapeName = (r: ThroughputRow) =>
  r.shape === 'corpus'
    ? `${(r.bytes / 1e6).toFixed(1)} MB${r.source === 'real' ? ' of real news' : ''}`
    : r.shape === 'article'
      ? `one ${(r.bytes / 1e6).toFixed(1)} MB article`
      : `one ${(r.bytes / 1e6).toFixed(1)} MB paragraph, no punctuation`;

/** Time per MB of the largest single article against the 1 MB one. */
export function longArticleRatio({ rows }: ThroughputResult): number | null {
  const articles = rows.filter((r) => r.shape === 'article' && r.finished);
  const small = articles[0];
  const large = articles.at(-1);
  if (!small || !large || small === large) return null;
  return large.seconds / large.bytes / (small.seconds / small.bytes);
}

export function throughputTable({ rows }: ThroughputResult): string {
  const base = rows[0];
  return table(
    [
      'input',
      'articles',
      'events out',
      'runs',
      'best run',
      'median run',
      'MB/s (best)',
      'MB/s of CPU',
      's per MB',
      'vs 1 MB (time per MB)',
    ],
    rows.map((r) => [
      shapeName(r),
      r.articles,
      r.events,
      r.runs,
      r.finished ? `${r.seconds.toFixed(2)} s` : `> ${r.seconds.toFixed(0)} s (did not finish)`,
      r.finished ? `${r.medianSeconds.toFixed(2)} s` : '–',
      r.finished ? r.mbPerSecond.toFixed(2) : `< ${r.mbPerSecond.toFixed(2)}`,
      r.finished ? r.mbPerCpuSecond.toFixed(2) : '–',
      (r.seconds / (r.bytes / 1e6)).toFixed(3),
      base ? `${(r.seconds / r.bytes / (base.seconds / base.bytes)).toFixed(2)}×` : '–',
    ]),
  );
}

/** The tables and corpus sizes asked for on the command line (all of them by default). */
export function benchSelection(argv: readonly string[]): {
  tables: Set<string>;
  sizes: number[];
} {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = value('--only');
  const tables = new Set(only ? only.split(',') : ['generated', 'real', 'chrono', 'long']);
  for (const t of tables)
    if (!['generated', 'real', 'chrono', 'long'].includes(t))
      throw new Error(`--only ${only}: "${t}" is none of generated, real, chrono, long`);
  const sizes = (value('--sizes') ?? '1,10,100').split(',').map(Number);
  if (sizes.some((n) => !(n > 0))) throw new Error(`--sizes ${value('--sizes')}: MB, e.g. 1,10`);
  return { tables, sizes };
}

if (isMain(import.meta.url)) {
  const { tables, sizes } = benchSelection(process.argv.slice(2));
  const none: ThroughputResult = { rows: [] };
  console.log(`load average at start: ${loadAverage()}`);
  const result = tables.has('generated') ? await benchExtract(sizes) : none;
  if (result.error) console.log(`extractor: ${result.error}`);
  if (result.rows.length) {
    console.log(throughputTable(result));
    const slowest = Math.min(...result.rows.map((r) => r.mbPerSecond));
    console.log(
      `target ≥ ${TARGET_MB_PER_S} MB/s: ${slowest >= TARGET_MB_PER_S ? 'met' : 'MISSED'} (slowest ${slowest.toFixed(1)} MB/s)`,
    );
  }
  const real = tables.has('real') ? await benchRealText(sizes) : none;
  if (real.error) console.log(`real text: ${real.error}`);
  if (real.rows.length) {
    console.log(`\n${throughputTable(real)}`);
    const slowest = Math.min(...real.rows.map((r) => r.mbPerSecond));
    console.log(
      `real text, target ≥ ${TARGET_MB_PER_S} MB/s: ${slowest >= TARGET_MB_PER_S ? 'met' : 'MISSED'} (slowest ${slowest.toFixed(1)} MB/s)`,
    );
  }
  if (tables.has('chrono')) {
    console.log(`\nAgainst chrono-node on the same text (chrono finds dates only):\n`);
    console.log(chronoTable(benchChrono()));
  }
  const long = tables.has('long') ? await benchLongArticles() : none;
  if (long.error) console.log(`long articles: ${long.error}`);
  if (long.rows.length) {
    console.log(`\n${throughputTable(long)}`);
    const ratio = longArticleRatio(long);
    if (ratio !== null)
      console.log(
        `time per MB, largest single article / 1 MB: ${ratio.toFixed(2)}× (target ≤ ${LONG_RATIO_TARGET}: ${ratio <= LONG_RATIO_TARGET ? 'met' : 'MISSED'})`,
      );
  }
  console.log(`load average at end: ${loadAverage()}`);
  process.exitCode = result.error || real.error || long.error ? 1 : 0;
}
