// One row of the extractor benchmark (a corpus size or a long article), in its own thread so
// the parent can stop a row that takes too long and rows do not share a heap. The thread makes
// its text once, then runs the extractor each time the parent asks ('run'), a full collection
// first so that every run starts from the heap a fresh `npm run extract` would have; the
// parent alternates rows, so that a busy spell of a shared machine falls on all of them.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleInput } from '../src/extract/types';
import type { Timeline } from '../src/model';
import { generateCorpus } from '../src/synthetic';
import { realCorpus } from './real-corpus';

// The extractor returns { timeline, problems }; a bare Timeline is accepted too.
export type Extract = (articles: ArticleInput[]) => Timeline | { timeline: Timeline };

export type WorkerMessage =
  | { kind: 'corpus'; articles: number; bytes: number }
  /** Wall seconds, and the process's CPU seconds (the parent thread only waits). */
  | { kind: 'run'; seconds: number; cpuSeconds: number; events: number }
  | { kind: 'error'; message: string };

/** A corpus of articles, one article holding all their paragraphs, or one paragraph of it all
 * with no punctuation (the worst shape a user can hand us: nothing to split it at). */
export type Shape = 'corpus' | 'article' | 'paragraph';

/** Generated articles (src/synthetic), or the shared real corpus repeated (real-corpus.ts). */
export type Source = 'generated' | 'real';

export interface WorkerInput {
  bytes: number;
  seed: number;
  shape?: Shape;
  source?: Source;
}

/** What the parent asks: one more run, or to finish. */
export type WorkerRequest = { kind: 'run' } | { kind: 'stop' };

const PUNCTUATION = /[.,،؛;:!?؟"«»()[\]\-–—]/g;

/**
 * The generated corpus in the asked shape; byte counts are UTF-8 of the article texts. With
 * `bytes`, one article or paragraph stops at the first body line past that size (the corpus
 * must hold enough: its titles and, for a paragraph, its punctuation are left out).
 */
export function shaped(articles: ArticleInput[], shape: Shape, bytes = Infinity): ArticleInput[] {
  if (shape === 'corpus') return articles;
  const flat = (line: string) =>
    shape === 'paragraph' ? line.replace(PUNCTUATION, ' ').replace(/\s+/g, ' ') : line;
  const bodies: string[] = [];
  let size = 0;
  for (const a of articles)
    for (const line of a.text.split('\n').slice(1)) {
      if (size >= bytes) break;
      if (!line.trim()) continue;
      bodies.push(line);
      size += Buffer.byteLength(flat(line)) + 1;
    }
  const first = articles[0];
  const meta = first ? first.meta : {};
  const text =
    shape === 'article'
      ? ['مقال طويل', ...bodies].join('\n')
      : `فقرة طويلة بلا ترقيم\n${flat(bodies.join(' '))}`;
  return [{ id: `long-${shape}`, text, meta }];
}

/** Generated text of `bytes` in the asked shape: a corpus of articles, or one of the long shapes
 * cut to that size from a corpus a quarter larger (titles and punctuation are about a tenth). */
export function generatedShape(bytes: number, seed: number, shape: Shape): ArticleInput[] {
  if (shape === 'corpus') return generateCorpus({ bytes, seed }).articles;
  return shaped(generateCorpus({ bytes: bytes * 1.25, seed }).articles, shape, bytes);
}

const utf8Bytes = (articles: ArticleInput[]) =>
  articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);

const eventsOf = (out: ReturnType<Extract>) =>
  ('timeline' in out ? out.timeline : out).events.length;

async function loadExtract(): Promise<Extract> {
  // Loaded by URL so the bench type-checks even before src/extract/index.ts exists.
  const mod = (await import(new URL('../src/extract/index.ts', import.meta.url).href)) as {
    extract?: Extract;
  };
  if (!mod.extract) throw new Error('src/extract/index.ts exports no extract()');
  return mod.extract;
}

/** V8's full collection, reached without starting the thread with --expose-gc. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

async function main(port: NonNullable<typeof parentPort>, input: WorkerInput) {
  const post = (m: WorkerMessage) => port.postMessage(m);
  try {
    const extract = await loadExtract();
    const gc = collector();
    // Warm the JIT on a different, small corpus so the first timed run is not a cold start.
    extract(generateCorpus({ bytes: 300_000, seed: 99 }).articles);
    const articles =
      input.source === 'real'
        ? shaped(realCorpus(input.bytes), input.shape ?? 'corpus', input.bytes)
        : generatedShape(input.bytes, input.seed, input.shape ?? 'corpus');
    post({ kind: 'corpus', articles: articles.length, bytes: utf8Bytes(articles) });
    port.on('message', (m: WorkerRequest) => {
      if (m.kind === 'stop') {
        port.close();
        return;
      }
      try {
        gc();
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        const events = eventsOf(extract(articles));
        const c = process.cpuUsage(c0);
        post({
          kind: 'run',
          seconds: (performance.now() - t0) / 1000,
          cpuSeconds: (c.user + c.system) / 1e6,
          events,
        });
      } catch (e) {
        post({ kind: 'error', message: (e as Error).stack ?? String(e) });
      }
    });
  } catch (e) {
    post({ kind: 'error', message: (e as Error).stack ?? String(e) });
  }
}

if (parentPort) await main(parentPort, workerData as WorkerInput);
