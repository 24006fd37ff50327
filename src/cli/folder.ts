// The articles of an input folder, per the contract: every NAME.txt in it (not recursive) is
// one article with id NAME, and NAME.meta.json beside it is its sidecar. Names that look
// meant as articles but are not (NAME.TXT, a bare ".txt") are reported, never passed over.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface ArticleJob {
  id: string;
  path: string;
  /** Path of NAME.meta.json when the folder has one. */
  sidecar: string | null;
}

export type Listing = { root: string; jobs: ArticleJob[]; problems: string[] } | { fatal: string };

/** A path as printed on one stderr line: control characters escaped. */
const CONTROL = /\p{Cc}/gu;
export const shown = (path: string): string =>
  path.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

const utf8 = new TextDecoder('utf-8', { fatal: true });
const byCodeUnit = (a: ArticleJob, b: ArticleJob) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function listArticles(dir: string): Listing {
  let root: string;
  let names: Buffer[];
  try {
    root = realpathSync(dir);
    if (!statSync(root).isDirectory()) return { fatal: `${shown(dir)}: not a folder` };
    names = readdirSync(dir, { encoding: 'buffer' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { fatal: `${shown(dir)}: input folder does not exist` };
    if (code === 'EACCES' || code === 'EPERM')
      return { fatal: `${shown(dir)}: input folder is not readable (permission denied)` };
    if (code === 'ENOTDIR') return { fatal: `${shown(dir)}: not a folder` };
    return { fatal: `${shown(dir)}: input folder cannot be read (${code ?? String(e)})` };
  }
  const problems: string[] = [];
  const files = new Set<string>();
  for (const raw of names) {
    try {
      files.add(utf8.decode(raw));
    } catch {
      if (raw.subarray(-4).toString('latin1').toLowerCase() === '.txt')
        problems.push(
          `${shown(join(dir, raw.toString('latin1')))}: not read: the file name is not valid UTF-8; rename it`,
        );
    }
  }
  const jobs: ArticleJob[] = [];
  for (const name of files) {
    const path = join(dir, name);
    if (name.endsWith('.txt')) {
      const id = name.slice(0, -'.txt'.length);
      if (id === '') {
        problems.push(
          `${shown(path)}: not read: the name has no article id before ".txt"; rename it`,
        );
        continue;
      }
      const sidecar = `${id}.meta.json`;
      jobs.push({ id, path, sidecar: files.has(sidecar) ? join(dir, sidecar) : null });
    } else if (name.toLowerCase().endsWith('.txt'))
      problems.push(
        `${shown(path)}: not read: articles end in lower-case ".txt"; rename it ${shown(name.slice(0, -4))}.txt`,
      );
  }
  problems.sort();
  jobs.sort(byCodeUnit);
  if (jobs.length === 0 && problems.length === 0)
    problems.push(`${shown(dir)}: no *.txt articles found`);
  return { root, jobs, problems };
}
