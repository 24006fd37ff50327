// Time -> x. In right-to-left reading the range is reversed, so the earliest date is on the right.
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { Window } from './window';

export type Direction = 'rtl' | 'ltr';

export function directionOf(lang: 'ar' | 'en'): Direction {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

export function timeScale(
  window: Window,
  width: number,
  dir: Direction,
): ScaleTime<number, number> {
  const range: [number, number] = dir === 'rtl' ? [width, 0] : [0, width];
  return scaleUtc()
    .domain([new Date(window.start), new Date(window.end)])
    .range(range);
}

/** The same mapping without Date allocation, for hot loops over many marks. */
export function linearX(window: Window, width: number, dir: Direction): (t: number) => number {
  const k = width / (window.end - window.start);
  return dir === 'rtl' ? (t) => width - (t - window.start) * k : (t) => (t - window.start) * k;
}
