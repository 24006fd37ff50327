// Packs the lanes at the zoom levels the window can reach, in idle time after a data or filter
// change, nearest level first: zooming then finds its stacking ready.
import { useEffect } from 'react';
import {
  defaultFrameOptions,
  warmJobs,
  warmPacking,
  type Direction,
  type Layout,
  type Window,
} from '../../timeline';

type Idle = (cb: (d: { timeRemaining: () => number }) => void) => number;

export function useIdlePacking(
  layout: Layout,
  bounds: Window,
  width: number,
  dir: Direction,
  live: () => Window,
) {
  useEffect(() => {
    const o = { ...defaultFrameOptions, width, dir };
    const jobs = warmJobs(layout, bounds, live(), o);
    const idle: Idle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback
        : (cb) => window.setTimeout(() => cb({ timeRemaining: () => 8 }), 1);
    const cancel =
      typeof cancelIdleCallback === 'function' ? cancelIdleCallback : window.clearTimeout;
    let handle = 0;
    let next = 0;
    const run = (d: { timeRemaining: () => number }) => {
      while (next < jobs.length && d.timeRemaining() > 3) warmPacking(layout, jobs[next++]!, o);
      if (next < jobs.length) handle = idle(run);
    };
    handle = idle(run);
    return () => cancel(handle);
  }, [layout, bounds, width, dir, live]);
}
