// Normalisation: the named groups of a rule match -> a TimeML value, anchored to the
// publication day for relative expressions, tense-aware where the text leaves a choice.
import type { Mod } from '../model';
import {
  modRange,
  valueRange,
  dayNumber,
  dayValue,
  fromDayNumber,
  hijriToDay,
  isValidDate,
  monthValue,
  representable,
  weekValue,
  weekday as weekdayOf,
  yearValue,
  type DateValue,
} from './calendar';
import {
  cardinalByName,
  decadeUnit,
  dualByName,
  enMonthByName,
  hijriMonthByName,
  listOf,
  monthByName,
  ordinalByName,
  phraseKey,
  weekdayByName,
} from './patterns';
import { lexicon } from './rules';
import type { Tense } from './tense';

export type Groups = Partial<Record<string, string>>;

export type Resolution =
  { ok: true; date: DateValue; after: boolean } | { ok: false; reason: string };

const key = (s: string | undefined) => (s ? phraseKey(s) : '');
const fail = (reason: string): Resolution => ({ ok: false, reason });

function modOf(part: string | undefined): Mod | null {
  if (!part) return null;
  const l = listOf(part, ['PART_START', 'PART_MID', 'PART_END']);
  return l ? ((lexicon.lists[l]?.mod as Mod | undefined) ?? null) : null;
}

function relOffset(rel: string | undefined): number | null {
  if (!rel) return null;
  const l = listOf(rel, ['REL_PAST', 'REL_NOW', 'REL_NEXT']);
  return l ? (lexicon.lists[l]?.offset ?? null) : null;
}

function numberOf(s: string | undefined): number | null {
  if (!s) return null;
  if (/^\d+$/.test(s)) return Number(s);
  return cardinalByName.get(key(s)) ?? null;
}

function monthOf(g: Groups): number | null {
  if (g.mnum) return Number(g.mnum);
  if (g.enmonth) return enMonthByName.get(key(g.enmonth).replace(/\.$/, '')) ?? null;
  if (g.month) return monthByName.get(key(g.month)) ?? null;
  return null;
}

/**
 * Year of a month named without one: الماضي/المقبل say which way; else a future verb -> the
 * next such month, a past verb -> the most recent, no verb (a headline) -> the anchor's year.
 */
function yearForMonth(month: number, anchor: number, rel: number | null, tense: Tense): number {
  const a = fromDayNumber(anchor);
  if (rel === -1) return month < a.m ? a.y : a.y - 1;
  if (rel === 1) return month > a.m ? a.y : a.y + 1;
  if (rel === 0) return a.y;
  if (tense === 'future') return month >= a.m ? a.y : a.y + 1;
  if (tense === 'past') return month <= a.m ? a.y : a.y - 1;
  return a.y;
}

function shiftMonth(anchor: number, by: number): { y: number; m: number } {
  const a = fromDayNumber(anchor);
  const t = a.y * 12 + (a.m - 1) + by;
  return { y: Math.floor(t / 12), m: (t % 12) + 1 };
}

function weekdayNear(anchor: number, target: number, rel: number | null, tense: Tense): number {
  const future = tense === 'future';
  const diff = target - weekdayOf(anchor);
  if (rel === -1) return anchor + (diff < 0 ? diff : diff - 7);
  if (rel === 1) return anchor + (diff > 0 ? diff : diff + 7);
  if (future) return anchor + (diff >= 0 ? diff : diff + 7);
  return anchor + (diff <= 0 ? diff : diff - 7);
}

type Unit = 'day' | 'week' | 'month' | 'year';

function unitOf(unit: string): Unit | null {
  const l = listOf(unit, ['UNIT_DAY', 'UNIT_WEEK', 'UNIT_MONTH', 'UNIT_YEAR']);
  return l ? ((lexicon.lists[l]?.unit as Unit | undefined) ?? null) : null;
}

function periodValue(
  unit: 'day' | 'week' | 'month' | 'year',
  anchor: number,
  by: number,
  mod: Mod | null,
): DateValue {
  if (unit === 'day') return dayValue(anchor + by, mod);
  if (unit === 'week') return weekValue(anchor + 7 * by, mod);
  if (unit === 'month') {
    const { y, m } = shiftMonth(anchor, by);
    return monthValue(y, m, mod);
  }
  return yearValue(fromDayNumber(anchor).y + by, mod);
}

const NO_ANCHOR = 'relative expression and the article has no publication date';

/** A date outside the years 0000–9999 («غدا» of 9999-12-31) cannot be written: it stays undated. */
export function resolve(...args: Parameters<typeof resolveGroups>): Resolution {
  const r = resolveGroups(...args);
  return r.ok && !representable(r.date)
    ? fail('outside the years 0000–9999 the contract writes')
    : r;
}

function resolveGroups(
  g: Groups,
  anchor: number | null,
  tense: Tense,
  fixed?: string,
  previous?: DateValue | null,
  previousFine?: DateValue | null,
): Resolution {
  const mod = modOf(g.part);
  const rel = relOffset(g.rel);
  const ok = (date: DateValue): Resolution => ({
    ok: true,
    date,
    after: anchor !== null && modRange(date).start > anchor,
  });

  if (fixed) {
    const v = valueRange(fixed);
    return v ? ok(v) : fail(`rule value ${fixed} is not a TimeML value`);
  }
  if (g.same || g.that) return anaphoric(g, previous ?? null, previousFine ?? null, modOf(g.part));
  if (g.decade) return fail('a decade: no TimeML value of this contract names it');

  if (g.hyear) {
    const hy = Number(g.hyear);
    const hm = g.hmonth ? (hijriMonthByName.get(key(g.hmonth)) ?? null) : null;
    if (hm === null) {
      const mid = hijriToDay(hy, 7, 1);
      return mid === null ? fail('Hijri year out of range') : ok(yearValue(fromDayNumber(mid).y));
    }
    const hday = g.day ? Number(g.day) : g.dayord ? ordinalByName.get(key(g.dayord)) : undefined;
    if (hday !== undefined) {
      const d = hijriToDay(hy, hm, hday);
      return d === null ? fail('not a real Hijri date') : ok(dayValue(d));
    }
    const mid = hijriToDay(hy, hm, 15);
    if (mid === null) return fail('Hijri month out of range');
    const { y, m } = fromDayNumber(mid);
    return ok(monthValue(y, m, mod));
  }

  const month = monthOf(g);
  const day = g.day ? Number(g.day) : g.dayord ? (ordinalByName.get(key(g.dayord)) ?? null) : null;

  if (g.year) {
    const y = Number(g.year);
    if (month === null) return ok(yearValue(y, mod));
    if (day === null) return ok(monthValue(y, month, mod));
    return isValidDate(y, month, day)
      ? ok(dayValue(dayNumber(y, month, day)))
      : fail('not a real date');
  }

  if (month !== null && (g.ysame || (g.ythat && listOf(g.ythat, ['THAT'])))) {
    if (!previous) return fail('refers to a year named before it, and none was');
    const y = fromDayNumber(previous.start).y + (listOf(g.ysame ?? '', ['NEXT_PERIOD']) ? 1 : 0);
    if (day === null) return ok(monthValue(y, month, mod));
    return isValidDate(y, month, day)
      ? ok(dayValue(dayNumber(y, month, day)))
      : fail('not a real date');
  }

  if (month !== null) {
    if (anchor === null) return fail(NO_ANCHOR);
    const y = g.yperiod
      ? fromDayNumber(anchor).y + (relOffset(g.yrel) ?? 0)
      : yearForMonth(month, anchor, rel, tense);
    if (day === null) return ok(monthValue(y, month, mod));
    return isValidDate(y, month, day)
      ? ok(dayValue(dayNumber(y, month, day)))
      : fail('not a real date');
  }

  if (anchor === null) return fail(NO_ANCHOR);

  if (g.period) {
    const unit = key(g.period) === key('الشهر') ? 'month' : periodUnit(g.period);
    if (!unit) return fail('unknown period');
    const by = rel ?? 0;
    if (day !== null) {
      const { y, m } = shiftMonth(anchor, by);
      return isValidDate(y, m, day) ? ok(dayValue(dayNumber(y, m, day))) : fail('not a real date');
    }
    const value = periodValue(unit, anchor, by, mod);
    // «later this year» points after the publication day even though the value is the year
    if (g.later && listOf(g.later, ['LATER'])) return { ok: true, date: value, after: true };
    return ok(value);
  }

  if (g.deixis) {
    const l = listOf(g.deixis, [
      'DEIXIS_TODAY',
      'DEIXIS_YESTERDAY',
      'DEIXIS_BEFORE_YESTERDAY',
      'DEIXIS_TOMORROW',
      'DEIXIS_AFTER_TOMORROW',
    ]);
    const by = l ? (lexicon.lists[l]?.offset ?? 0) : 0;
    return ok(dayValue(anchor + by));
  }

  if (g.weekday) {
    const target = weekdayByName.get(key(g.weekday));
    if (target === undefined) return fail('unknown weekday');
    return ok(dayValue(weekdayNear(anchor, target, rel, tense)));
  }

  if (g.unit && g.dir) {
    const unit = unitOf(g.unit);
    if (!unit) return fail('unknown unit');
    let n = numberOf(g.num) ?? dualByName.get(key(g.unit)) ?? 1;
    if (decadeUnit.has(key(g.unit))) n *= 10;
    const sign = key(g.dir) === key('بعد') ? 1 : -1;
    return ok(periodValue(unit, anchor, sign * n, g.approx ? 'APPROX' : null));
  }

  return fail('no rule to normalise this expression');
}

/** «في العام نفسه»، «الشهر التالي»: the period of (or after) the date named just before. */
function anaphoric(
  g: Groups,
  any: DateValue | null,
  fine: DateValue | null,
  mod: Mod | null,
): Resolution {
  const unit = periodUnit(g.period ?? g.period2 ?? '') ?? 'year';
  // «الشهر نفسه» needs a date that named a month, not just a year
  const previous = unit === 'year' ? any : (fine ?? any);
  if (!previous) return fail('refers to a date named before it, and none was');
  const by = listOf(g.same ?? '', ['NEXT_PERIOD']) ? 1 : 0;
  const month = monthOf(g);
  const day = g.day ? Number(g.day) : g.dayord ? (ordinalByName.get(key(g.dayord)) ?? null) : null;
  const p = fromDayNumber(previous.start);
  if (unit === 'month' && day !== null) {
    const { y, m } = shiftMonth(previous.start, by);
    return isValidDate(y, m, day)
      ? { ok: true, date: dayValue(dayNumber(y, m, day)), after: false }
      : fail('not a real date');
  }
  const date =
    month !== null && unit === 'year'
      ? monthValue(p.y + by, month, mod)
      : periodValue(unit, previous.start, by, mod);
  return { ok: true, date, after: false };
}

function periodUnit(period: string): Unit | null {
  const l = listOf(period, ['PERIOD_DAY', 'PERIOD_WEEK', 'PERIOD_MONTH', 'PERIOD_YEAR']);
  return l ? ((lexicon.lists[l]?.unit as Unit | undefined) ?? null) : null;
}
