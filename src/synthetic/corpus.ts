// A corpus of raw articles (the extractor's input) of a requested size, written from
// generated timelines so it has the dates, actors and filler of real coverage.
import type { ArticleInput } from '../extract/types';
import { generateTimeline } from './generate';

export interface CorpusOptions {
  /** Target size of the article text in UTF-8 bytes; the corpus stops at the first article past it. */
  bytes: number;
  seed?: number;
}

/** UTF-8 length without Node's Buffer, so this module stays pure. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function generateCorpus({ bytes, seed = 1 }: CorpusOptions): {
  articles: ArticleInput[];
  bytes: number;
} {
  const articles: ArticleInput[] = [];
  let total = 0;
  // Each chunk is a fresh timeline with its own seed, so the text keeps varying.
  for (let chunk = 0; total < bytes; chunk++) {
    // Dense chunks and more background sentences give articles of news length (a few KB);
    // small corpora (tests) use smaller chunks, so they stay quick to make.
    const events = Math.min(20_000, Math.max(2_000, Math.round(bytes / 50)));
    const timeline = generateTimeline({ events, seed: seed * 100_003 + chunk, fillerRate: 0.6 });
    for (const a of timeline.articles) {
      if (total >= bytes) break;
      const text = `${a.paragraphs.map((p) => p.text).join('\n')}\n`;
      total += utf8Length(text);
      const meta: ArticleInput['meta'] = { language: 'ar' };
      if (a.published) meta.published = a.published;
      if (a.outlet) meta.outlet = a.outlet;
      articles.push({ id: `c${chunk}-${a.id}`, text, meta });
    }
  }
  return { articles, bytes: total };
}
