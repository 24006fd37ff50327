// The words that say what a mention is about: the stemmer and the function words of
// rules/ar/terms.json, whose examples run here, and the rough root that joins a verb and its noun.
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import termsJson from '../../src/extract/rules/ar/terms.json';
import { rootKey, stem, termsOf, termsOfText } from '../../src/extract/terms';
import { normalizeArabic } from '../../src/extract/text';

const arabic = z.string().regex(/[\u0621-\u064A]/);
const schema = z.strictObject({
  note: z.string().min(1),
  conjunction: arabic,
  articles: z.array(arabic).min(1),
  suffixes: z.array(arabic).min(1),
  stems: z.array(z.tuple([arabic, arabic])).min(2),
  stopWords: z.strictObject({
    words: z.array(arabic).min(50),
    examples: z.array(z.tuple([arabic, z.string()])).min(2),
  }),
});

describe('terms.json', () => {
  test('matches its schema', () => {
    const r = schema.safeParse(termsJson);
    expect(r.success ? [] : r.error.issues.slice(0, 5)).toEqual([]);
  });
  test.each(termsJson.stems)('«%s» stems to «%s»', (word, want) => {
    expect(stem(normalizeArabic(word))).toBe(want);
  });
  test.each(termsJson.stopWords.examples)('«%s» is about «%s»', (text, want) => {
    expect(termsOfText(text).filter((t) => !t.startsWith('~'))).toEqual(want.split(' ').sort());
  });
});

describe('rough roots', () => {
  test.each([
    ['اعدموا', 'اعدام'],
    ['تفجير', 'فجروا'],
    ['مقتل', 'قتلوا'],
  ])('«%s» and «%s» meet', (a, b) => {
    expect(rootKey(stem(normalizeArabic(a)))).toBe(rootKey(stem(normalizeArabic(b))));
  });
  test('a short stem keeps its letters', () => {
    expect(rootKey('حزب')).toBe('حزب');
  });
});

test('numbers count, time expressions and function words do not', () => {
  const text = normalizeArabic('وقتل 19 شخصا في 2 فبراير في التفجير');
  const at = text.indexOf('2 ');
  const t = termsOf(text, { start: 0, end: text.length }, [{ start: at, end: at + 8 }]);
  expect(t.numbers).toEqual(['19']);
  expect(t.terms).toContain('تفجير');
  expect(t.terms).not.toContain('في');
});
