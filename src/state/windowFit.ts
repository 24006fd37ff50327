// Brings an event into the visible window when it is chosen from the list or the reader,
// keeping the zoom level when the event fits.
import type { TimelineDate } from '../model';
import { eventExtent } from '../timeline';
import type { TimeWindow } from '../ui/timeline/props';

export function fitWindow(view: TimeWindow, date: TimelineDate): TimeWindow {
  const e = eventExtent(date);
  if (e.start >= view.start && e.end <= view.end) return view;
  const width = view.end - view.start;
  const span = e.end - e.start;
  if (span >= width * 0.8) {
    // Wider than the view: show the whole period with a margin on both sides.
    const margin = span * 0.15;
    return { start: e.start - margin, end: e.end + margin };
  }
  const mid = (e.start + e.end) / 2;
  return { start: mid - width / 2, end: mid + width / 2 };
}
