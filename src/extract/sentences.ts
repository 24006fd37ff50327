// Sentence spans and the regions that split a sentence between its time expressions.
import { markers } from './rules';
import { normalizeArabic } from './text';

export interface Span {
  start: number;
  end: number;
}

const END = /[.!?؟؛…]/;
const CLOSERS = /["'”»)\]]/;

/** Sentences of normalised text; a dot inside a number or after an initial does not end one. */
export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!END.test(text[i]!)) continue;
    if (text[i] === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    if (text[i] === '.' && /[a-z]/i.test(text[i - 1] ?? '') && !/[a-z]/i.test(text[i - 2] ?? ''))
      continue; // «Alina L. Romanowski»
    let e = i + 1;
    while (e < text.length && (END.test(text[e]!) || CLOSERS.test(text[e]!))) e++;
    // the rest of a run of marks («؟؟؟», «....») would find this same end: skip it, so a run
    // is read once (reading it again from each mark made a 16,000-mark run take 5 s)
    i = e - 1;
    if (e < text.length && !/\s/.test(text[e]!)) continue; // pic.twitter.com, 2.5
    push(out, text, start, e);
    start = e;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Span[], text: string, start: number, end: number): void {
  let s = start;
  while (s < end && /\s/.test(text[s]!)) s++;
  if (end > s) out.push({ start: s, end });
}

let strong: RegExp | null = null;

/**
 * Where the second of two time expressions' regions starts, in the gap between them:
 * after the last clause punctuation or subordinator («قبل أن»، «ثم»), else at the last
 * «و» that coordinates a new predicate, else right after the first expression.
 */
export function regionBreak(norm: string, gapStart: number, gapEnd: number): number {
  strong ??= new RegExp(
    `[،,؛:]|(?<![\\p{L}])(?:${markers.regionBreaks.strong.map((w) => normalizeArabic(w).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])`,
    'gu',
  );
  const gap = norm.slice(gapStart, gapEnd);
  // the punctuation that closes the first expression («، اليوم (الاثنين)،») starts nothing
  const lead = /^[\s،,؛:)\]"'»]*/.exec(gap)![0].length;
  let at = -1;
  for (const m of gap.matchAll(strong))
    if (m.index >= lead) at = /[،,؛:]/.test(m[0]) ? m.index + 1 : m.index;
  if (at >= 0) return gapStart + at;
  for (const m of gap.matchAll(/(?<![\p{L}])و(?=\p{L}{2,})/gu)) if (m.index >= lead) at = m.index;
  return at >= 0 ? gapStart + at : gapStart + lead;
}
