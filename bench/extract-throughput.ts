// `npm run bench:extract`: the extractor's throughput (MB/s of article text, one core)
// on generated corpora of 1, 10 and 100 MB; time per MB should stay flat as size grows.
import type { ArticleInput } from '../src/extract/types';
import type { Timeline } from '../src/model';
import { generateCorpus } from '../src/synthetic';
import { isMain, median, table } from './table';

// The extractor returns { timeline, problems }; a bare Timeline is accepted too.
type Extract = (articles: ArticleInput[]) => Timeline | { timeline: Timeline };

const eventsOf = (out: ReturnType<Extract>) =>
  ('timeline' in out ? out.timeline : out).events.length;

export interface ThroughputRow {
  mb: number;
  articles: number;
  bytes: number;
  runs: number;
  seconds: number;
  mbPerSecond: number;
  events: number;
}

export interface ThroughputResult {
  rows: ThroughputRow[];
  /** Why nothing was measured (the extractor is not there yet, or it threw). */
  error?: string;
}

export const TARGET_MB_PER_S = 10;
/** Time allowed per corpus size (all runs of it together). */
const MAX_SECONDS_PER_SIZE = 600;

async function loadExtract(): Promise<Extract | string> {
  // Loaded by URL so this bench type-checks before src/extract/index.ts exists.
  const url = new URL('../src/extract/index.ts', import.meta.url).href;
  try {
    const mod = (await import(url)) as { extract?: Extract };
    return mod.extract ?? 'src/extract/index.ts exports no extract()';
  } catch (e) {
    return `cannot load src/extract/index.ts: ${(e as Error).message.split('\n')[0]}`;
  }
}

function timeRuns(extract: Extract, articles: ArticleInput[], runs: number) {
  const times: number[] = [];
  let events = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    events = eventsOf(extract(articles));
    times.push((performance.now() - t0) / 1000);
  }
  return { seconds: median(times), events };
}

export async function benchExtract(
  sizesMb = [1, 10, 100],
  given?: Extract,
): Promise<ThroughputResult> {
  const extract = given ?? (await loadExtract());
  if (typeof extract === 'string') return { rows: [], error: extract };
  const rows: ThroughputRow[] = [];
  const skipped: string[] = [];
  try {
    // Warm the JIT on a separate corpus so the 1 MB row is not a cold start.
    timeRuns(extract, generateCorpus({ bytes: 1e6, seed: 99 }).articles, 2);
    for (const mb of sizesMb) {
      // A slow extractor must not hold the whole bench: fewer runs, or skip, past the time limit.
      const last = rows[rows.length - 1];
      const projected = last ? (last.seconds / (last.bytes / 1e6)) * mb : 0;
      if (projected > MAX_SECONDS_PER_SIZE) {
        skipped.push(
          `${mb} MB skipped: projected ${(projected / 60).toFixed(0)} min at the rate measured so far`,
        );
        continue;
      }
      const corpus = generateCorpus({ bytes: mb * 1e6, seed: mb });
      const wanted = mb <= 1 ? 5 : mb <= 10 ? 3 : 1;
      const runs = Math.max(
        1,
        Math.min(wanted, Math.floor(MAX_SECONDS_PER_SIZE / Math.max(projected, 1e-3))),
      );
      const { seconds, events } = timeRuns(extract, corpus.articles, runs);
      rows.push({
        mb,
        articles: corpus.articles.length,
        bytes: corpus.bytes,
        runs,
        seconds,
        mbPerSecond: corpus.bytes / 1e6 / seconds,
        events,
      });
      console.error(`extract ${mb} MB: ${seconds.toFixed(2)} s`);
    }
  } catch (e) {
    return { rows, error: `extract() threw: ${(e as Error).stack ?? String(e)}` };
  }
  return skipped.length ? { rows, error: skipped.join('; ') } : { rows };
}

export function throughputTable({ rows }: ThroughputResult): string {
  const base = rows[0];
  return table(
    [
      'corpus',
      'articles',
      'events out',
      'runs',
      'time',
      'MB/s',
      's per MB',
      'vs 1 MB (time per MB)',
    ],
    rows.map((r) => [
      `${(r.bytes / 1e6).toFixed(1)} MB`,
      r.articles,
      r.events,
      r.runs,
      `${r.seconds.toFixed(2)} s`,
      r.mbPerSecond.toFixed(1),
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
