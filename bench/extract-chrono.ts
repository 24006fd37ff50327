// Our speed beside chrono-node's on the same text. chrono parses dates only, so two of ours are
// given: the whole extraction (dates, actors, events, linking) and the time expressions alone,
// which is the like-for-like one.
import * as chrono from 'chrono-node';
import { extract, findTimexes } from '../src/extract';
import type { ArticleInput } from '../src/extract/types';
import { generateCorpus } from '../src/synthetic';
import { realCorpus } from './real-corpus';
import { table } from './table';

export interface ChronoRow {
  source: 'generated' | 'real';
  bytes: number;
  paragraphs: number;
  /** MB/s, best of the runs. */
  ours: number;
  oursTimex: number;
  chrono: number;
}

const utf8 = (articles: ArticleInput[]) =>
  articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);

/** The best of `runs` timings of f, in seconds. */
function best(runs: number, f: () => unknown): number {
  let t = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    t = Math.min(t, (performance.now() - t0) / 1000);
  }
  return t;
}

function row(source: ChronoRow['source'], articles: ArticleInput[], runs: number): ChronoRow {
  const paras = articles.flatMap((a) =>
    a.text
      .split('\n')
      .filter((l) => l.trim())
      .map((text) => ({ text, anchor: a.meta.published ?? null })),
  );
  const mb = utf8(articles) / 1e6;
  // chrono is handed the publication day as its reference, as we are
  const ref = (anchor: string | null) => ({
    instant: new Date(`${anchor ?? '2000-01-01'}T12:00:00Z`),
    timezone: 'UTC',
  });
  // warm both up on the same text before timing
  extract(articles.slice(0, 20));
  for (const p of paras.slice(0, 200)) chrono.ar.casual.parse(p.text, ref(p.anchor));
  const ours = best(runs, () => extract(articles));
  const oursTimex = best(runs, () => {
    for (const p of paras) findTimexes(p.text, { anchor: p.anchor });
  });
  const chronoTime = best(runs, () => {
    for (const p of paras) chrono.ar.casual.parse(p.text, ref(p.anchor));
  });
  return {
    source,
    bytes: mb * 1e6,
    paragraphs: paras.length,
    ours: mb / ours,
    oursTimex: mb / oursTimex,
    chrono: mb / chronoTime,
  };
}

/** Both corpora at `mb` MB (real text only when ../shared is there). */
export function benchChrono(mb = 1, runs = 3): ChronoRow[] {
  const rows = [row('generated', generateCorpus({ bytes: mb * 1e6, seed: 7 }).articles, runs)];
  try {
    rows.push(row('real', realCorpus(mb * 1e6), runs));
  } catch (e) {
    console.error(`chrono comparison, real text: ${(e as Error).message}`);
  }
  return rows;
}

export function chronoTable(rows: ChronoRow[]): string {
  return table(
    [
      'text',
      'paragraphs',
      'ours, whole extraction',
      'ours, time expressions',
      'chrono-node ar (dates only)',
      'ratio ours / chrono (time expressions)',
      'ratio ours / chrono (whole extraction)',
    ],
    rows.map((r) => [
      `${(r.bytes / 1e6).toFixed(1)} MB ${r.source === 'real' ? 'real news' : 'generated'}`,
      r.paragraphs,
      `${r.ours.toFixed(2)} MB/s`,
      `${r.oursTimex.toFixed(2)} MB/s`,
      `${r.chrono.toFixed(2)} MB/s`,
      `${(r.oursTimex / r.chrono).toFixed(2)}×`,
      `${(r.ours / r.chrono).toFixed(2)}×`,
    ]),
  );
}
