// Is the clause around a time expression about the future? Decides which way a month or
// weekday without a year points, and marks expectations (which do not merge with reports).
import { arabic, type Language } from './language';

export type Tense = 'future' | 'past' | 'none';

/** Future if a future marker is near, past if a past marker is, else none (a headline). */
export function tenseAround(
  norm: string,
  start: number,
  end: number,
  lang: Language = arabic(),
): Tense {
  const c = clauseAround(norm, start, end);
  if (futureWithin(norm, c, lang)) return 'future';
  return lang.tense.past.test(norm.slice(c.start, c.end)) ? 'past' : 'none';
}

const clauseEnd = (c: number) =>
  c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x61b || c === 0x22 || c === 0x0a; // . ! ? ؟ ؛ " \n

/** The stretch of clause around [start, end): up to the nearest strong break, capped in length. */
export function clauseAround(
  norm: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let s = start;
  while (s > 0 && start - s < 90 && !clauseEnd(norm.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < norm.length && e - end < 60 && !clauseEnd(norm.charCodeAt(e))) e++;
  return { start: s, end: e };
}

/** Whether a future marker occurs in the given stretch of normalised text. */
export function futureWithin(
  norm: string,
  span: { start: number; end: number },
  lang: Language = arabic(),
): boolean {
  const { future, notVerbs } = lang.tense;
  const text = norm.slice(span.start, span.end);
  future.lastIndex = 0;
  for (const m of text.matchAll(future)) {
    const w = m[0];
    // a word like سياسي starts like a future verb (سـ + يـ) but is not one
    if (/^س[يتن]/.test(w) && notVerbs.some((n) => w.startsWith(n))) continue;
    // «كان من المقرر أن» looks ahead from the past
    if (/كان[ت]?\s+(?:[\p{L}]+\s+)?$/u.test(text.slice(Math.max(0, m.index - 16), m.index)))
      continue;
    // the time expression's own words (المقبل, غدا) count: they say where it points
    return true;
  }
  return false;
}
