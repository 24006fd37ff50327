// Words of normalised text with their proclitics: each word yields the readings a
// dictionary look-up should try (و+ب+الكلمة -> الكلمة), with how many chars were stripped.

export interface Token {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

const cache = new Map<string, Token[]>();

/** Tokens of a paragraph, remembered for the last few texts (actors, triggers and people all ask). */
export function tokensOf(norm: string): Token[] {
  let t = cache.get(norm);
  if (!t) {
    if (cache.size > 64) cache.clear();
    t = tokenize(norm);
    cache.set(norm, t);
  }
  return t;
}

export function tokenize(norm: string): Token[] {
  const out: Token[] = [];
  for (const m of norm.matchAll(WORD))
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
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
export function readings(word: string): Reading[] {
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

/** Whether only spaces separate two tokens (a phrase does not run across punctuation). */
export const adjacent = (norm: string, a: Token, b: Token): boolean =>
  /^[ \t]+$/.test(norm.slice(a.end, b.start));
