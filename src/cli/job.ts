// One article from file to checked result: read it and look up the cache (`lookup`, in the
// main thread), else extract it, check it against the contract and store it (`extractJob`, in a
// worker thread or in the main one: a run with --jobs 1 and one with many do exactly the same
// per-article work).
import { statSync } from 'node:fs';
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

/** An article the cache does not hold: to extract (`bytes`: its size as read). */
export interface Miss {
  kind: 'miss';
  job: ArticleJob;
  bytes: number;
  notes: string[];
}

/**
 * The article's cached result, checked, or a miss. Without a cache everything is a miss,
 * and the article is not read here (its bytes are then the file's size, or 0).
 */
export function lookup(job: ArticleJob, ctx: JobContext): Outcome | Miss {
  const cache = ctx.cache;
  if (!cache) return { kind: 'miss', job, bytes: fileSize(job.path), notes: [] };
  const read = readArticle(job, ctx.limits);
  if ('problems' in read)
    return { kind: 'skipped', id: job.id, bytes: read.bytes, problems: read.problems, notes: [] };
  const { input, bytes } = read;
  const notes: string[] = [];
  const key = cacheKey(ctx.version, input);
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
  return { kind: 'miss', job, bytes, notes };
}

/** A file's size, or 0 when it cannot be read (the extraction then says why). */
function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** An article the cache did not hold, from file to checked result, stored in the cache. */
export function extractJob(job: ArticleJob, ctx: JobContext): Outcome {
  const read = readArticle(job, ctx.limits);
  if ('problems' in read)
    return { kind: 'skipped', id: job.id, bytes: read.bytes, problems: read.problems, notes: [] };
  const { input, bytes } = read;
  const notes: string[] = [];
  const cache = ctx.cache;
  const key = cache ? cacheKey(ctx.version, input) : '';
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
