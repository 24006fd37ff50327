import { describe, expect, test } from 'vitest';
import {
  dayNumber,
  hijriToDay,
  isoDay,
  isoWeek,
  modRange,
  parseIsoDay,
  valueRange,
  weekday,
} from '../../src/extract/calendar';

test('ISO weeks: Monday first, week 1 holds the first Thursday', () => {
  expect(isoWeek(dayNumber(2024, 4, 11))).toEqual({ year: 2024, week: 15 });
  expect(isoWeek(dayNumber(2021, 1, 3))).toEqual({ year: 2020, week: 53 });
  expect(isoWeek(dayNumber(2019, 12, 30))).toEqual({ year: 2020, week: 1 });
  expect(valueRange('2024-W16')).toMatchObject({ precision: 'week' });
  expect(isoDay(valueRange('2024-W16')!.start)).toBe('2024-04-15');
});

test('weekdays: 22 July 2024 was a Monday, 3 January 2020 a Friday', () => {
  expect(weekday(dayNumber(2024, 7, 22))).toBe(1);
  expect(weekday(dayNumber(2020, 1, 3))).toBe(5);
});

test('real days only', () => {
  expect(parseIsoDay('2024-02-29')).not.toBeNull();
  expect(parseIsoDay('2023-02-29')).toBeNull();
  expect(parseIsoDay('2024-13-01')).toBeNull();
  expect(parseIsoDay('22/07/2024')).toBeNull();
});

test('Hijri days through the Umm al-Qura calendar', () => {
  expect(isoDay(hijriToDay(1445, 9, 1)!)).toBe('2024-03-11');
  expect(isoDay(hijriToDay(1446, 1, 1)!)).toBe('2024-07-07');
  expect(hijriToDay(1445, 13, 1)).toBeNull();
});

describe('ranges of values and mods', () => {
  test.each([
    ['2014', '2014-01-01', '2014-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2024-07-22', '2024-07-22', '2024-07-22'],
  ])('%s covers %s to %s', (v, s, e) => {
    const r = valueRange(v)!;
    expect([isoDay(r.start), isoDay(r.end)]).toEqual([s, e]);
  });
  test('END is the last third of the period, START the first', () => {
    const april = valueRange('2024-04')!;
    expect(isoDay(modRange({ ...april, mod: 'END' }).start)).toBe('2024-04-21');
    expect(isoDay(modRange({ ...april, mod: 'START' }).end)).toBe('2024-04-10');
  });
});
