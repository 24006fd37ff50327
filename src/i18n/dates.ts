// Dates written as precisely as the sources allow, through Intl with the ar locale:
// «2014»، «سبتمبر 2014»، «22 يوليو 2024». Month names and digits follow the preferences;
// the locale tag and the period label are the timeline's, so axis and panels agree.
import type { TimelineDate } from '../model';
import { dateFormat, localeTag, parseDay, periodLabel, type LocaleChoice } from '../timeline';

export type DateStyle = LocaleChoice;

/** BCP 47 locale: Iraqi (تموز) or Egyptian (يوليو) month names, latn or arab digits. */
export const dateLocale = (style: DateStyle): string => localeTag(style);

export function formatDay(iso: string, style: DateStyle): string {
  return dateFormat(localeTag(style), { day: 'numeric', month: 'long', year: 'numeric' }).format(
    parseDay(iso),
  );
}

export function formatMonth(ms: number, style: DateStyle): string {
  return dateFormat(localeTag(style), { month: 'long', year: 'numeric' }).format(ms);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the chosen digits; counts are grouped (100,000), years are not. */
export function formatNumber(n: number, style: DateStyle, grouped = false): string {
  const key = `${localeTag(style)}|${grouped}`;
  let f = numberFormats.get(key);
  // A NumberFormat costs far more to make than to use: lists format hundreds of numbers.
  if (!f)
    numberFormats.set(key, (f = new Intl.NumberFormat(localeTag(style), { useGrouping: grouped })));
  return f.format(n);
}

/** A count of things, grouped by thousands. */
export const formatCount = (n: number, style: DateStyle): string => formatNumber(n, style, true);

type Translate = (key: string, options: Record<string, unknown>) => string;

/** The event's date at its own precision, with a week and START/MID/END/APPROX written out. */
export function formatEventDate(date: TimelineDate, style: DateStyle, t: Translate): string {
  const period = periodLabel(date, localeTag(style));
  const base = date.precision === 'week' ? t('date.weekOf', { date: period }) : period;
  return date.mod ? t(`date.${date.mod}`, { date: base }) : base;
}
