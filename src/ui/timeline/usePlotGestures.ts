// Wheel zooms around the pointer, drag pans, two pointers pinch. Native listeners, so the wheel
// can be non-passive; every move is a 'gesture' move, painted without React until it pauses.
import { useEffect, useRef, type RefObject } from 'react';
import { panBy, zoomAt, type Direction, type Window } from '../../timeline';
import type { MoveMode } from './useViewWindow';

interface Options {
  live: () => Window;
  move: (w: Window, mode: MoveMode) => void;
  bounds: Window;
  width: number;
  dir: Direction;
}

/** A drag shorter than this is a click. */
const CLICK_SLOP_PX = 4;

export function usePlotGestures(
  ref: RefObject<HTMLElement | null>,
  opts: Options,
): RefObject<boolean> {
  const o = useRef(opts);
  useEffect(() => {
    o.current = opts;
  });
  const dragged = useRef(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Time at a client x, in the window as it is now (not as last rendered).
    const timeAt = (clientX: number) => {
      const { width, dir } = o.current;
      const w = o.current.live();
      const rect = el.getBoundingClientRect();
      // Without a pointer position (synthetic events), zoom around the middle.
      const raw = Number.isFinite(clientX) ? clientX - rect.left : width / 2;
      const px = Math.min(Math.max(raw, 0), width);
      const f = dir === 'rtl' ? 1 - px / width : px / width;
      return w.start + f * (w.end - w.start);
    };
    // How far the window moves when the content is dragged by dx px (RTL: rightwards shows later dates).
    const msFor = (dx: number) => {
      const w = o.current.live();
      const ms = (dx * (w.end - w.start)) / o.current.width;
      return o.current.dir === 'rtl' ? ms : -ms;
    };

    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? o.current.width : 1;
      const dx = e.deltaX * unit;
      const dy = e.deltaY * unit;
      const w = o.current.live();
      if (Math.abs(dx) > Math.abs(dy) || e.shiftKey) {
        o.current.move(panBy(w, -msFor(e.shiftKey ? dy : dx), o.current.bounds), 'gesture');
      } else {
        const k = Math.exp(-dy * 0.002);
        o.current.move(zoomAt(w, k, timeAt(e.clientX), o.current.bounds), 'gesture');
      }
    };

    const pointers = new Map<number, number>();
    let startX = 0;
    let lastSpread = 0;
    const spread = () => {
      const xs = [...pointers.values()];
      return xs.length === 2 ? Math.abs(xs[0]! - xs[1]!) : 0;
    };
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      pointers.set(e.pointerId, e.clientX);
      startX = e.clientX;
      lastSpread = spread();
      dragged.current = false;
    };
    const onMove = (e: PointerEvent) => {
      const prev = pointers.get(e.pointerId);
      if (prev === undefined) return;
      if (!dragged.current && Math.abs(e.clientX - startX) < CLICK_SLOP_PX) return;
      if (!dragged.current) {
        dragged.current = true;
        el.setPointerCapture?.(e.pointerId);
      }
      pointers.set(e.pointerId, e.clientX);
      const w = o.current.live();
      if (pointers.size === 2) {
        const s = spread();
        const xs = [...pointers.values()];
        if (lastSpread > 0 && s > 0)
          o.current.move(
            zoomAt(w, s / lastSpread, timeAt((xs[0]! + xs[1]!) / 2), o.current.bounds),
            'gesture',
          );
        lastSpread = s;
      } else {
        o.current.move(panBy(w, msFor(e.clientX - prev), o.current.bounds), 'gesture');
      }
    };
    const onUp = (e: PointerEvent) => {
      pointers.delete(e.pointerId);
      lastSpread = spread();
    };

    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onUp);
    };
  }, [ref]);

  return dragged;
}
