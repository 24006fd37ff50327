import { describe, expect, test } from 'vitest';
import { generateCorpus, utf8Length } from '../../src/synthetic/corpus';

describe('generateCorpus', () => {
  const corpus = generateCorpus({ bytes: 200_000, seed: 2 });

  test('reaches the requested size and stops at the first article past it', () => {
    expect(corpus.bytes).toBeGreaterThanOrEqual(200_000);
    const last = corpus.articles[corpus.articles.length - 1];
    expect(corpus.bytes - utf8Length(last?.text ?? '')).toBeLessThan(200_000);
    expect(corpus.bytes).toBe(corpus.articles.reduce((s, a) => s + utf8Length(a.text), 0));
  });

  test('gives unique article ids, a title line, and publication dates for most articles', () => {
    expect(new Set(corpus.articles.map((a) => a.id)).size).toBe(corpus.articles.length);
    const dated = corpus.articles.filter((a) => /^\d{4}-\d{2}-\d{2}$/.test(a.meta.published ?? ''));
    expect(dated.length).toBeGreaterThan(corpus.articles.length * 0.9);
    for (const a of corpus.articles) expect(a.text.split('\n').length).toBeGreaterThanOrEqual(3);
  });

  // generous timeout: the generator builds a whole timeline first, and CI machines are shared
  test('is deterministic for a seed', { timeout: 30_000 }, () => {
    expect(generateCorpus({ bytes: 20_000, seed: 2 }).articles).toEqual(
      generateCorpus({ bytes: 20_000, seed: 2 }).articles,
    );
  });

  test('counts UTF-8 bytes like the encoder does', () => {
    for (const s of ['abc', 'العراق', '٢٠٢٤', 'emoji 🙂', ''])
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
  });
});
