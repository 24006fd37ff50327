import { describe, expect, test } from 'vitest';
import { longestTasks, REST_END, REST_START } from '../../bench/tasks';

const on = { pid: 1, tid: 7 };
const task = (ts: number, dur: number) => ({ name: 'RunTask', ph: 'X', ...on, ts, dur });
const gc = (name: string, ts: number, dur: number) => ({ name, ph: 'X', ...on, ts, dur });
const mark = (name: string, ts: number) => ({ name, ph: 'R', ...on, ts });

describe('longest tasks from a trace', () => {
  test('splits inputs from pauses, and takes the garbage collection out of each task', () => {
    const events = [
      task(0, 5_000),
      mark(REST_START, 10_000),
      task(20_000, 18_000), // 18 ms, of which 12 ms is a major GC (with a nested phase)
      gc('MajorGC', 22_000, 12_000),
      gc('V8.GC_MARK_COMPACTOR', 22_000, 11_000),
      task(50_000, 9_000),
      mark(REST_END, 100_000),
      task(120_000, 7_000),
      // Another thread's long task does not count.
      { ...task(130_000, 90_000), tid: 8 },
    ];
    expect(longestTasks(events)).toEqual({ gesture: 7, rest: 18, gestureOwn: 7, restOwn: 9 });
  });

  test('without the marks there is nothing to say', () => {
    expect(longestTasks([task(0, 5_000)]).rest).toBeNull();
  });
});
