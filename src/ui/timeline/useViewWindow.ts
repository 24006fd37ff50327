// The window as the user moves it. A gesture (wheel, drag, pinch) is painted straight onto the
// canvas each animation frame, without React; the view state, and with it the SVG, the notices
// and the app shell (URL, panels), catch up once the gesture pauses. Keys and buttons re-render
// at the next frame, and links, «show all» and the like at once.
import { useCallback, useEffect, useRef, useState } from 'react';
import { clampWindow, type Window } from '../../timeline';

/** A gesture has paused after this long without movement: the view catches up. */
export const SETTLE_MS = 150;
/** …and the app shell (URL, status line) hears of it a little later, in a task of its own, so
 * that neither catch-up holds up a frame on its own. */
const REPORT_MS = SETTLE_MS + 100;

/** How a move reaches the screen: see the module comment. */
export type MoveMode = 'gesture' | 'frame' | 'now';

/** Paints a window directly; false when it cannot (no canvas), and React renders it instead. */
export type Painter = (w: Window) => boolean;

function near(a: Window, b: Window): boolean {
  const tol = (a.end - a.start) * 0.002;
  return Math.abs(a.start - b.start) <= tol && Math.abs(a.end - b.end) <= tol;
}

export function useViewWindow(
  outer: Window,
  bounds: Window,
  onWindowChange: (w: Window) => void,
  paint: Painter,
): { view: Window; live: () => Window; move: (w: Window, mode?: MoveMode) => void } {
  const [view, setView] = useState(() => clampWindow(outer, bounds));
  const liveRef = useRef(view);
  const emitted = useRef<Window | null>(null);
  const frame = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const reportTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onChange = useRef(onWindowChange);
  const painter = useRef(paint);
  useEffect(() => {
    onChange.current = onWindowChange;
    painter.current = paint;
  }, [onWindowChange, paint]);

  // A window from outside (a link, back/forward, "before 2014") replaces ours, unless it is
  // the echo of the one we reported.
  useEffect(() => {
    const w = { start: outer.start, end: outer.end };
    if (emitted.current && near(emitted.current, w)) return;
    const c = clampWindow(w, bounds);
    liveRef.current = c;
    setView(c);
  }, [outer.start, outer.end, bounds]);

  const cancel = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = 0;
    clearTimeout(timer.current);
    clearTimeout(reportTimer.current);
  }, []);
  useEffect(() => cancel, [cancel]);

  const move = useCallback(
    (w: Window, mode: MoveMode = 'frame') => {
      liveRef.current = w;
      cancel();
      const report = () => {
        emitted.current = liveRef.current;
        onChange.current(liveRef.current);
      };
      const settle = () => {
        // A frame still pending (a background tab runs timers but not frames) must not paint
        // over the settled view.
        cancelAnimationFrame(frame.current);
        frame.current = 0;
        // A copy, so that React renders (and the SVG returns) even if the window came back to
        // the very object it started from.
        setView({ ...liveRef.current });
      };
      if (mode === 'now') {
        settle();
        return report();
      }
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        if (mode === 'frame' || !painter.current(liveRef.current)) setView(liveRef.current);
      });
      timer.current = setTimeout(settle, SETTLE_MS);
      reportTimer.current = setTimeout(report, REPORT_MS);
    },
    [cancel],
  );

  const live = useCallback(() => liveRef.current, []);
  return { view, live, move };
}
