// Reads a folder of articles per the data contract; each problem is one line naming the file.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseIsoDay } from '../extract/calendar';
import { hasArabic } from '../extract/text';
import type { ArticleInput } from '../extract/types';

export interface ReadResult {
  articles: ArticleInput[];
  problems: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readSidecar(path: string): { meta: ArticleInput['meta'] } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return { problem: `${path}: malformed sidecar JSON (${(e as Error).message})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { problem: `${path}: sidecar must be a JSON object` };
  const meta: ArticleInput['meta'] = {};
  for (const field of ['published', 'outlet', 'url', 'language'] as const) {
    const v = (data as Record<string, unknown>)[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string')
      return { problem: `${path}: field "${field}" must be a string, got ${JSON.stringify(v)}` };
    meta[field] = v;
  }
  if (meta.published !== undefined && parseIsoDay(meta.published) === null)
    return {
      problem: `${path}: field "published" is not a real date in YYYY-MM-DD form: "${meta.published}"`,
    };
  return { meta };
}

export function readArticles(dir: string): ReadResult {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    return { articles: [], problems: [`${dir}: input folder does not exist`] };
  const problems: string[] = [];
  const articles: ArticleInput[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const f of files) {
    const path = join(dir, f);
    const id = basename(f, '.txt');
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      problems.push(
        `${path}: unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      );
      continue;
    }
    if (bytes.includes(0)) {
      problems.push(`${path}: binary file (contains NUL bytes), not a text article`);
      continue;
    }
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      problems.push(`${path}: not valid UTF-8 (save the article as UTF-8)`);
      continue;
    }
    if (text.trim().length === 0) {
      problems.push(`${path}: empty article`);
      continue;
    }
    if (!hasArabic(text)) {
      problems.push(`${path}: no Arabic text`);
      continue;
    }
    const sidecarPath = join(dir, `${id}.meta.json`);
    let meta: ArticleInput['meta'] = {};
    if (existsSync(sidecarPath)) {
      const s = readSidecar(sidecarPath);
      if ('problem' in s) {
        problems.push(s.problem);
        continue;
      }
      meta = s.meta;
    }
    articles.push({ id, text, meta });
  }
  if (files.length === 0) problems.push(`${dir}: no *.txt articles found`);
  return { articles, problems };
}
