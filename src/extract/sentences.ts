// Sentence spans and the regions that split a sentence between its time expressions.
import { arabic, type Language } from './language';

export interface Span {
  start: number;
  end: number;
}

const isEnd = (c: number) =>
  c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x061b || c === 0x2026; // . ! ? ؟ ؛ …
const isCloser = (c: number) =>
  c === 0x22 || c === 0x27 || c === 0x201d || c === 0xbb || c === 0x29 || c === 0x5d; // " ' ” » ) ]
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** \s of a regular expression. */
export const isSpace = (c: number): boolean =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** Sentences of normalised text; a dot inside a number or after an initial does not end one. */
export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  const len = text.length;
  const at = (i: number) => (i >= 0 && i < len ? text.charCodeAt(i) : -1);
  let start = 0;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (!isEnd(c)) continue;
    if (c === 0x2e && isDigit(at(i - 1)) && isDigit(at(i + 1))) continue;
    if (c === 0x2e && isLatin(at(i - 1)) && !isLatin(at(i - 2))) continue; // «Alina L. Romanowski»
    let e = i + 1;
    while (e < len && (isEnd(text.charCodeAt(e)) || isCloser(text.charCodeAt(e)))) e++;
    // the rest of a run of marks («؟؟؟», «....») would find this same end: skip it, so a run
    // is read once (reading it again from each mark made a 16,000-mark run take 5 s)
    i = e - 1;
    if (e < len && !isSpace(text.charCodeAt(e))) continue; // pic.twitter.com, 2.5
    push(out, text, start, e);
    start = e;
  }
  push(out, text, start, len);
  return out;
}

function push(out: Span[], text: string, start: number, end: number): void {
  let s = start;
  while (s < end && isSpace(text.charCodeAt(s))) s++;
  if (end > s) out.push({ start: s, end });
}

/**
 * Where the second of two time expressions' regions starts, in the gap between them:
 * after the last clause punctuation or subordinator («قبل أن»، «ثم»), else at the last
 * «و» that coordinates a new predicate, else right after the first expression.
 */
export function regionBreak(
  norm: string,
  gapStart: number,
  gapEnd: number,
  lang: Language = arabic(),
): number {
  const gap = norm.slice(gapStart, gapEnd);
  // the punctuation that closes the first expression («، اليوم (الاثنين)،») starts nothing
  const lead = /^[\s،,؛:)\]"'»]*/.exec(gap)![0].length;
  let at = -1;
  for (const m of gap.matchAll(lang.strongBreak))
    if (m.index >= lead) at = /[،,؛:]/.test(m[0]) ? m.index + 1 : m.index;
  if (at >= 0) return gapStart + at;
  for (const m of gap.matchAll(/(?<![\p{L}])و(?=\p{L}{2,})/gu)) if (m.index >= lead) at = m.index;
  return at >= 0 ? gapStart + at : gapStart + lead;
}

/**
 * Where the region of a sentence's last time expression ends. A clause of contrast or
 * simultaneity («فيما»، «بينما»، «في حين») tells another happening: after the expression it
 * ends the region; opening the sentence, it holds the expression, and the main clause after
 * its first comma is the other happening («فيما أعلنت أنقرة أمس …، قصف التحالف …»).
 */
export function regionEnd(
  norm: string,
  sentence: Span,
  t: Span,
  lang: Language = arabic(),
): number {
  const head = norm.slice(sentence.start, t.start);
  if (lang.parallelOpening.test(head) && !/[،,]/.test(head)) {
    const comma = /[،,]/.exec(norm.slice(t.end, sentence.end));
    if (comma) return t.end + comma.index + 1;
  }
  for (const m of norm.slice(t.end, sentence.end).matchAll(lang.parallelClause))
    if (m.index > 0) return t.end + m.index;
  return sentence.end;
}
