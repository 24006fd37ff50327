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

function ticksAt(level: TickLevel, window: Window, localeTag: string): Tick[] {
  const dates = interval(level).range(new Date(window.start), new Date(window.end + 1));
  return dates.map((d, i) => {
    const major = isMajor(level.unit, d);
    const fmt = major || i === 0 ? majorFormats[level.unit] : formats[level.unit];
    return { time: d.getTime(), label: dateFormat(localeTag, fmt).format(d), major };
  });
}

/** A label's width at the axis's 11 px, generously (Arabic letters and digits ≤ 6.8 px). */
export const labelWidth = (label: string) => label.length * 6.8;
const LABEL_GAP_PX = 10;

/** Do neighbouring labels keep apart? Long month names («تشرين الأول», «كانون الثاني 2025»)
 * need more room than the unit's minimum spacing gives. */
function labelsFit(ticks: Tick[], msPerPx: number): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const gap = (ticks[i]!.time - ticks[i - 1]!.time) / msPerPx;
    const need = (labelWidth(ticks[i]!.label) + labelWidth(ticks[i - 1]!.label)) / 2;
    if (gap < need + LABEL_GAP_PX) return false;
  }
  return true;
}

/** Ticks inside the window, labelled in the UI locale; the first tick carries the year. The
 * finest level whose labels do not run into each other. */
export function ticks(window: Window, width: number, localeTag: string): Tick[] {
  const msPerPx = (window.end - window.start) / Math.max(width, 1);
  let at = levels.indexOf(tickLevel(window, width));
  for (; at < levels.length - 1; at++) {
    const out = ticksAt(levels[at]!, window, localeTag);
    if (labelsFit(out, msPerPx)) return out;
  }
  return ticksAt(levels[levels.length - 1]!, window, localeTag);
}
