// Axis ticks whose density follows the zoom: years, then months, then days.
import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { dateFormat } from './locale';
import type { Window } from './window';

export type TickUnit = 'year' | 'month' | 'day';

export interface TickLevel {
  unit: TickUnit;
  step: number;
}

export interface Tick {
  time: number;
  label: string;
  /** A tick that opens a larger unit (a new year among months, a new month among days). */
  major: boolean;
}

// Candidate steps from finest to coarsest; the first whose ticks are far enough apart wins.
const levels: TickLevel[] = [
  { unit: 'day', step: 1 },
  { unit: 'day', step: 2 },
  { unit: 'day', step: 7 },
  { unit: 'day', step: 14 },
  { unit: 'month', step: 1 },
  { unit: 'month', step: 2 },
  { unit: 'month', step: 3 },
  { unit: 'month', step: 6 },
  { unit: 'year', step: 1 },
  { unit: 'year', step: 2 },
  { unit: 'year', step: 5 },
  { unit: 'year', step: 10 },
  { unit: 'year', step: 25 },
  { unit: 'year', step: 50 },
];

const approxMs: Record<TickUnit, number> = {
  day: 86_400_000,
  month: 30.44 * 86_400_000,
  year: 365.25 * 86_400_000,
};

/** Labels need about this much room; month and day labels are wider than a year. */
export const minTickPx: Record<TickUnit, number> = { year: 56, month: 96, day: 96 };

export function tickLevel(window: Window, width: number): TickLevel {
  const msPerPx = (window.end - window.start) / Math.max(width, 1);
  for (const l of levels) {
    if ((approxMs[l.unit] * l.step) / msPerPx >= minTickPx[l.unit]) return l;
  }
  return levels[levels.length - 1]!;
}

function interval({ unit, step }: TickLevel): TimeInterval {
  if (unit === 'year') return utcYear.every(step) ?? utcYear;
  if (unit === 'month') return utcMonth.every(step) ?? utcMonth;
  // Day steps count from the 1st of each month and skip a last tick too close to the next 1st.
  if (step === 1) return utcDay;
  return utcDay.filter((d) => {
    const day = d.getUTCDate();
    const monthDays = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    return (day - 1) % step === 0 && day + step <= monthDays + 1;
  });
}

const formats: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'long' },
  day: { day: 'numeric', month: 'long' },
};
const majorFormats: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  day: { day: 'numeric', month: 'long', year: 'numeric' },
};

function isMajor(unit: TickUnit, d: Date): boolean {
  if (unit === 'year') return d.getUTCFullYear() % 10 === 0;
  if (unit === 'month') return d.getUTCMonth() === 0;
  return d.getUTCDate() === 1;
}

/** Ticks inside the window, labelled in the UI locale; the first tick carries the year. */
export function ticks(window: Window, width: number, localeTag: string): Tick[] {
  const level = tickLevel(window, width);
  const dates = interval(level).range(new Date(window.start), new Date(window.end + 1));
  return dates.map((d, i) => {
    const major = isMajor(level.unit, d);
    const fmt = major || i === 0 ? majorFormats[level.unit] : formats[level.unit];
    return { time: d.getTime(), label: dateFormat(localeTag, fmt).format(d), major };
  });
}
