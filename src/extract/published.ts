// The publication day from the text when no sidecar gives it: a full date whose weekday the
// opening paragraphs name («أمس الأحد» naming the day after), else a dateline (the first body
// line opening with a full date). Never a day whose weekday contradicts the text's own
// «اليوم الخميس»: then nothing is inferred, and the caller is told why.
import { isoDay, parseIsoDay, weekday } from './calendar';
import type { Language } from './language';
import type { Normalized } from './text';
import { findTimexesNormalized } from './timex';

export interface Inferred {
  day: string | null;
  /** Why a day the text suggests was not taken. */
  warning?: string;
}

const OPENING = 3;

/** The weekdays the opening paragraphs give today («اليوم الخميس»، «اليوم (الخميس)»). */
function todaysWeekdays(paras: readonly { n: Normalized }[], lang: Language): Map<number, string> {
  const out = new Map<number, string>();
  for (const p of paras.slice(0, OPENING))
    for (const m of p.n.text.matchAll(lang.todayWeekday)) {
      const d = lang.weekdayByName.get(m[1]!);
      if (d !== undefined && !out.has(d)) out.set(d, m[0]);
    }
  return out;
}

export function inferPublished(
  paras: readonly { text: string; n: Normalized }[],
  lang: Language,
): Inferred {
  const dated: number[] = [];
  for (const p of paras)
    for (const t of findTimexesNormalized(p.n, { anchor: null }, lang))
      if (t.precision === 'day' && t.value) {
        const d = parseIsoDay(t.value);
        if (d !== null) dated.push(d);
      }
  if (!dated.length) return { day: null };
  const today = todaysWeekdays(paras, lang);
  const agrees = (d: number) => !today.size || today.has(weekday(d));
  // weekdays the opening paragraphs name, «أمس الأحد» naming the day after
  const named = new Set<number>();
  for (const p of paras.slice(0, OPENING))
    for (const m of p.n.text.matchAll(lang.weekdayMention)) {
      const d = lang.weekdayByName.get(m[2]!);
      if (d !== undefined) named.add(m[1] ? (d + 1) % 7 : d);
    }
  const suggested = dated.filter((d) => named.has(weekday(d)));
  const fits = suggested.filter(agrees);
  if (fits.length) return { day: isoDay(fits.reduce((a, b) => Math.max(a, b))) };
  const said = [...today.values()].map((w) => `«${w}»`).join(', ');
  const against = (d: number, what: string): Inferred => ({
    day: null,
    warning: `${what} ${isoDay(d)}, a ${WEEKDAYS[weekday(d)]}, but the text says ${said}: no publication day inferred`,
  });
  // a dateline: the first body line opens with a full date
  const first = paras[1];
  if (first) {
    const t = findTimexesNormalized(first.n, { anchor: null }, lang)[0];
    if (t && t.precision === 'day' && t.start < 40 && t.value) {
      const d = parseIsoDay(t.value)!;
      return agrees(d) ? { day: t.value } : against(d, 'the dateline gives');
    }
  }
  const latest = suggested.reduce((a, b) => Math.max(a, b), -Infinity);
  return suggested.length ? against(latest, 'the opening paragraphs suggest') : { day: null };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const WORD2 = /\p{L}{2,}/gu;
/** Words of two letters or more in text[from, to), counted up to `max` (a bounded scan). */
function wordsUpTo(text: string, from: number, to: number, max: number): number {
  WORD2.lastIndex = from;
  let n = 0;
  for (let m = WORD2.exec(text); m && m.index + m[0].length <= to && n < max; m = WORD2.exec(text))
    n++;
  return n;
}

/** The line's opening before a dateline's date: a place, a slash or dash, an outlet («بغداد/ واع»). */
const PLACE = /^[\p{L}\s/\-،,:"()]*$/u;
/** After its date: perhaps the agency in parentheses, then the dash or colon the story starts at. */
const AFTER = /^\s*(?:\([^()]{1,40}\)\s*)?[-:]/u;

/**
 * A dateline: a paragraph that is only a place and a day («بغداد - 20 ديسمبر 2011»), or the
 * first body line opening with a place, a day and perhaps the agency before a dash
 * («بغداد 15/3/2022 (واع) - أعلنت …»). It dates the article; it reports nothing.
 */
export function isDateline(
  paragraph: { index: number; n: Normalized },
  t: { start: number; end: number; precision: string | null },
): boolean {
  if (paragraph.index === 0 || t.precision !== 'day') return false;
  const text = paragraph.n.text;
  if (wordsUpTo(text, 0, t.start, 3) + wordsUpTo(text, t.end, text.length, 3) <= 2) return true;
  return (
    paragraph.index === 1 &&
    t.start <= 120 &&
    wordsUpTo(text, 0, t.start, 4) <= 3 &&
    PLACE.test(text.slice(0, t.start)) &&
    AFTER.test(text.slice(t.end, t.end + 48))
  );
}
