// Reads one article and its sidecar from the input folder, as the contract allows: regular
// files only (a FIFO would block, /dev/zero never ends), no larger than the limit, and no
// symbolic link out of the folder unless asked. Each problem is one line naming the file.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
} from 'node:fs';
import type { Stats } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { parseIsoDay } from '../extract/calendar';
import { hasArabic } from '../extract/text';
import type { ArticleInput } from '../extract/types';
import { decodeText } from './decode';
import { shown, type ArticleJob } from './folder';

export interface ReadLimits {
  /** Per-article limit in bytes (the sidecar's is 1 MB). */
  maxArticleBytes: number;
  /** Follow symbolic links that point out of the input folder. */
  followSymlinks: boolean;
  /** The input folder, symbolic links resolved. */
  root: string;
}

export const SIDECAR_MAX_BYTES = 1_000_000;
const MB = 1_000_000;

export type ReadResult =
  { input: ArticleInput; bytes: number } | { problems: string[]; bytes: number };

const errno = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a FIFO (named pipe)';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

function unreadable(e: unknown): string {
  const code = errno(e);
  if (code === 'EACCES' || code === 'EPERM') return 'not readable (permission denied)';
  if (code === 'ENOENT') return 'gone (removed while the run went on)';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  return `unreadable (${code})`;
}

const mb = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;

/** The bytes of one regular file within the limit, or why not (without the path). */
export function readRegularFile(
  path: string,
  limits: ReadLimits,
  maxBytes: number,
  limitFlag?: string,
): { bytes: Buffer } | { problem: string } {
  const change = limitFlag ? ` (${limitFlag} changes it)` : '';
  let target = path;
  let fd: number | null = null;
  try {
    const link = lstatSync(path);
    if (link.isSymbolicLink()) {
      try {
        target = realpathSync(path);
      } catch (e) {
        return {
          problem:
            errno(e) === 'ENOENT'
              ? 'a symbolic link to nothing (broken link)'
              : `a symbolic link that cannot be followed (${errno(e)})`,
        };
      }
      const inside = relative(limits.root, target);
      if (!limits.followSymlinks && (inside.startsWith('..') || isAbsolute(inside)))
        return {
          problem: `a symbolic link out of the input folder (to ${shown(target)}); not followed (--follow-symlinks reads it)`,
        };
    }
    // stat before open: opening a device or a FIFO can block or act on it
    const before = link.isSymbolicLink() ? lstatSync(target) : link;
    if (!before.isFile()) return { problem: `${kindOf(before)}, not a regular file; not read` };
    if (before.size > maxBytes)
      return {
        problem: `${mb(before.size)}, over the limit of ${mb(maxBytes)}; not read${change}`,
      };
    // O_NONBLOCK: if it became a FIFO since the stat, open does not wait for a writer
    const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
    fd = openSync(target, flags);
    const st = fstatSync(fd);
    if (!st.isFile()) return { problem: `${kindOf(st)}, not a regular file; not read` };
    // read at most one byte past the limit: a file that grows while it is read stays bounded
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (let r = 1; r > 0 && n < buf.length; n += r) r = readSync(fd, buf, n, buf.length - n, n);
    if (n > maxBytes)
      return {
        problem: `over the limit of ${mb(maxBytes)} (it grew while it was read); not read${change}`,
      };
    return { bytes: buf.subarray(0, n) };
  } catch (e) {
    return { problem: unreadable(e) };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function readSidecar(
  path: string,
  limits: ReadLimits,
): { meta: ArticleInput['meta'] } | { problem: string } {
  const file = readRegularFile(path, limits, SIDECAR_MAX_BYTES);
  if ('problem' in file) return { problem: `${shown(path)}: sidecar ${file.problem}` };
  const decoded = decodeText(file.bytes, 'the sidecar');
  if ('problem' in decoded) return { problem: `${shown(path)}: sidecar is ${decoded.problem}` };
  let data: unknown;
  try {
    // a BOM is allowed, as in the articles (editors on Windows write one)
    data = JSON.parse(decoded.text.replace(/^\ufeff/, ''));
  } catch (e) {
    return { problem: `${shown(path)}: malformed sidecar JSON (${(e as Error).message})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { problem: `${shown(path)}: sidecar must be a JSON object` };
  const meta: ArticleInput['meta'] = {};
  for (const field of ['published', 'outlet', 'url', 'language'] as const) {
    const v = (data as Record<string, unknown>)[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string')
      return {
        problem: `${shown(path)}: field "${field}" must be a string, got ${JSON.stringify(v).slice(0, 80)}`,
      };
    meta[field] = v;
  }
  if (meta.published !== undefined && parseIsoDay(meta.published) === null)
    return {
      problem: `${shown(path)}: field "published" is not a real date in YYYY-MM-DD form: ${JSON.stringify(meta.published.slice(0, 40))}`,
    };
  return { meta };
}

/** One article of the folder, read and decoded; problems name the file. */
export function readArticle(job: ArticleJob, limits: ReadLimits): ReadResult {
  const where = shown(job.path);
  const file = readRegularFile(job.path, limits, limits.maxArticleBytes, '--max-article-mb');
  if ('problem' in file) return { problems: [`${where}: ${file.problem}`], bytes: 0 };
  const bytes = file.bytes.length;
  const decoded = decodeText(file.bytes, 'the article');
  if ('problem' in decoded) return { problems: [`${where}: ${decoded.problem}`], bytes };
  const text = decoded.text;
  if (text.replace(/^\ufeff/, '').trim().length === 0)
    return { problems: [`${where}: empty article`], bytes };
  if (!hasArabic(text)) return { problems: [`${where}: no Arabic text`], bytes };
  let meta: ArticleInput['meta'] = {};
  if (job.sidecar) {
    const s = readSidecar(job.sidecar, limits);
    if ('problem' in s) return { problems: [s.problem], bytes };
    meta = s.meta;
  }
  return { input: { id: job.id, text, meta }, bytes };
}
