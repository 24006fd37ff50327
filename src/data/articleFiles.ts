// Articles a user gives the browser: files (NAME.txt with an optional NAME.meta.json) or a pasted
// text with a small form. The checks and their messages are the CLI's (src/cli/articles.ts), so a
// bad file reads the same in both places; a bad file skips only itself.
import type { ArticleInput } from '../extract';

export interface ReadArticles {
  articles: ArticleInput[];
  problems: string[];
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A real day in YYYY-MM-DD form. */
export function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(0);
  d.setUTCFullYear(+m[1]!, +m[2]! - 1, +m[3]!);
  return (
    d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!
  );
}

/** The text of an article file, or what is wrong with it. */
export function decodeArticle(
  name: string,
  bytes: Uint8Array,
): { text: string } | { problem: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { problem: `${name}: UTF-16 text; save the article as UTF-8` };
  if (bytes.includes(0))
    return { problem: `${name}: binary file (contains NUL bytes), not a text article` };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { problem: `${name}: not valid UTF-8 (save the article as UTF-8)` };
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim().length === 0) return { problem: `${name}: empty article` };
  if (!ARABIC.test(text)) return { problem: `${name}: no Arabic text` };
  return { text };
}

/** A sidecar's fields, or what is wrong with it. */
export function parseSidecar(
  name: string,
  bytes: Uint8Array,
): { meta: ArticleInput['meta'] } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  } catch (e) {
    return { problem: `${name}: malformed sidecar JSON (${(e as Error).message})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { problem: `${name}: sidecar must be a JSON object` };
  const meta: ArticleInput['meta'] = {};
  for (const field of ['published', 'outlet', 'url', 'language'] as const) {
    const v = (data as Record<string, unknown>)[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string')
      return { problem: `${name}: field "${field}" must be a string, got ${JSON.stringify(v)}` };
    meta[field] = v;
  }
  if (meta.published !== undefined && !isIsoDay(meta.published))
    return {
      problem: `${name}: field "published" is not a real date in YYYY-MM-DD form: "${meta.published}"`,
    };
  return { meta };
}

/** Files as the browser gives them (chosen or dropped): every NAME.txt with its NAME.meta.json. */
export async function readArticleFiles(files: readonly File[]): Promise<ReadArticles> {
  const byName = new Map(files.map((f) => [f.name, f]));
  const articles: ArticleInput[] = [];
  const problems: string[] = [];
  const texts = files.filter((f) => /\.txt$/i.test(f.name));
  for (const f of files)
    if (!/\.txt$/i.test(f.name) && !/\.meta\.json$/i.test(f.name))
      problems.push(`${f.name}: not an article (NAME.txt) nor its sidecar (NAME.meta.json)`);
  for (const f of texts) {
    const id = f.name.replace(/\.txt$/i, '');
    if (!/\S/.test(id)) {
      problems.push(`${f.name}: the file name gives the article no id`);
      continue;
    }
    const decoded = decodeArticle(f.name, new Uint8Array(await f.arrayBuffer()));
    if ('problem' in decoded) {
      problems.push(decoded.problem);
      continue;
    }
    const sidecar = byName.get(`${id}.meta.json`);
    let meta: ArticleInput['meta'] = {};
    if (sidecar) {
      const s = parseSidecar(sidecar.name, new Uint8Array(await sidecar.arrayBuffer()));
      if ('problem' in s) {
        problems.push(s.problem);
        continue;
      }
      meta = s.meta;
    }
    articles.push({ id, text: decoded.text, meta });
  }
  for (const f of files) {
    const m = /^(.*)\.meta\.json$/i.exec(f.name);
    if (m && !byName.has(`${m[1]}.txt`))
      problems.push(`${f.name}: sidecar without its ${m[1]}.txt`);
  }
  return { articles, problems };
}

export interface PastedArticle {
  text: string;
  title: string;
  outlet: string;
  published: string;
  url: string;
}

/** A stable id from the text (FNV-1a), so pasting the same article twice is the same article. */
function textId(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return `pasted-${(h >>> 0).toString(16).padStart(8, '0')}`;
}

/** A pasted text as an article: the form's title (if any) is its first line. */
export function pastedArticle(p: PastedArticle): { article: ArticleInput } | { problem: string } {
  const title = p.title.trim();
  const text = title ? `${title}\n${p.text}` : p.text;
  const name = title || 'النص الملصق';
  if (p.text.trim().length === 0) return { problem: `${name}: empty article` };
  if (!ARABIC.test(text)) return { problem: `${name}: no Arabic text` };
  const published = p.published.trim();
  if (published && !isIsoDay(published))
    return { problem: `${name}: "${published}" is not a real date in YYYY-MM-DD form` };
  const meta: ArticleInput['meta'] = {};
  if (published) meta.published = published;
  if (p.outlet.trim()) meta.outlet = p.outlet.trim();
  if (p.url.trim()) meta.url = p.url.trim();
  return { article: { id: textId(text), text, meta } };
}
