// Is the clause around a time expression about the future? Decides which way a month or
// weekday without a year points, and marks expectations (which do not merge with reports).
import { alternation } from './patterns';
import { markers } from './rules';
import { normalizeArabic } from './text';

let futureRe: RegExp | null = null;
let pastRe: RegExp | null = null;
let notVerb: string[] = [];

export type Tense = 'future' | 'past' | 'none';

/** Future if a future marker is near, past if a past marker is, else none (a headline). */
export function tenseAround(norm: string, start: number, end: number): Tense {
  const c = clauseAround(norm, start, end);
  if (futureWithin(norm, c)) return 'future';
  pastRe ??= new RegExp(
    `(?<![\\p{L}\\p{N}])[وف]?${alternation(markers.past.words)}(?![\\p{L}\\p{N}])`,
    'u',
  );
  return pastRe.test(norm.slice(c.start, c.end)) ? 'past' : 'none';
}

function compile(): RegExp {
  notVerb = markers.future.notVerbs.map(normalizeArabic);
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternation(markers.future.words)}|${markers.future.prefixVerb})(?![\\p{L}\\p{N}])`,
    'gu',
  );
}

const CLAUSE_END = /[.!?؟؛"\n]/;

/** The stretch of clause around [start, end): up to the nearest strong break, capped in length. */
export function clauseAround(
  norm: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let s = start;
  while (s > 0 && start - s < 90 && !CLAUSE_END.test(norm[s - 1]!)) s--;
  let e = end;
  while (e < norm.length && e - end < 60 && !CLAUSE_END.test(norm[e]!)) e++;
  return { start: s, end: e };
}

/** Whether a future marker occurs in the given stretch of normalised text. */
export function futureWithin(norm: string, span: { start: number; end: number }): boolean {
  futureRe ??= compile();
  const text = norm.slice(span.start, span.end);
  futureRe.lastIndex = 0;
  for (const m of text.matchAll(futureRe)) {
    const w = m[0];
    // a word like سياسي starts like a future verb (سـ + يـ) but is not one
    if (/^س[يتن]/.test(w) && notVerb.some((n) => w.startsWith(n))) continue;
    // «كان من المقرر أن» looks ahead from the past
    if (/كان[ت]?\s+(?:[\p{L}]+\s+)?$/u.test(text.slice(Math.max(0, m.index - 16), m.index)))
      continue;
    // the time expression's own words (المقبل, غدا) count: they say where it points
    return true;
  }
  return false;
}
