// The visible window and the data's extent, in UTC ms (structurally the UI's TimeWindow).
import type { Timeline } from '../model';
import { eventExtent } from './band';

export interface Window {
  start: number;
  end: number;
}

/** The window of a timeline with no events (any other opens where its events are, firstWindow.ts). */
export const defaultWindow: Window = {
  start: Date.UTC(2014, 0, 1),
  end: Date.UTC(2025, 0, 1),
};

/** The span covered by every event (bands included), or null for an empty timeline. */
export function dataExtent(timeline: Pick<Timeline, 'events'>): Window | null {
  let start = Infinity;
  let end = -Infinity;
  for (const e of timeline.events) {
    const x = eventExtent(e.date);
    if (x.start < start) start = x.start;
    if (x.end > end) end = x.end;
  }
  return start < end ? { start, end } : null;
}
