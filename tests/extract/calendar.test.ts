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
import { findTimexes } from '../../src/extract/timex';

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

describe('the first and last years the contract writes', () => {
  test('years 0–99 are those years, not 1900–1999 (Date.UTC maps them)', () => {
    expect(isoDay(dayNumber(1, 1, 1))).toBe('0001-01-01');
    expect(isoDay(dayNumber(99, 12, 31) + 1)).toBe('0100-01-01');
    // 2000 Gregorian years are five 400-year cycles of 146,097 days
    expect(dayNumber(2001, 1, 1) - parseIsoDay('0001-01-01')!).toBe(5 * 146_097);
    // the proleptic Gregorian leap years: 0 and 4 are, 100 is not
    expect(parseIsoDay('0000-02-29')).not.toBeNull();
    expect(parseIsoDay('0004-02-29')).not.toBeNull();
    expect(parseIsoDay('0100-02-29')).toBeNull();
    expect(weekday(dayNumber(1, 1, 1))).toBe(1); // a Monday
  });
  test('a week of the years 1–999 has a four-digit year («الأسبوع الجاري» of 0001-01-10)', () => {
    expect(findTimexes('وصل الوفد هذا الأسبوع', { anchor: '0001-01-10' })[0]?.value).toBe(
      '0001-W02',
    );
  });
  test('«اليوم» of 0001-01-01 is that day', () => {
    expect(findTimexes('وصل الوفد اليوم إلى بغداد', { anchor: '0001-01-01' })[0]?.value).toBe(
      '0001-01-01',
    );
  });
  test.each([
    ['يصل الوفد غدا إلى بغداد', '9999-12-31'],
    ['ويوقع الاتفاق في العام المقبل', '9999-06-01'],
    ['وصل الوفد أمس', '0000-01-01'],
  ])('%s (published %s) points outside 0000–9999: undated, with the reason', (text, anchor) => {
    const [t] = findTimexes(text, { anchor });
    expect(t?.value).toBeNull();
    expect(t?.reason).toMatch(/0000–9999/);
  });
});
