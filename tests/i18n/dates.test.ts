import { describe, expect, test } from 'vitest';
import { dateLocale, formatCount, formatEventDate, formatNumber } from '../../src/i18n/dates';
import type { TimelineDate } from '../../src/model';
import type { DateStyle } from '../../src/i18n/dates';

const egypt: DateStyle = { lang: 'ar', digits: 'latn', months: 'egypt' };
const levantArab: DateStyle = { lang: 'ar', digits: 'arab', months: 'levant' };
const en: DateStyle = { lang: 'en', digits: 'latn', months: 'egypt' };
const t = (key: string, o: Record<string, unknown>) => `${key}(${String(o.date)})`;

const day: TimelineDate = {
  value: '2024-07-22',
  precision: 'day',
  mod: null,
  start: '2024-07-22',
  end: '2024-07-22',
};
const month: TimelineDate = {
  value: '2014-09',
  precision: 'month',
  mod: null,
  start: '2014-09-01',
  end: '2014-09-30',
};
const year: TimelineDate = {
  value: '2014',
  precision: 'year',
  mod: null,
  start: '2014-01-01',
  end: '2014-12-31',
};

describe('formatEventDate writes the precision honestly', () => {
  test('Egyptian month names, Western digits', () => {
    expect(formatEventDate(day, egypt, t)).toBe('22 يوليو 2024');
    expect(formatEventDate(month, egypt, t)).toBe('سبتمبر 2014');
    expect(formatEventDate(year, egypt, t)).toBe('2014');
  });
  test('Iraqi/Levantine month names, Arabic-Indic digits', () => {
    expect(formatEventDate(day, levantArab, t)).toBe('٢٢ تموز ٢٠٢٤');
    expect(formatEventDate(month, levantArab, t)).toBe('أيلول ٢٠١٤');
  });
  test('English', () => {
    expect(formatEventDate(day, en, t)).toBe('22 July 2024');
  });
  test('a modifier and a week go through the translations', () => {
    expect(formatEventDate({ ...year, mod: 'END' }, egypt, t)).toBe('date.END(2014)');
    const week: TimelineDate = {
      value: '2024-W16',
      precision: 'week',
      mod: null,
      start: '2024-04-15',
      end: '2024-04-21',
    };
    expect(formatEventDate(week, egypt, t)).toBe('date.weekOf(15 أبريل 2024)');
  });
});

test('locales carry the numbering system', () => {
  expect(dateLocale(levantArab)).toBe('ar-IQ-u-nu-arab');
  expect(dateLocale(egypt)).toBe('ar-EG-u-nu-latn');
  expect(formatNumber(12, levantArab)).toBe('١٢');
  expect(formatNumber(2024, egypt)).toBe('2024');
  expect(formatCount(100000, egypt)).toBe('100,000');
  expect(formatCount(100000, levantArab)).toBe('١٠٠٬٠٠٠');
});
