// What the normalisers share: the slots of a match, the tables they look words up in, and
// the calendar steps (a month's year from the tense, the nearest weekday, a shifted period).
import type { Mod } from '../../model';
import {
  dayValue,
  fromDayNumber,
  modRange,
  monthValue,
  weekValue,
  weekday as weekdayOf,
  yearValue,
  type DateValue,
} from '../calendar';
import type { Tense } from '../tense';

/** A match's named parts, as normalised text ('' or absent when the part took nothing). */
export type Slots = Partial<Record<string, string>>;

export type Resolution =
  { ok: true; date: DateValue; after: boolean } | { ok: false; reason: string };

export type Unit = 'day' | 'week' | 'month' | 'year';

/** The word tables of a language, by normalised phrase. */
export interface TimexTables {
  months: ReadonlyMap<string, number>;
  englishMonths: ReadonlyMap<string, number>;
  hijriMonths: ReadonlyMap<string, number>;
  weekdays: ReadonlyMap<string, number>;
  ordinals: ReadonlyMap<string, number>;
  cardinals: ReadonlyMap<string, number>;
  duals: ReadonlyMap<string, number>;
  decadeUnits: ReadonlySet<string>;
  /** The first of `names` (lexicon lists) that holds the phrase. */
  listOf(phrase: string, names: readonly string[]): string | undefined;
  /** A lexicon list's attributes. */
  list(name: string): { mod?: Mod | null; unit?: string; offset?: number } | undefined;
  /** Normalised phrase with single spaces. */
  key(phrase: string): string;
}

export interface NormalizeContext {
  slots: Slots;
  anchor: number | null;
  /** The tense of the clause around the expression, worked out when asked. */
  tense: () => Tense;
  previous: DateValue | null;
  previousFine: DateValue | null;
  /** The rule's fixed value, if it has one. */
  value: string | undefined;
  /** The date the text gives a happening named by this word («الانتخابات»), if it gives one. */
  happening?: (word: string) => DateValue | null;
  tables: TimexTables;
}

export type Normalizer = (c: NormalizeContext) => Resolution;

export const fail = (reason: string): Resolution => ({ ok: false, reason });
export const NO_ANCHOR = 'relative expression and the article has no publication date';

/** A value, flagged when it points after the publication day. */
export function okAt(anchor: number | null, date: DateValue): Resolution {
  return { ok: true, date, after: anchor !== null && modRange(date).start > anchor };
}

export function modOf(t: TimexTables, part: string | undefined): Mod | null {
  if (!part) return null;
  const l = t.listOf(part, ['PART_START', 'PART_MID', 'PART_END']);
  return l ? (t.list(l)?.mod ?? null) : null;
}

export function relOffset(t: TimexTables, rel: string | undefined): number | null {
  if (!rel) return null;
  const l = t.listOf(rel, ['REL_PAST', 'REL_NOW', 'REL_NEXT']);
  return l ? (t.list(l)?.offset ?? null) : null;
}

export function numberOf(t: TimexTables, s: string | undefined): number | null {
  if (!s) return null;
  if (/^\d+$/.test(s)) return Number(s);
  return t.cardinals.get(t.key(s)) ?? null;
}

export function monthOf(t: TimexTables, g: Slots): number | null {
  if (g.mnum) return Number(g.mnum);
  if (g.enmonth) return t.englishMonths.get(t.key(g.enmonth).replace(/\.$/, '')) ?? null;
  if (g.month) return t.months.get(t.key(g.month)) ?? null;
  return null;
}

export function dayOf(t: TimexTables, g: Slots): number | null {
  if (g.day) return Number(g.day);
  if (g.dayord) return t.ordinals.get(t.key(g.dayord)) ?? null;
  return null;
}

/**
 * Year of a month named without one: الماضي/المقبل say which way; else a future verb -> the
 * next such month, a past verb -> the most recent, no verb (a headline) -> the anchor's year.
 */
export function yearForMonth(
  month: number,
  anchor: number,
  rel: number | null,
  tense: Tense,
): number {
  const a = fromDayNumber(anchor);
  if (rel === -1) return month < a.m ? a.y : a.y - 1;
  if (rel === 1) return month > a.m ? a.y : a.y + 1;
  if (rel === 0) return a.y;
  if (tense === 'future') return month >= a.m ? a.y : a.y + 1;
  if (tense === 'past') return month <= a.m ? a.y : a.y - 1;
  return a.y;
}

export function shiftMonth(anchor: number, by: number): { y: number; m: number } {
  const a = fromDayNumber(anchor);
  const t = a.y * 12 + (a.m - 1) + by;
  return { y: Math.floor(t / 12), m: (t % 12) + 1 };
}

/** The day named `target` (0 = Sunday) nearest `day`, at most three days away. */
export function nearestWeekday(day: number, target: number): number {
  let diff = (((target - weekdayOf(day)) % 7) + 7) % 7;
  if (diff > 3) diff -= 7;
  return day + diff;
}

/**
 * The weekday nearest the anchor: before it in a report, after it in an announcement. With
 * الماضي/المقبل it is not the day just before or after (that one news calls أمس or غدا):
 * «الاثنين الماضي» written on a Tuesday is the Monday of the week before.
 */
export function weekdayNear(
  anchor: number,
  target: number,
  rel: number | null,
  tense: Tense,
): number {
  const diff = target - weekdayOf(anchor);
  if (rel === -1) return anchor + (diff < -1 ? diff : diff - 7);
  if (rel === 1) return anchor + (diff > 1 ? diff : diff + 7);
  if (tense === 'future') return anchor + (diff >= 0 ? diff : diff + 7);
  return anchor + (diff <= 0 ? diff : diff - 7);
}

export function unitOf(t: TimexTables, word: string, lists: readonly string[]): Unit | null {
  const l = t.listOf(word, lists);
  return l ? ((t.list(l)?.unit as Unit | undefined) ?? null) : null;
}

export const periodUnit = (t: TimexTables, period: string): Unit | null =>
  unitOf(t, period, ['PERIOD_DAY', 'PERIOD_WEEK', 'PERIOD_MONTH', 'PERIOD_YEAR']);

/** The period `by` steps from the anchor's (the day, its ISO week, its month, its year). */
export function periodValue(unit: Unit, anchor: number, by: number, mod: Mod | null): DateValue {
  if (unit === 'day') return dayValue(anchor + by, mod);
  if (unit === 'week') return weekValue(anchor + 7 * by, mod);
  if (unit === 'month') {
    const { y, m } = shiftMonth(anchor, by);
    return monthValue(y, m, mod);
  }
  return yearValue(fromDayNumber(anchor).y + by, mod);
}
