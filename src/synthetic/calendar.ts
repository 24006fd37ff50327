// Day arithmetic (UTC day numbers) and the Arabic wording of dates at each precision.
import type { Mod, Precision, TimelineDate } from '../model';
import type { Random } from './random';

const DAY_MS = 86_400_000;

export const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

const LEVANT = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
];
const EGYPT = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];
const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const INDIC = '٠١٢٣٤٥٦٧٨٩';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Year, month (1-12) and day of month of a day number. */
export function partsOf(day: number): { y: number; m: number; d: number } {
  const t = new Date(day * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** ISO 8601 week: Monday-based, week 1 holds the year's first Thursday. */
export function isoWeekOf(day: number): { year: number; week: number; monday: number } {
  const monday = day - ((weekdayOf(day) + 6) % 7);
  const thursday = monday + 3;
  const year = partsOf(thursday).y;
  const jan1 = dayOf(`${year}-01-01`);
  return { year, week: Math.floor((thursday - jan1) / 7) + 1, monday };
}

/** The contract's date object for the period of `precision` that holds `day`. */
export function dateAt(day: number, precision: Precision, mod: Mod | null): TimelineDate {
  const { y, m } = partsOf(day);
  switch (precision) {
    case 'day':
      return { value: isoOf(day), precision, mod, start: isoOf(day), end: isoOf(day) };
    case 'week': {
      const w = isoWeekOf(day);
      const value = `${w.year}-W${pad(w.week)}`;
      return { value, precision, mod, start: isoOf(w.monday), end: isoOf(w.monday + 6) };
    }
    case 'month': {
      const first = dayOf(`${y}-${pad(m)}-01`);
      const next = m === 12 ? dayOf(`${y + 1}-01-01`) : dayOf(`${y}-${pad(m + 1)}-01`);
      return { value: `${y}-${pad(m)}`, precision, mod, start: isoOf(first), end: isoOf(next - 1) };
    }
    case 'year':
      return { value: String(y), precision, mod, start: `${y}-01-01`, end: `${y}-12-31` };
  }
}

/** Digits as the press writes them: mostly Latin, sometimes Arabic-Indic. */
function digits(random: Random, n: number | string): string {
  const s = String(n);
  return random.chance(0.15) ? s.replace(/\d/g, (c) => INDIC[Number(c)] ?? c) : s;
}

function monthName(random: Random, m: number): string {
  const levant = LEVANT[m - 1] ?? '';
  const egypt = EGYPT[m - 1] ?? '';
  return random.weighted<string>([
    [levant, 4],
    [egypt, 4],
    [`${egypt}/ ${levant}`, 1],
    [`${levant} (${egypt})`, 1],
  ]);
}

const MOD_WORDS: Record<Mod, string[]> = {
  START: ['مطلع', 'أوائل', 'بداية'],
  MID: ['منتصف', 'أواسط'],
  END: ['أواخر', 'نهاية', 'آخر'],
  APPROX: ['نحو', 'حوالي'],
};

/**
 * How an article published on `published` (or with no date) words `date`, which holds
 * `day`. Relative words are used only when they resolve to the same value.
 */
export function timexText(
  random: Random,
  date: TimelineDate,
  day: number,
  published: number | null,
): string {
  const { y, m, d } = partsOf(day);
  const modWord = date.mod ? `${random.pick(MOD_WORDS[date.mod])} ` : '';
  switch (date.precision) {
    case 'day': {
      const wd = WEEKDAYS[weekdayOf(day)] ?? '';
      if (published === day && random.chance(0.6)) return random.pick([`اليوم ${wd}`, 'اليوم']);
      if (published === day + 1 && random.chance(0.6)) return random.pick([`أمس ${wd}`, 'أمس']);
      return random.weighted<string>([
        [`${digits(random, d)} ${monthName(random, m)} ${digits(random, y)}`, 5],
        [`يوم ${wd} ${digits(random, d)} ${monthName(random, m)} ${digits(random, y)}`, 2],
        [`${digits(random, `${d}/${m}/${y}`)}`, 1],
        [`${EN_MONTHS[m - 1]} ${d}, ${y}`, 0.3],
      ]);
    }
    case 'week': {
      if (published !== null) {
        const here = isoWeekOf(published).monday;
        const there = isoWeekOf(day).monday;
        if (here === there) return random.pick(['الأسبوع الجاري', 'هذا الأسبوع']);
        if (here - 7 === there) return 'الأسبوع الماضي';
      }
      const w = isoWeekOf(day);
      return `الأسبوع ${digits(random, w.week)} من عام ${digits(random, w.year)}`;
    }
    case 'month': {
      if (published !== null && !date.mod) {
        const p = partsOf(published);
        if (p.y === y && p.m === m && random.chance(0.5))
          return random.pick(['الشهر الجاري', 'الشهر الحالي']);
        if (p.y * 12 + p.m - (y * 12 + m) === 1 && random.chance(0.5)) return 'الشهر الماضي';
      }
      return `${modWord}${random.pick(['', 'شهر '])}${monthName(random, m)} ${digits(random, y)}`;
    }
    case 'year': {
      if (published !== null && !date.mod && partsOf(published).y === y && random.chance(0.4))
        return random.pick(['العام الجاري', 'هذا العام']);
      return `${modWord}${random.pick(['عام ', 'العام ', 'سنة ', ''])}${digits(random, y)}`;
    }
  }
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A relative expression that only a publication date could anchor. */
export function relativeText(random: Random): string {
  return random.pick([
    'الشهر الماضي',
    'الأسبوع المقبل',
    'أمس الأحد',
    'العام الماضي',
    'الخميس الماضي',
  ]);
}
