// One article from file to checked result: read, look up the cache, else extract, check
// against the contract, store. The same function runs in a worker thread or in the main one,
// so a run with --jobs 1 and one with many do exactly the same per-article work.
import { extractArticle, type ArticleExtraction } from '../extract';
import { ArticleCache, cacheKey } from './cache';
import { articleProblems } from './check';
import type { ArticleJob } from './folder';
import { shown } from './folder';
import { readArticle, type ReadLimits } from './read';

/** What a worker is started with (plain data: it crosses the thread boundary). */
export interface JobSettings {
  limits: ReadLimits;
  /** Cache root and rules version; null runs without the cache. */
  cache: { dir: string; version: string } | null;
}

export type Outcome =
  | {
      kind: 'ok';
      id: string;
      bytes: number;
      result: ArticleExtraction;
      /** The cache file it was read from or written to, when the cache is on. */
      cacheFile: string | null;
      cached: boolean;
      /** Warnings about the run, not the article (a corrupt cache entry, a full disk). */
      notes: string[];
    }
  | { kind: 'skipped'; id: string; bytes: number; problems: string[]; notes: string[] };

export interface JobContext {
  limits: ReadLimits;
  cache: ArticleCache | null;
  version: string;
}

export const contextOf = (s: JobSettings): JobContext => ({
  limits: s.limits,
  cache: s.cache ? new ArticleCache(s.cache.dir, s.cache.version) : null,
  version: s.cache?.version ?? '',
});

const oneLine = (e: unknown) =>
  (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).replace(/\s+/g, ' ').slice(0, 300);

function check(r: ArticleExtraction, id: string): string[] {
  try {
    return articleProblems(r, id);
  } catch (e) {
    return [`malformed result (${oneLine(e)})`];
  }
}

export function processJob(job: ArticleJob, ctx: JobContext): Outcome {
  const read = readArticle(job, ctx.limits);
  if ('problems' in read)
    return { kind: 'skipped', id: job.id, bytes: read.bytes, problems: read.problems, notes: [] };
  const { input, bytes } = read;
  const notes: string[] = [];
  const cache = ctx.cache;
  const key = cache ? cacheKey(ctx.version, input) : '';
  if (cache) {
    const got = cache.get(key);
    if ('hit' in got) {
      const problems = check(got.hit as ArticleExtraction, input.id);
      if (!problems.length)
        return {
          kind: 'ok',
          id: job.id,
          bytes,
          result: got.hit as ArticleExtraction,
          cacheFile: cache.file(key),
          cached: true,
          notes,
        };
      notes.push(
        `warning: ${shown(cache.file(key))}: cache entry for ${shown(job.path)} fails its check (${problems[0]}); ignored and rebuilt`,
      );
    } else if (got.miss === 'corrupt')
      notes.push(
        `warning: ${shown(got.file)}: corrupt cache entry for ${shown(job.path)} (${got.why}); ignored and rebuilt`,
      );
  }
  let result: ArticleExtraction;
  try {
    result = extractArticle(input);
  } catch (e) {
    return {
      kind: 'skipped',
      id: job.id,
      bytes,
      problems: [
        `${shown(job.path)}: skipped: the extractor failed on it (${oneLine(e)}); please report this`,
      ],
      notes,
    };
  }
  const problems = check(result, input.id);
  if (problems.length)
    return {
      kind: 'skipped',
      id: job.id,
      bytes,
      problems: [
        `${shown(job.path)}: skipped: its extraction breaks the data contract (${problems[0]}${problems.length > 1 ? `; and ${problems.length - 1} more` : ''}); please report this`,
      ],
      notes,
    };
  const put = cache?.put(key, result);
  if (put?.problem) notes.push(`warning: ${put.problem}`);
  return {
    kind: 'ok',
    id: job.id,
    bytes,
    result,
    cacheFile: cache && put?.written ? cache.file(key) : null,
    cached: false,
    notes,
  };
}
