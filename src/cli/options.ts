// The extract command's flags and its --help.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_CACHE_DIR, DEFAULT_CACHE_MAX_MB } from './cache';

export const DEFAULT_MAX_ARTICLE_MB = 32;

export interface Options {
  input: string;
  output: string;
  jobs: number;
  /** --jobs was given: that many threads, however little there is to extract. */
  jobsAsked: boolean;
  /** null: no cache (--no-cache). */
  cacheDir: string | null;
  cacheMaxMb: number;
  maxArticleMb: number;
  followSymlinks: boolean;
  quiet: boolean;
}

export const help = () => `usage: npm run extract -- [options]

Reads a folder of articles (NAME.txt, UTF-8, with an optional NAME.meta.json) and writes
the timeline JSON of docs/data-contract.md.

  --input DIR            the folder of articles (default: seeds)
  --output FILE          the timeline to write, atomically (default: public/data/timeline.json)
  --jobs N               worker threads for per-article extraction
                         (default: the number of cores, ${availableParallelism()} here, fewer when there is
                         under a MB of articles to extract per thread; 1 runs in one thread)
  --cache DIR            where per-article results are kept between runs
                         (default: ${DEFAULT_CACHE_DIR})
  --no-cache             neither read nor write the cache: extract every article
  --cache-max-mb N       keep the cache under N MB: entries this run did not use go,
                         oldest first (default: ${DEFAULT_CACHE_MAX_MB})
  --max-article-mb N     skip (and name) an article file larger than N MB (default: ${DEFAULT_MAX_ARTICLE_MB})
  --follow-symlinks      read articles through symbolic links that point out of DIR
                         (links within DIR are always followed)
  --quiet                no progress line and no summary; problems are still printed
  --help                 this text

Exit status: 0 all articles written; 1 written, but some articles were skipped (each named
on stderr with its problem), or none could be read; 2 nothing written (bad flags, an output
that cannot be written, an internal error).`;

export type Parsed = { options: Options } | { help: true } | { error: string };

function positive(name: string, v: string | undefined, fallback: number, integer: boolean): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n)))
    throw new Error(`--${name} takes a positive ${integer ? 'whole ' : ''}number, got "${v}"`);
  return n;
}

export function parseOptions(argv: string[]): Parsed {
  try {
    const { values: v } = parseArgs({
      args: argv,
      options: {
        input: { type: 'string', default: 'seeds' },
        output: { type: 'string', default: 'public/data/timeline.json' },
        jobs: { type: 'string' },
        cache: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        'cache-max-mb': { type: 'string' },
        'max-article-mb': { type: 'string' },
        'follow-symlinks': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    if (v.help) return { help: true };
    if (v['no-cache'] && v.cache !== undefined)
      throw new Error('--cache and --no-cache contradict each other');
    return {
      options: {
        input: v.input,
        output: v.output,
        jobs: positive('jobs', v.jobs, availableParallelism(), true),
        jobsAsked: v.jobs !== undefined,
        cacheDir: v['no-cache'] ? null : (v.cache ?? DEFAULT_CACHE_DIR),
        cacheMaxMb: positive('cache-max-mb', v['cache-max-mb'], DEFAULT_CACHE_MAX_MB, false),
        maxArticleMb: positive(
          'max-article-mb',
          v['max-article-mb'],
          DEFAULT_MAX_ARTICLE_MB,
          false,
        ),
        followSymlinks: v['follow-symlinks'],
        quiet: v.quiet,
      },
    };
  } catch (e) {
    return { error: `${(e as Error).message}\n(npm run extract -- --help lists the flags)` };
  }
}
