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
