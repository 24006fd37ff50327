// Day arithmetic on the proleptic Gregorian calendar in UTC, ISO weeks, and the day
// ranges a TimeML value covers. Days are counted from 1970-01-01 (no time zones).
import type { Mod, Precision } from '../model';

const DAY_MS = 86_400_000;

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

/** Date.UTC reads years 0–99 as 1900–1999: those years are set on their own. */
function utcMs(y: number, m0: number, d: number): number {
  return y < 0 || y > 99 ? Date.UTC(y, m0, d) : new Date(0).setUTCFullYear(y, m0, d);
}

export const dayNumber = (y: number, m: number, d: number): number => utcMs(y, m - 1, d) / DAY_MS;

export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const isoDay = (n: number): string => {
  const { y, m, d } = fromDayNumber(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
};

export function parseIsoDay(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(y, mo, d)) return null;
  return dayNumber(y, mo, d);
}

export const daysInMonth = (y: number, m: number): number => new Date(utcMs(y, m, 0)).getUTCDate();

/** The first and last days the contract's four-digit years can write (0000-01-01, 9999-12-31). */
export const FIRST_DAY = dayNumber(0, 1, 1);
export const LAST_DAY = dayNumber(9999, 12, 31);
/** A period the contract can write: within years 0000–9999 (NaN, from far beyond, is not). */
export const representable = (r: { start: number; end: number }): boolean =>
  r.start >= FIRST_DAY && r.end <= LAST_DAY;

export const isValidDate = (y: number, m: number, d: number): boolean =>
  Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (n: number): number => (((n + 4) % 7) + 7) % 7;

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(n: number): { year: number; week: number } {
  const thursday = n - ((weekday(n) + 6) % 7) + 3;
  const year = fromDayNumber(thursday).y;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return { year, week };
}

export function isoWeekStart(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4);
  const mondayWeek1 = jan4 - ((weekday(jan4) + 6) % 7);
  return mondayWeek1 + (week - 1) * 7;
}

export interface DateValue {
  value: string;
  precision: Precision;
  mod: Mod | null;
  /** Inclusive day numbers of the period the value names. */
  start: number;
  end: number;
}

export function dayValue(n: number, mod: Mod | null = null): DateValue {
  return { value: isoDay(n), precision: 'day', mod, start: n, end: n };
}

export function weekValue(n: number, mod: Mod | null = null): DateValue {
  const { year, week } = isoWeek(n);
  const start = isoWeekStart(year, week);
  return { value: `${pad(year, 4)}-W${pad(week)}`, precision: 'week', mod, start, end: start + 6 };
}

export function monthValue(y: number, m: number, mod: Mod | null = null): DateValue {
  return {
    value: `${pad(y, 4)}-${pad(m)}`,
    precision: 'month',
    mod,
    start: dayNumber(y, m, 1),
    end: dayNumber(y, m, daysInMonth(y, m)),
  };
}

export function yearValue(y: number, mod: Mod | null = null): DateValue {
  return {
    value: pad(y, 4),
    precision: 'year',
    mod,
    start: dayNumber(y, 1, 1),
    end: dayNumber(y, 12, 31),
  };
}

/** The part of a period a mod points at (a third of it), for comparing and drawing. */
export function modRange(v: Pick<DateValue, 'start' | 'end' | 'mod'>): {
  start: number;
  end: number;
} {
  const len = v.end - v.start + 1;
  const third = Math.max(1, Math.round(len / 3));
  switch (v.mod) {
    case 'START':
      return { start: v.start, end: v.start + third - 1 };
    case 'MID':
      return { start: v.start + third, end: v.end - third };
    case 'END':
      return { start: v.end - third + 1, end: v.end };
    default:
      return { start: v.start, end: v.end };
  }
}

/** Parses a TimeML value of this contract back into its range. */
export function valueRange(value: string): DateValue | null {
  let m = /^(\d{4})$/.exec(value);
  if (m) return yearValue(Number(m[1]));
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return monthValue(Number(m[1]), Number(m[2]));
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return weekValue(isoWeekStart(Number(m[1]), Number(m[2])));
  const d = parseIsoDay(value);
  return d === null ? null : dayValue(d);
}

// Hijri dates through the Umm al-Qura calendar that Intl carries, so no table is needed.
let hijriFormat: Intl.DateTimeFormat | null = null;
function hijriOf(n: number): Ymd {
  hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const parts = hijriFormat.formatToParts(new Date(n * DAY_MS));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value.replace(/\D/g, ''));
  return { y: get('year'), m: get('month'), d: get('day') };
}

/** Day number of a Hijri date (day 1 when d is omitted), or null when out of range. */
export function hijriToDay(y: number, m: number, d = 1): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 30) return null;
  // Arithmetic estimate (mean month 29.53 days from 16 July 622), then correct by lookup.
  const estimate = Math.round((y - 1) * 354.367 + (m - 1) * 29.53 + d - 1) - 492_148;
  for (let delta = -4; delta <= 4; delta++) {
    const h = hijriOf(estimate + delta);
    if (h.y === y && h.m === m && h.d === d) return estimate + delta;
  }
  return null;
}
