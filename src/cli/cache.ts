// The on-disk cache of per-article extractions: one file per article and rules version,
// keyed by a hash of the rules version, the article's id, its sidecar fields and its text.
// An entry carries a checksum of its payload; one that is unreadable, cut short, edited or
// from another key is a miss (the article is extracted again and the entry rewritten), and
// a hit is still checked against the contract by the caller. Never trusted, only reused.
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import type { ArticleInput } from '../extract/types';
import { isOurStaleTemp } from './output';

const FORMAT = 1;

/** node_modules/.cache/… of this checkout, where tools keep caches (git ignores it). */
export const DEFAULT_CACHE_DIR = fileURLToPath(
  new URL('../../node_modules/.cache/arabic-news-timeline/extract', import.meta.url),
);
export const DEFAULT_CACHE_MAX_MB = 1024;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function cacheKey(version: string, input: ArticleInput): string {
  const m = input.meta;
  return createHash('sha256')
    .update(JSON.stringify([FORMAT, version, input.id, m.published, m.outlet, m.url, m.language]))
    .update('\0')
    .update(input.text)
    .digest('hex');
}

export type CacheRead =
  { hit: unknown } | { miss: 'absent' } | { miss: 'corrupt'; why: string; file: string };

export class ArticleCache {
  private readonly folder: string;
  private made = false;
  private failed = false;

  constructor(root: string, version: string) {
    this.folder = join(root, version);
  }

  file(key: string): string {
    return join(this.folder, `${key}.json`);
  }

  get(key: string): CacheRead {
    const file = this.file(key);
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return code === 'ENOENT'
        ? { miss: 'absent' }
        : { miss: 'corrupt', why: `unreadable (${code})`, file };
    }
    const nl = raw.indexOf('\n');
    const corrupt = (why: string): CacheRead => ({ miss: 'corrupt', why, file });
    if (nl < 0) return corrupt('cut short');
    let header: { format?: unknown; key?: unknown; sha256?: unknown };
    try {
      header = JSON.parse(raw.slice(0, nl)) as typeof header;
    } catch {
      return corrupt('malformed header');
    }
    if (header.format !== FORMAT || header.key !== key) return corrupt('written for another key');
    const payload = raw.slice(nl + 1);
    if (sha256(payload) !== header.sha256) return corrupt('checksum mismatch');
    try {
      return { hit: JSON.parse(payload) as unknown };
    } catch {
      return corrupt('malformed payload');
    }
  }

  /**
   * Writes an entry atomically. After a failed write (a full disk, no permission) this cache
   * writes no more: the run goes on without it, and says why once.
   */
  put(key: string, value: unknown): { written: boolean; problem?: string } {
    if (this.failed) return { written: false };
    const file = this.file(key);
    const tmp = `${file}.${process.pid}-${threadId}.tmp`;
    try {
      if (!this.made) mkdirSync(this.folder, { recursive: true });
      this.made = true;
      const payload = JSON.stringify(value);
      const header = JSON.stringify({ format: FORMAT, key, sha256: sha256(payload) });
      writeFileSync(tmp, `${header}\n${payload}`);
      renameSync(tmp, file);
      return { written: true };
    } catch (e) {
      rmSync(tmp, { force: true });
      this.failed = true;
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      return {
        written: false,
        problem: `could not write to the cache in ${this.folder} (${code}); going on without it`,
      };
    }
  }
}

/**
 * Keeps the cache under `maxBytes`: entries this run did not use go, the oldest first (other
 * rules versions' entries are never used again); the ones it used stay. Leftover temporary
 * files of runs that were killed go too.
 */
export function pruneCache(
  root: string,
  used: ReadonlySet<string>,
  maxBytes: number,
): { entries: number; bytes: number; removed: number } {
  const all: { file: string; size: number; mtime: number }[] = [];
  let bytes = 0;
  let removed = 0;
  let versions: string[];
  try {
    versions = readdirSync(root);
  } catch {
    return { entries: 0, bytes: 0, removed: 0 };
  }
  for (const v of versions) {
    const dir = join(root, v);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const file = join(dir, name);
      if (name.endsWith('.tmp')) {
        if (isOurStaleTemp(name)) rmSync(file, { force: true });
        continue;
      }
      try {
        const st = statSync(file);
        all.push({ file, size: st.size, mtime: st.mtimeMs });
        bytes += st.size;
      } catch {
        // removed meanwhile (another run pruning): nothing to count
      }
    }
  }
  if (bytes > maxBytes) {
    const unused = all.filter((e) => !used.has(e.file)).sort((a, b) => a.mtime - b.mtime);
    for (const e of unused) {
      if (bytes <= maxBytes) break;
      rmSync(e.file, { force: true });
      bytes -= e.size;
      removed++;
    }
    for (const v of versions)
      try {
        rmdirSync(join(root, v)); // only succeeds on a folder pruning emptied
      } catch {
        // not empty: still in use
      }
  }
  return { entries: all.length - removed, bytes, removed };
}
