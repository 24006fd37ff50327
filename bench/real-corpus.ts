// Real news for the extractor benchmarks: the shared corpus (../shared/corpus/saudinewsnet-2015,
// licensed for research, not redistribution), read at bench time and never copied into the
// repository; its articles, with their sidecars, repeated under new ids to the size asked.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArticleInput } from '../src/extract/types';

export const REAL_CORPUS = resolve(import.meta.dirname, '../../shared/corpus/saudinewsnet-2015');

/** The corpus's articles (sorted by file name), or null when ../shared is not there. */
export function realArticles(dir = REAL_CORPUS): ArticleInput[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      const sidecar = resolve(dir, `${id}.meta.json`);
      const meta = existsSync(sidecar)
        ? (JSON.parse(readFileSync(sidecar, 'utf8')) as ArticleInput['meta'])
        : {};
      return { id, text: readFileSync(resolve(dir, f), 'utf8'), meta };
    });
}

/** The corpus concatenated and repeated until it holds `bytes` of UTF-8 text. */
export function realCorpus(bytes: number, dir = REAL_CORPUS): ArticleInput[] {
  const base = realArticles(dir);
  if (!base?.length) throw new Error(`${dir}: no real corpus to read (it lives in ../shared)`);
  const out: ArticleInput[] = [];
  let total = 0;
  for (let round = 0; total < bytes; round++)
    for (const a of base) {
      if (total >= bytes) break;
      out.push({ ...a, id: `${a.id}~${round}` });
      total += Buffer.byteLength(a.text);
    }
  return out;
}
