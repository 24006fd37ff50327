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
