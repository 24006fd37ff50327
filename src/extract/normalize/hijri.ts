// A Hijri date (Umm al-Qura; its month a name or a number): a year alone is the Gregorian year of its middle, a month the
// Gregorian month of its 15th, a day that day.
import { dayValue, fromDayNumber, hijriToDay, monthValue, yearValue } from '../calendar';
import { dayOf, fail, modOf, okAt, type Normalizer } from './common';

export const hijri: Normalizer = ({ slots: g, anchor, tables: t }) => {
  const hy = Number(g.hyear);
  const hm = !g.hmonth
    ? null
    : /^\d+$/.test(g.hmonth)
      ? Number(g.hmonth)
      : (t.hijriMonths.get(t.key(g.hmonth)) ?? null);
  if (hm === null) {
    const mid = hijriToDay(hy, 7, 1);
    return mid === null
      ? fail('Hijri year out of range')
      : okAt(anchor, yearValue(fromDayNumber(mid).y));
  }
  const hday = dayOf(t, g);
  if (hday !== null) {
    const d = hijriToDay(hy, hm, hday);
    return d === null ? fail('not a real Hijri date') : okAt(anchor, dayValue(d));
  }
  const mid = hijriToDay(hy, hm, 15);
  if (mid === null) return fail('Hijri month out of range');
  const { y, m } = fromDayNumber(mid);
  return okAt(anchor, monthValue(y, m, modOf(t, g.part)));
};
