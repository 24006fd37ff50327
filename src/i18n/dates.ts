// Dates written as precisely as the sources allow, through Intl with the ar locale:
// «2014»، «سبتمبر 2014»، «22 يوليو 2024». Month names and digits follow the preferences.
import type { TimelineDate } from '../model';
import type { DigitStyle, MonthStyle } from '../ui/timeline/props';
import type { Language } from './index';

export interface DateStyle {
  lang: Language;
  digits: DigitStyle;
  months: MonthStyle;
}

/** BCP 47 locale: Iraqi (تموز) or Egyptian (يوليو) month names, latn or arab digits. */
export function dateLocale({ lang, digits, months }: DateStyle): string {
  if (lang === 'en') return 'en-GB-u-nu-latn';
  return `${months === 'levant' ? 'ar-IQ' : 'ar-EG'}-u-nu-${digits}`;
}

const OPTIONS = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, unit: keyof typeof OPTIONS): Intl.DateTimeFormat {
  const key = `${locale}|${unit}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...OPTIONS[unit], timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

/** UTC milliseconds of a YYYY-MM-DD day. */
export function dayMs(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

export function formatDay(iso: string, style: DateStyle): string {
  return formatter(dateLocale(style), 'day').format(dayMs(iso));
}

export function formatInstant(ms: number, unit: 'day' | 'month' | 'year', style: DateStyle) {
  return formatter(dateLocale(style), unit).format(ms);
}

export function formatNumber(n: number, style: DateStyle): string {
  return new Intl.NumberFormat(dateLocale(style), { useGrouping: false }).format(n);
}

type Translate = (key: string, options: Record<string, unknown>) => string;

/** The event's date at its own precision, with START/MID/END/APPROX written out. */
export function formatEventDate(date: TimelineDate, style: DateStyle, t: Translate): string {
  const ms = dayMs(date.start);
  const base =
    date.precision === 'week'
      ? t('date.weekOf', { date: formatter(dateLocale(style), 'day').format(ms) })
      : formatter(dateLocale(style), date.precision).format(ms);
  return date.mod ? t(`date.${date.mod}`, { date: base }) : base;
}
