// What a mention is about, as a set of word stems and numbers: the lexical evidence that two
// reports tell of one happening («تفجير سيارة مفخخة في الطارمية» in two outlets) and that two
// same-day happenings of one article are two («عبوة ناسفة في الحسينية», «طائرة في السماوة»).
import termsJson from './rules/ar/terms.json';
import { normalizeArabic } from './text';
import { tokensOf, wordSlot, type Word } from './tokens';

interface TermsData {
  conjunction: string;
  articles: string[];
  suffixes: string[];
  stems: [string, string][];
  stopWords: { words: string[]; examples: [string, string][] };
}

// typed here; the file's shape is checked by a test (tests/extract/terms.test.ts)
export const termsData = termsJson as unknown as TermsData;

const conjunction = normalizeArabic(termsData.conjunction);
const articles = termsData.articles.map(normalizeArabic);
const suffixes = termsData.suffixes.map(normalizeArabic);
const stopWords = new Set(termsData.stopWords.words.map(normalizeArabic));

/** Larkey's Light10 on a normalised word: و, then the article, then each suffix in turn. */
export function stem(word: string): string {
  let w = word;
  if (w.startsWith(conjunction) && w.length >= 4) w = w.slice(1);
  for (const a of articles)
    if (w.startsWith(a) && w.length - a.length >= 2) {
      w = w.slice(a.length);
      break;
    }
  for (const s of suffixes)
    if (w.endsWith(s) && w.length - s.length >= 2) w = w.slice(0, -s.length);
  return w;
}

/**
 * A rough root of a stem, so that a verb and its verbal noun meet (أعدموا / الإعدام, فجروا /
 * تفجير, قتل / مقتل): the long vowels go, then a leading م or ت and a trailing ت or وا.
 */
export function rootKey(s: string): string {
  let r = s;
  if (r.length > 4 && r.endsWith('وا')) r = r.slice(0, -2);
  if (r.length > 3 && r.endsWith('ت')) r = r.slice(0, -1);
  r = r.replace(/[اوي]/g, '');
  if (r.length > 3 && (r.startsWith('م') || r.startsWith('ت'))) r = r.slice(1);
  return r;
}

export interface Terms {
  /** Stems of the content words, unique and sorted. */
  terms: string[];
  /** Numbers written in digits that are not part of a time expression («قتل 19 شخصا»). */
  numbers: string[];
}

type WordTerms = { terms: readonly string[]; number?: string };
const NONE: WordTerms = { terms: [] };
const SLOT = wordSlot();

/** What one word gives: a number, or its stem and rough root, or nothing (kept in its record). */
function wordTerms(record: Word): WordTerms {
  let w = record.slots[SLOT] as WordTerms | undefined;
  if (w) return w;
  const word = record.text;
  if (/^\d+$/.test(word)) w = { terms: [], number: word.replace(/^0+(?=\d)/, '') };
  else if (word.length < 3 || stopWords.has(word) || /\d/.test(word)) w = NONE;
  else {
    const s = stem(word);
    if (s.length >= 2 && !stopWords.has(s)) {
      const r = rootKey(s);
      w = { terms: r.length >= 3 && r !== s ? [s, `~${r}`] : [s] };
    } else w = NONE;
  }
  record.slots[SLOT] = w;
  return w;
}

/**
 * The terms of normalised text in [start, end), leaving out the words inside `skip` (the time
 * expressions, which are compared as dates; in text order) and function words.
 */
export function termsOf(
  norm: string,
  span: { start: number; end: number },
  skip: readonly { start: number; end: number }[] = [],
): Terms {
  const terms = new Set<string>();
  const numbers = new Set<string>();
  const tokens = tokensOf(norm);
  // the first token that ends after the span starts (tokens are in order)
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  // skip spans are in order too: one pointer walks them, from the first that ends after the
  // span starts (found by halving: a sentence of 10,000 dates walked 10,000 spans per mention)
  let k = 0;
  for (let hiK = skip.length; k < hiK;) {
    const mid = (k + hiK) >> 1;
    if (skip[mid]!.end <= span.start) k = mid + 1;
    else hiK = mid;
  }
  for (let i = lo; i < tokens.length && tokens[i]!.start < span.end; i++) {
    const t = tokens[i]!;
    while (k < skip.length && skip[k]!.end <= t.start) k++;
    if (k < skip.length && skip[k]!.start < t.end) continue;
    const w = wordTerms(t.word);
    if (w.number !== undefined) numbers.add(w.number);
    for (const x of w.terms) terms.add(x);
  }
  return { terms: [...terms].sort(), numbers: [...numbers].sort() };
}

/** The same, on a plain Arabic sentence (the rule file's examples). */
export function termsOfText(text: string): string[] {
  const n = normalizeArabic(text);
  return termsOf(n, { start: 0, end: n.length }).terms;
}
