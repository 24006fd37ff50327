// The window moves behind the buttons, the edge notices and the keys: zoom about the middle,
// step, jump to an end, show all, reveal what lies beyond an edge.
import { useMemo } from 'react';
import { DAY_MS, fitWindow, panBy, zoomAt, type Layout, type Window } from '../../timeline';
import type { MoveMode } from './useViewWindow';

export interface WindowCommands {
  zoom: (k: number, anchor?: number, mode?: MoveMode) => void;
  /** Moves a tenth of the window later (+1) or earlier (−1). */
  step: (sign: 1 | -1) => void;
  toEdge: (last: boolean) => void;
  showAll: () => void;
  reveal: (side: 'before' | 'after') => void;
}

export function useWindowCommands(
  layout: Layout,
  bounds: Window,
  live: () => Window,
  move: (w: Window, mode?: MoveMode) => void,
): WindowCommands {
  return useMemo(() => {
    const n = () => layout.sortedStarts.length;
    const first = () => layout.sortedStarts[0]!;
    const last = () => layout.sortedEnds[n() - 1]!;
    return {
      zoom: (k, anchor, mode) => {
        const w = live();
        move(zoomAt(w, k, anchor ?? (w.start + w.end) / 2, bounds), mode);
      },
      step: (sign) => {
        const w = live();
        move(panBy(w, sign * (w.end - w.start) * 0.1, bounds));
      },
      toEdge: (end) => {
        const w = live();
        move(panBy(w, end ? bounds.end - w.end : bounds.start - w.start, bounds));
      },
      showAll: () => {
        if (n()) move(fitWindow({ start: first() - DAY_MS, end: last() + DAY_MS }, bounds), 'now');
      },
      reveal: (side) => {
        if (!n()) return;
        const w = live();
        const pad = (w.end - w.start) * 0.02 + DAY_MS;
        const next =
          side === 'before'
            ? { start: first() - pad, end: w.end }
            : { start: w.start, end: last() + pad };
        move(fitWindow(next, bounds, 0), 'now');
      },
    };
  }, [layout, bounds, live, move]);
}
