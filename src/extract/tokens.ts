// Words of normalised text with their proclitics: each word yields the readings a
// dictionary look-up should try (و+ب+الكلمة -> الكلمة), with how many chars were stripped.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** The word's record, shared by every token of that text. */
  word: Word;
}

/**
 * What the matchers work out about a word once and keep: its clitic readings, and in numbered
 * slots (one per long-lived index: the gazetteer, the role nouns, the triggers, the terms) what
 * that index makes of it. Words repeat (Zipf), so most tokens find everything already here.
 */
export interface Word {
  readonly text: string;
  readings?: readonly Reading[];
  slots: unknown[];
}

const wordsByText = new Map<string, Word>();
const WORDS_CAP = 200_000;

/** The record of a word (bounded: past the cap the records start over, with the same results). */
export function wordOf(text: string): Word {
  let w = wordsByText.get(text);
  if (!w) {
    if (wordsByText.size >= WORDS_CAP) wordsByText.clear();
    wordsByText.set(text, (w = { text, slots: [] }));
  }
  return w;
}

let nextSlot = 0;
/** A slot of its own in every word record, for a long-lived index. */
export const wordSlot = (): number => nextSlot++;

// Whether a UTF-16 code unit is a letter or a digit (\p{L}\p{N}), learnt on first sight;
// surrogate pairs are judged as the code point they form.
const WORD_TEST = /^[\p{L}\p{N}]$/u;
const wordUnit = new Int8Array(0x10000).fill(-1);
function isWordUnit(code: number): boolean {
  let w = wordUnit[code]!;
  if (w < 0) w = wordUnit[code] = WORD_TEST.test(String.fromCharCode(code)) ? 1 : 0;
  return w === 1;
}
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Length of the letter or digit at i (2 for an astral one), or 0. */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (isHigh(c) && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (isLow(d)) return WORD_TEST.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  return isWordUnit(c) ? 1 : 0;
}

const cache = new Map<string, Token[]>();
/** Few: the matchers ask for one paragraph's tokens in turn. Tokens kept for hundreds of texts
 * outlived the young generation and made the collector copy and then sweep them. */
const CACHED_TEXTS = 8;

/** Tokens of a paragraph, remembered for the last few texts (actors, triggers and people all ask). */
export function tokensOf(norm: string): Token[] {
  let t = cache.get(norm);
  if (!t) {
    if (cache.size >= CACHED_TEXTS) cache.clear();
    t = tokenize(norm);
    cache.set(norm, t);
  }
  return t;
}

/** Runs of letters and digits (/[\p{L}\p{N}]+/gu). */
export function tokenize(norm: string): Token[] {
  const out: Token[] = [];
  const len = norm.length;
  let i = 0;
  while (i < len) {
    let w = wordCharAt(norm, i);
    if (!w) {
      i++;
      continue;
    }
    const start = i;
    do i += w;
    while (i < len && (w = wordCharAt(norm, i)) > 0);
    const text = norm.slice(start, i);
    out.push({ start, end: i, text, word: wordOf(text) });
  }
  return out;
}

export interface Reading {
  form: string;
  /** Chars of the token before the form's first char (the clitics). */
  skip: number;
}

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);

/** The token and its de-cliticised forms, longest first; 'لل' reads as ل + ال. */
export function readings(word: string | Word): readonly Reading[] {
  const w = typeof word === 'string' ? wordOf(word) : word;
  return (w.readings ??= readingsNow(w.text));
}

function readingsNow(word: string): Reading[] {
  const out: Reading[] = [{ form: word, skip: 0 }];
  let rest = word;
  let skip = 0;
  if (rest.length > 2 && CONJ.has(rest[0]!)) {
    rest = rest.slice(1);
    skip = 1;
    out.push({ form: rest, skip });
  }
  if (rest.length > 2 && PREP.has(rest[0]!)) {
    if (rest.startsWith('لل') && rest.length > 3) out.push({ form: `ا${rest.slice(1)}`, skip });
    rest = rest.slice(1);
    skip += 1;
    out.push({ form: rest, skip });
  }
  return out;
}

/** The first token that starts at or after `offset` (tokens.length if none), by binary search:
 * a scan from the start for every mention grows with the square of a paragraph's length. */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether only spaces separate two tokens (a phrase does not run across punctuation). */
export function adjacent(norm: string, a: Token, b: Token): boolean {
  if (b.start <= a.end) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = norm.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
