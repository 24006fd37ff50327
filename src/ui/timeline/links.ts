// Marks of one event in several lanes are linked by a line through their centres; the first
// mark of an event is its primary (the one that is a button), the others only echo it.
import type { Mark } from '../../timeline';
import { rowY } from './geometry';

export interface Link {
  event: number;
  x: number;
  y1: number;
  y2: number;
}

export function markLinks(marks: Mark[]): { links: Link[]; primary: Map<number, Mark> } {
  const links: Link[] = [];
  const primary = new Map<number, Mark>();
  for (const m of marks) {
    const first = primary.get(m.event);
    if (!first) primary.set(m.event, m);
    else
      links.push({
        event: m.event,
        x: (first.x1 + first.x2) / 2,
        y1: rowY(first.lane, first.row),
        y2: rowY(m.lane, m.row),
      });
  }
  return { links, primary };
}
