// The visible window and the data's extent, in UTC ms (structurally the UI's TimeWindow).
import type { TimelineStore } from '../model/store';
import { eventExtents } from './extents';

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
export function dataExtent(timeline: TimelineStore): Window | null {
  const x = eventExtents(timeline);
  let start = Infinity;
  let end = -Infinity;
  for (let i = 0; i < x.start.length; i++) {
    if (x.start[i]! < start) start = x.start[i]!;
    if (x.end[i]! > end) end = x.end[i]!;
  }
  return start < end ? { start, end } : null;
}
