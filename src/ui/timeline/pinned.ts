// Which event is the keyboard's tab stop, and the marks that must exist as real elements
// (the focused and the selected event) even when the frame is drawn on canvas or they are off it.
import type { Frame, Layout, Mark } from '../../timeline';
import { rowY } from './geometry';

/** The tab stop: the focused event, else the selected one if drawn, else the earliest drawn. */
export function rovingEvent(layout: Layout, frame: Frame, focused: number, selected: number) {
  if (focused >= 0 && layout.rankOf[focused]! >= 0) return focused;
  if (selected >= 0 && frame.marks.some((m) => m.event === selected)) return selected;
  let best = -1;
  for (const m of frame.marks)
    if (best < 0 || layout.rankOf[m.event]! < layout.rankOf[best]!) best = m.event;
  return best;
}

/** Marks for the given events: their drawn marks, or one in their first lane where they would be. */
export function pinnedMarks(
  layout: Layout,
  frame: Frame,
  events: number[],
  x: (t: number) => number,
): Mark[] {
  const out: Mark[] = [];
  for (const e of events) {
    if (e < 0 || layout.rankOf[e]! < 0 || out.some((m) => m.event === e)) continue;
    const inFrame = frame.marks.filter((m) => m.event === e);
    if (inFrame.length) {
      out.push(...inFrame);
      continue;
    }
    const mask = layout.table.laneMask[e]!;
    const lane = Math.max(0, Math.log2(mask & -mask));
    const a = x(layout.table.start[e]!);
    const b = x(layout.table.end[e]!);
    const point = layout.table.point[e] === 1;
    out.push({ event: e, lane, row: 0, x1: Math.min(a, b), x2: Math.max(a, b), point });
  }
  return out;
}

/** The drawn mark nearest to (px, py) within `reach` px, for clicks and hover on the canvas. */
export function hitTest(marks: Mark[], px: number, py: number, reach: number): number {
  let best = -1;
  let bestD = reach * reach;
  for (const m of marks) {
    const dx = px < m.x1 ? m.x1 - px : px > m.x2 ? px - m.x2 : 0;
    const dy = py - rowY(m.lane, m.row);
    const d = dx * dx + dy * dy;
    if (d <= bestD) [best, bestD] = [m.event, d];
  }
  return best;
}
