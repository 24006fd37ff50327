// `npm run bench:extract`: the extractor's throughput (MB/s of article text, one core)
// on generated corpora of 1, 10 and 100 MB; time per MB should stay flat as size grows.
// `npm run bench:extract -- --only generated,real --sizes 1,10` runs some rows only (the
// tables: generated, real, chrono, long; the sizes apply to the generated and real ones).
import { Worker } from 'node:worker_threads';
import type { Shape, Source, WorkerInput, WorkerMessage, WorkerRequest } from './extract-worker';
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
/** Rounds of runs: in each, every row runs once (twice for rows of 1 MB or less, whose runs
 * are short enough for a busy moment to spoil); the best run of each row is reported. */
const ROUNDS = 3;
const runsPerRound = (mb: number) => (mb <= 1 ? 2 : 1);
/** Time per MB of a 20 MB article at most this many times that of a 1 MB one. */
export const LONG_RATIO_TARGET = 1.3;
/** Time allowed per row, all its runs together. */
const CAP_SECONDS = 600;

// Worker threads do not inherit tsx's loader: register it, then load the TypeScript worker.
const tsxApi = import.meta.resolve('tsx/esm/api');
const workerUrl = new URL('./extract-worker.ts', import.meta.url).href;
const bootstrap = `import(${JSON.stringify(tsxApi)}).then((t) => { t.register(); return import(${JSON.stringify(workerUrl)}); });`;

interface RowSpec {
  mb: number;
  shape: Shape;
  source: Source;
  /** Names the row in progress lines and errors. */
  label: string;
}

/**
 * One row's worker: it makes the row's text once (`ready`), then runs the extractor on it
 * each time `run` asks, until the row's time is used up.
 */
class RowRunner {
  private worker: Worker;
  private times: number[] = [];
  private cpuTimes: number[] = [];
  private corpus = { articles: 0, bytes: 0 };
  private events = 0;
  private spent = 0;
  private pending: ((m: WorkerMessage | Error) => void) | null = null;
  private timedOut = false;
  /** Why the row stopped early, if it did. */
  error: string | undefined;
  readonly ready: Promise<boolean>;

  constructor(readonly spec: RowSpec) {
    const input: WorkerInput = { bytes: spec.mb * 1e6, seed: spec.mb, ...spec };
    // the young generation `npm run extract` runs with (its --max-semi-space-size)
    this.worker = new Worker(bootstrap, {
      eval: true,
      workerData: input,
      resourceLimits: workerLimits,
    });
    this.worker.on('message', (m: WorkerMessage) => this.pending?.(m));
    this.worker.on('error', (e) => this.pending?.(e));
    this.worker.on('exit', () => this.pending?.(new Error('the worker exited')));
    this.ready = this.next().then((m) => {
      if (m.kind === 'corpus') this.corpus = { articles: m.articles, bytes: m.bytes };
      else this.fail(m.kind === 'error' ? m.message : 'no corpus');
      return m.kind === 'corpus';
    });
  }

  private next(timeoutSeconds = Infinity): Promise<WorkerMessage> {
    return new Promise((resolve) => {
      const timer = Number.isFinite(timeoutSeconds)
        ? setTimeout(() => resolve({ kind: 'error', message: 'timeout' }), timeoutSeconds * 1000)
        : undefined;
      this.pending = (m) => {
        clearTimeout(timer);
        this.pending = null;
        resolve(m instanceof Error ? { kind: 'error', message: m.message } : m);
      };
    });
  }

  private fail(message: string): void {
    this.error ??= `${this.spec.label}: ${message.split('\n')[0] ?? message}`;
    void this.worker.terminate();
  }

  /** One more run, unless the row has stopped; false once it has. */
  async run(): Promise<boolean> {
    if (this.error) return false;
    const left = CAP_SECONDS - this.spent;
    this.worker.postMessage({ kind: 'run' } satisfies WorkerRequest);
    const m = await this.next(left);
    if (m.kind !== 'run') {
      const n = this.times.length;
      this.timedOut = m.kind === 'error' && m.message === 'timeout';
      this.fail(
        this.timedOut
          ? `${n ? `${n} runs` : 'the first run did not finish'} in ${CAP_SECONDS} s`
          : m.kind === 'error'
            ? m.message
            : 'unexpected message',
      );
      this.spent = CAP_SECONDS;
      return false;
    }
    this.times.push(m.seconds);
    this.cpuTimes.push(m.cpuSeconds);
    this.events = m.events;
    this.spent += m.seconds;
    console.error(
      `extract ${this.spec.label}: run ${this.times.length}: ${m.seconds.toFixed(2)} s (${m.cpuSeconds.toFixed(2)} s CPU)`,
    );
    return true;
  }

  stop(): void {
    this.worker.postMessage({ kind: 'stop' } satisfies WorkerRequest);
  }

  row(): ThroughputRow | null {
    const { times, cpuTimes, corpus } = this;
    if (!times.length && !this.timedOut) return null;
    const finished = times.length > 0;
    const seconds = finished ? Math.min(...times) : CAP_SECONDS;
    return {
      mb: this.spec.mb,
      shape: this.spec.shape,
      source: this.spec.source,
      ...corpus,
      runs: times.length,
      seconds,
      medianSeconds: finished ? median(times) : CAP_SECONDS,
      mbPerSecond: corpus.bytes / 1e6 / seconds,
      cpuSeconds: cpuTimes[times.indexOf(seconds)] ?? CAP_SECONDS,
      mbPerCpuSecond: corpus.bytes / 1e6 / (finished ? Math.min(...cpuTimes) : CAP_SECONDS),
      events: this.events,
      finished,
    };
  }
}

/**
 * The rows, each in its own worker, measured in rounds: every row runs (runsPerRound) before
 * any runs again, so a spell of other work on the machine slows all sizes alike, not the one
 * that happened to run then, and the ratios between rows hold.
 */
async function benchRows(specs: RowSpec[]): Promise<ThroughputResult> {
  const runners = specs.map((spec) => new RowRunner(spec));
  // the texts are made before any run, so that no run shares the machine with their making
  await Promise.all(runners.map((r) => r.ready));
  for (let round = 0; round < ROUNDS; round++)
    for (const r of runners)
      for (let k = 0; k < runsPerRound(r.spec.mb); k++) if (!(await r.run())) break;
  for (const r of runners) r.stop();
  const rows = runners.flatMap((r) => r.row() ?? []);
  const errors = runners.flatMap((r) => r.error ?? []);
  return errors.length ? { rows, error: errors.join('; ') } : { rows };
}

export function benchExtract(sizesMb = [1, 10, 100]): Promise<ThroughputResult> {
  return benchRows(
    sizesMb.map((mb) => ({ mb, shape: 'corpus', source: 'generated', label: `${mb} MB` })),
  );
}

/**
 * Real news: the shared corpus (40 articles of 2015) concatenated and repeated to 1, 10 and
 * 100 MB, read from ../shared at bench time. Repeats make one happening reported by many
 * copies, which weighs on linking more than a corpus of distinct articles would.
 */
export function benchRealText(sizesMb = [1, 10, 100]): Promise<ThroughputResult> {
  return benchRows(
    sizesMb.map((mb) => ({ mb, shape: 'corpus', source: 'real', label: `real text ${mb} MB` })),
  );
}

/**
 * Single long articles: 1, 5 and 20 MB in one file, and one 2 MB paragraph without
 * punctuation. The time per MB must not grow with the article (issue 9: at most 1.3× from 1 to
 * 20 MB): every step is linear in the article's length.
 */
export function benchLongArticles(): Promise<ThroughputResult> {
  return benchRows(
    (
      [
        [1, 'article'],
        [5, 'article'],
        [20, 'article'],
        [2, 'paragraph'],
      ] as const
    ).map(([mb, shape]) => ({ mb, shape, source: 'generated', label: `one ${mb} MB ${shape}` })),
  );
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
