import { describe, expect, test } from 'vitest';
import { eventExtent, pointTime } from '../../src/timeline/band';
import type { TimelineDate } from '../../src/model';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const date = (p: Partial<TimelineDate> & Pick<TimelineDate, 'start' | 'end' | 'precision'>) =>
  ({ value: p.start, mod: null, ...p }) as TimelineDate;

describe('eventExtent', () => {
  test('a day is a point in the middle of that day', () => {
    const x = eventExtent(date({ precision: 'day', start: '2024-07-22', end: '2024-07-22' }));
    expect(x.point).toBe(true);
    expect(pointTime(x)).toBe(utc(2024, 7, 22) + 12 * 3600_000);
  });

  test('a year is a band over the whole year, not a point on 1 January', () => {
    const x = eventExtent(date({ precision: 'year', start: '2014-01-01', end: '2014-12-31' }));
    expect(x).toEqual({ start: utc(2014, 1, 1), end: utc(2015, 1, 1), point: false });
  });

  test('a month covers its days; a week its seven days', () => {
    expect(
      eventExtent(date({ precision: 'month', start: '2014-09-01', end: '2014-09-30' })),
    ).toEqual({ start: utc(2014, 9, 1), end: utc(2014, 10, 1), point: false });
    expect(
      eventExtent(date({ precision: 'week', start: '2024-04-15', end: '2024-04-21' })),
    ).toEqual({
      start: utc(2024, 4, 15),
      end: utc(2024, 4, 22),
      point: false,
    });
  });

  test('START, MID and END take the first, middle and last third of the band', () => {
    const year = { precision: 'year' as const, start: '2023-01-01', end: '2023-12-31' };
    const s = eventExtent(date({ ...year, mod: 'START' }));
    const m = eventExtent(date({ ...year, mod: 'MID' }));
    const e = eventExtent(date({ ...year, mod: 'END' }));
    expect(s.start).toBe(utc(2023, 1, 1));
    expect(e.end).toBe(utc(2024, 1, 1));
    expect(s.end).toBe(m.start);
    expect(m.end).toBe(e.start);
    // 365 days split in thirds, rounded to whole days: 122 + 121 + 122.
    expect((s.end - s.start) / 86_400_000).toBe(122);
    expect((e.end - e.start) / 86_400_000).toBe(122);
    expect(e.start).toBe(utc(2023, 9, 1));
  });

  test('END of April is its last ten days; APPROX keeps the whole band', () => {
    const april = { precision: 'month' as const, start: '2024-04-01', end: '2024-04-30' };
    expect(eventExtent(date({ ...april, mod: 'END' }))).toEqual({
      start: utc(2024, 4, 21),
      end: utc(2024, 5, 1),
      point: false,
    });
    expect(eventExtent(date({ ...april, mod: 'APPROX' }))).toEqual({
      start: utc(2024, 4, 1),
      end: utc(2024, 5, 1),
      point: false,
    });
  });
});
