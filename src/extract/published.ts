// The publication day from the text when no sidecar gives it: a full date whose weekday the
// opening paragraphs name («أمس الأحد» naming the day after), else a dateline (the first body
// line opening with a full date).
import { isoDay, parseIsoDay, weekday } from './calendar';
import type { Language } from './language';
import type { Normalized } from './text';
import { findTimexesNormalized } from './timex';

export interface Inferred {
  day: string | null;
  /** Why a day the text suggests was not taken. */
  warning?: string;
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
  // weekdays the opening paragraphs name, «أمس الأحد» naming the day after
  const named = new Set<number>();
  for (const p of paras.slice(0, 3))
    for (const m of p.n.text.matchAll(lang.weekdayMention)) {
      const d = lang.weekdayByName.get(m[2]!);
      if (d !== undefined) named.add(m[1] ? (d + 1) % 7 : d);
    }
  const fits = dated.filter((d) => named.has(weekday(d)));
  if (fits.length) return { day: isoDay(fits.reduce((a, b) => Math.max(a, b))) };
  // a dateline: the first body line opens with a full date
  const first = paras[1];
  if (first) {
    const t = findTimexesNormalized(first.n, { anchor: null }, lang)[0];
    if (t && t.precision === 'day' && t.start < 40 && t.value) return { day: t.value };
  }
  return { day: null };
}
