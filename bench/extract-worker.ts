// One corpus size of the extractor benchmark, in its own thread so the parent can stop a
// run that takes too long and each size starts with a clean heap. Posts one message per run.
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleInput } from '../src/extract/types';
import type { Timeline } from '../src/model';
import { generateCorpus } from '../src/synthetic';
import { realCorpus } from './real-corpus';

// The extractor returns { timeline, problems }; a bare Timeline is accepted too.
export type Extract = (articles: ArticleInput[]) => Timeline | { timeline: Timeline };

export type WorkerMessage =
  | { kind: 'corpus'; articles: number; bytes: number }
  | { kind: 'run'; seconds: number; events: number }
  | { kind: 'error'; message: string };

/** A corpus of articles, one article holding all their paragraphs, or one paragraph of it all
 * with no punctuation (the worst shape a user can hand us: nothing to split it at). */
export type Shape = 'corpus' | 'article' | 'paragraph';

/** Generated articles (src/synthetic), or the shared real corpus repeated (real-corpus.ts). */
export type Source = 'generated' | 'real';

export interface WorkerInput {
  bytes: number;
  seed: number;
  runs: number;
  shape?: Shape;
  source?: Source;
}

const PUNCTUATION = /[.,،؛;:!?؟"«»()[\]\-–—]/g;

/** The generated corpus in the asked shape; byte counts are UTF-8 of the article texts. */
export function shaped(articles: ArticleInput[], shape: Shape): ArticleInput[] {
  if (shape === 'corpus') return articles;
  const bodies = articles.flatMap((a) =>
    a.text
      .split('\n')
      .slice(1)
      .filter((l) => l.trim()),
  );
  const first = articles[0];
  const meta = first ? first.meta : {};
  const text =
    shape === 'article'
      ? ['مقال طويل', ...bodies].join('\n')
      : `فقرة طويلة بلا ترقيم\n${bodies.join(' ').replace(PUNCTUATION, ' ').replace(/\s+/g, ' ')}`;
  return [{ id: `long-${shape}`, text, meta }];
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

async function main(port: NonNullable<typeof parentPort>, input: WorkerInput) {
  const post = (m: WorkerMessage) => port.postMessage(m);
  try {
    const extract = await loadExtract();
    // Warm the JIT on a different, small corpus so the first timed run is not a cold start.
    extract(generateCorpus({ bytes: 300_000, seed: 99 }).articles);
    const articles = shaped(
      input.source === 'real'
        ? realCorpus(input.bytes)
        : generateCorpus({ bytes: input.bytes, seed: input.seed }).articles,
      input.shape ?? 'corpus',
    );
    post({ kind: 'corpus', articles: articles.length, bytes: utf8Bytes(articles) });
    for (let i = 0; i < input.runs; i++) {
      const t0 = performance.now();
      const events = eventsOf(extract(articles));
      post({ kind: 'run', seconds: (performance.now() - t0) / 1000, events });
    }
  } catch (e) {
    post({ kind: 'error', message: (e as Error).stack ?? String(e) });
  }
}

if (parentPort) await main(parentPort, workerData as WorkerInput);
