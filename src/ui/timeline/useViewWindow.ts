// The window as the user moves it: updated at most once per animation frame, and reported
// to the app shell only when a gesture pauses, so the shell (URL, panels) is not on the hot path.
import { useCallback, useEffect, useRef, useState } from 'react';
import { clampWindow, type Window } from '../../timeline';

const SETTLE_MS = 250;

function near(a: Window, b: Window): boolean {
  const tol = (a.end - a.start) * 0.002;
  return Math.abs(a.start - b.start) <= tol && Math.abs(a.end - b.end) <= tol;
}

export function useViewWindow(
  outer: Window,
  bounds: Window,
  onWindowChange: (w: Window) => void,
): { view: Window; live: () => Window; move: (w: Window, now?: boolean) => void } {
  const [view, setView] = useState(() => clampWindow(outer, bounds));
  const liveRef = useRef(view);
  const emitted = useRef<Window | null>(null);
  const frame = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onChange = useRef(onWindowChange);
  useEffect(() => {
    onChange.current = onWindowChange;
  }, [onWindowChange]);

  // A window from outside (a link, back/forward, "before 2014") replaces ours, unless it is
  // the echo of the one we reported.
  useEffect(() => {
    const w = { start: outer.start, end: outer.end };
    if (emitted.current && near(emitted.current, w)) return;
    const c = clampWindow(w, bounds);
    liveRef.current = c;
    setView(c);
  }, [outer.start, outer.end, bounds]);

  useEffect(
    () => () => {
      cancelAnimationFrame(frame.current);
      clearTimeout(timer.current);
    },
    [],
  );

  const move = useCallback((w: Window, now = false) => {
    liveRef.current = w;
    const report = () => {
      emitted.current = liveRef.current;
      onChange.current(liveRef.current);
    };
    clearTimeout(timer.current);
    if (now) {
      cancelAnimationFrame(frame.current);
      frame.current = 0;
      setView(w);
      report();
      return;
    }
    if (!frame.current)
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        setView(liveRef.current);
      });
    timer.current = setTimeout(report, SETTLE_MS);
  }, []);

  const live = useCallback(() => liveRef.current, []);
  return { view, live, move };
}
