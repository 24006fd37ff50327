// The date of an event written at its precision: «2014», «سبتمبر 2014», «22 يوليو 2024».
import type { TimelineDate } from '../model';
import { dateFormat } from './locale';
import { parseDay } from './time';

const byPrecision: Record<TimelineDate['precision'], Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  week: { day: 'numeric', month: 'long', year: 'numeric' },
  day: { day: 'numeric', month: 'long', year: 'numeric' },
};

/** The date itself; a week is named by its first day (the UI adds «أسبوع» and the mod). */
export function periodLabel(date: TimelineDate, localeTag: string): string {
  return dateFormat(localeTag, byPrecision[date.precision]).format(parseDay(date.start));
}

/** A year as the UI writes it, for «حدثان قبل 2014». */
export function yearLabel(t: number, localeTag: string): string {
  return dateFormat(localeTag, { year: 'numeric' }).format(t);
}

/**
 * The window's edge as a reader would say it: «قبل 2014» when the window opens on 1 January 2014,
 * «بعد 2024» when it closes at the end of 2024; months or days when the edge falls inside one.
 */
export function edgeLabel(t: number, side: 'before' | 'after', localeTag: string): string {
  const d = new Date(t);
  const onYear = d.getUTCMonth() === 0 && d.getUTCDate() === 1 && t % 86_400_000 === 0;
  const onMonth = d.getUTCDate() === 1 && t % 86_400_000 === 0;
  // The window's end is exclusive: the last instant shown belongs to the period before it.
  const at = side === 'after' && (onYear || onMonth) ? t - 1 : t;
  const options: Intl.DateTimeFormatOptions = onYear
    ? { year: 'numeric' }
    : onMonth
      ? { month: 'long', year: 'numeric' }
      : { day: 'numeric', month: 'long', year: 'numeric' };
  return dateFormat(localeTag, options).format(at);
}
