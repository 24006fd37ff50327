// Honest dates: a day is a point, coarser precisions are a band over the period they cover.
import type { TimelineDate } from '../model';
import { DAY_MS, parseDay } from './time';

export interface Extent {
  /** UTC ms, inclusive. */
  start: number;
  /** UTC ms, exclusive: the end of the last covered day (or of the mod's part of it). */
  end: number;
  /** True for day precision: drawn as a point at the middle of the day. */
  point: boolean;
}

/** The part of the period a mod points at: START, MID and END take a third each. */
const modPart: Record<string, [number, number]> = {
  START: [0, 1 / 3],
  MID: [1 / 3, 2 / 3],
  END: [2 / 3, 1],
};

export function eventExtent(date: TimelineDate): Extent {
  return bandExtent(date.precision, date.mod, parseDay(date.start), parseDay(date.end) + DAY_MS);
}

/** The extent from the date's parts: start of the first day, end of the last (UTC ms). */
export function bandExtent(
  precision: TimelineDate['precision'],
  mod: TimelineDate['mod'],
  start: number,
  end: number,
): Extent {
  if (precision === 'day') return { start, end, point: true };
  const part = mod ? modPart[mod] : undefined;
  if (!part) return { start, end, point: false };
  const span = end - start;
  // Round to whole days so the band edges fall on calendar boundaries.
  const from = start + Math.round((span * part[0]) / DAY_MS) * DAY_MS;
  const to = start + Math.round((span * part[1]) / DAY_MS) * DAY_MS;
  return { start: from, end: to, point: false };
}

/** The time a point mark sits at (the middle of its day); bands use their edges. */
export function pointTime(e: Extent): number {
  return (e.start + e.end) / 2;
}
