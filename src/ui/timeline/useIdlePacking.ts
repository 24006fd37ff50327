// Packs every lane at every zoom level the window can reach, in idle time after a data or
// filter change, nearest level first: zooming then finds its stacking ready.
import { useEffect } from 'react';
import {
  defaultFrameOptions,
  lanes,
  MIN_SPAN_MS,
  packLevel,
  warmPacking,
  type Layout,
  type Window,
} from '../../timeline';

type Idle = (cb: (d: { timeRemaining: () => number }) => void) => number;

export function useIdlePacking(layout: Layout, bounds: Window, width: number, live: () => Window) {
  useEffect(() => {
    const w = live();
    const current = packLevel((w.end - w.start) / width);
    const lo = packLevel(MIN_SPAN_MS / width);
    const hi = packLevel((bounds.end - bounds.start) / width);
    const jobs: [number, number][] = [];
    for (let level = lo; level <= hi; level++)
      for (let l = 0; l < lanes.length; l++) jobs.push([l, level]);
    jobs.sort((a, b) => Math.abs(a[1] - current) - Math.abs(b[1] - current));
    const idle: Idle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback
        : (cb) => window.setTimeout(() => cb({ timeRemaining: () => 8 }), 1);
    const cancel =
      typeof cancelIdleCallback === 'function' ? cancelIdleCallback : window.clearTimeout;
    let handle = 0;
    const run = (d: { timeRemaining: () => number }) => {
      while (jobs.length && d.timeRemaining() > 3) {
        const [l, level] = jobs.shift()!;
        warmPacking(layout, l, level, defaultFrameOptions);
      }
      if (jobs.length) handle = idle(run);
    };
    handle = idle(run);
    return () => cancel(handle);
  }, [layout, bounds, width, live]);
}
