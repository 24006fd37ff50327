// The rule engine reads normalised text as tokens: a word (a run of letters), a number (a run
// of digits) or a mark (any other single character). Whitespace is not a token; each token
// only knows whether some precedes it. Letters and digits are those the rules treat as word
// characters: Arabic, Latin and Latin-1/Extended-A/B letters, and the three scripts' digits.

import type { WordTable } from './wordtable';

export const WORD = 0;
export const NUM = 1;
export const MARK = 2;

const OTHER = 0;
const SPACE = 1;
const LETTER = 2;
const DIGIT = 3;

const charClass = new Uint8Array(0x10000);
const fill = (from: number, to: number, c: number) => charClass.fill(c, from, to + 1);
fill(0x0621, 0x064a, LETTER);
fill(0x0671, 0x06d3, LETTER);
fill(0x41, 0x5a, LETTER);
fill(0x61, 0x7a, LETTER);
fill(0xc0, 0x24f, LETTER);
fill(0x30, 0x39, DIGIT);
fill(0x0660, 0x0669, DIGIT);
fill(0x06f0, 0x06f9, DIGIT);
// \s of a regular expression
for (const c of [0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff])
  charClass[c] = SPACE;
fill(0x09, 0x0d, SPACE);
fill(0x2000, 0x200a, SPACE);

export const isRuleLetter = (code: number): boolean => charClass[code] === LETTER;
export const isRuleWordChar = (code: number): boolean => charClass[code]! >= LETTER;
export const isRuleSpace = (code: number): boolean => charClass[code] === SPACE;

export interface Stream {
  text: string;
  /** Number of tokens. */
  n: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** 1 when whitespace precedes the token. */
  spaced: Uint8Array;
  /** The token's vocabulary id, -1 when no rule names it. */
  id: Int32Array;
  /** A word's id without its first char (a glued و ف ب ل), or -1. */
  id1: Int32Array;
  /** A word's id without its first two chars (و/ف then ب/ل), or -1. */
  id2: Int32Array;
}

const CONJ_OR_PREP = (c: number) => c === 0x648 || c === 0x641 || c === 0x628 || c === 0x644; // و ف ب ل

/** Arrays for the tokens of one text at a time, grown as needed (matching is synchronous). */
export function newStream(): Stream {
  return streamBuffers(256);
}
function streamBuffers(cap: number, text = ''): Stream {
  return {
    text,
    n: 0,
    start: new Int32Array(cap),
    end: new Int32Array(cap),
    kind: new Uint8Array(cap),
    spaced: new Uint8Array(cap),
    id: new Int32Array(cap),
    id1: new Int32Array(cap),
    id2: new Int32Array(cap),
  };
}

/** Tokens of normalised text, with their ids in the rules' vocabulary, into `into`'s arrays. */
export function streamOf(text: string, vocab: WordTable, into: Stream = newStream()): Stream {
  const s = into;
  if (s.start.length < text.length + 1) {
    const grown = streamBuffers(Math.max(text.length + 1, s.start.length * 2));
    Object.assign(s, grown);
  }
  s.text = text;
  const len = text.length;
  let n = 0;
  let spaced = 0;
  let i = 0;
  while (i < len) {
    const code = text.charCodeAt(i);
    const c = charClass[code]!;
    if (c === SPACE) {
      spaced = 1;
      i++;
      continue;
    }
    const from = i;
    let kind = MARK;
    if (c === OTHER) i++;
    else {
      kind = c === LETTER ? WORD : NUM;
      do i++;
      while (i < len && charClass[text.charCodeAt(i)] === c);
    }
    s.start[n] = from;
    s.end[n] = i;
    s.kind[n] = kind;
    s.spaced[n] = spaced;
    // the hash from the last char back gives the hashes without the first one or two for free
    let h = 0;
    let h1 = 0;
    let h2 = 0;
    for (let k = i - 1; k >= from; k--) {
      if (k === from + 1) h2 = h;
      if (k === from) h1 = h;
      h = (text.charCodeAt(k) + Math.imul(h, 31)) | 0;
    }
    s.id[n] = vocab.find(text, from, i, h);
    s.id1[n] = -1;
    s.id2[n] = -1;
    if (kind === WORD && i - from > 1 && CONJ_OR_PREP(code)) {
      s.id1[n] = vocab.find(text, from + 1, i, h1);
      if (i - from > 2 && CONJ_OR_PREP(text.charCodeAt(from + 1)))
        s.id2[n] = vocab.find(text, from + 2, i, h2);
    }
    spaced = 0;
    n++;
  }
  s.n = n;
  return s;
}

/** Whether token i may begin a match: no letter or digit is glued before it. */
export const startsWord = (s: Stream, i: number): boolean =>
  s.kind[i] !== MARK && (i === 0 || s.spaced[i] === 1 || s.kind[i - 1] === MARK);
