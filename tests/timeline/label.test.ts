import { expect, test } from 'vitest';
import { edgeLabel, periodLabel, yearLabel } from '../../src/timeline/label';
import { localeTag } from '../../src/timeline/locale';
import type { TimelineDate } from '../../src/model';

const eg = localeTag({ lang: 'ar', months: 'egypt', digits: 'latn' });
const iq = localeTag({ lang: 'ar', months: 'levant', digits: 'arab' });
const d = (precision: TimelineDate['precision'], start: string, end: string): TimelineDate => ({
  value: start,
  precision,
  mod: null,
  start,
  end,
});

test('the label says the precision: a year, a month, a day', () => {
  expect(periodLabel(d('year', '2014-01-01', '2014-12-31'), eg)).toBe('2014');
  expect(periodLabel(d('month', '2014-09-01', '2014-09-30'), eg)).toBe('سبتمبر 2014');
  expect(periodLabel(d('day', '2024-07-22', '2024-07-22'), eg)).toBe('22 يوليو 2024');
});

test('Iraqi month names with Arabic-Indic digits', () => {
  expect(periodLabel(d('day', '2024-07-22', '2024-07-22'), iq)).toBe('٢٢ تموز ٢٠٢٤');
  expect(yearLabel(Date.UTC(2014, 0, 1), iq)).toBe('٢٠١٤');
});

test('window edges are named by the largest calendar unit they fall on', () => {
  expect(edgeLabel(Date.UTC(2014, 0, 1), 'before', eg)).toBe('2014');
  expect(edgeLabel(Date.UTC(2025, 0, 1), 'after', eg)).toBe('2024');
  expect(edgeLabel(Date.UTC(2024, 6, 1), 'before', eg)).toBe('يوليو 2024');
  expect(edgeLabel(Date.UTC(2024, 6, 1), 'after', eg)).toBe('يونيو 2024');
  expect(edgeLabel(Date.UTC(2024, 6, 22, 15), 'before', eg)).toBe('22 يوليو 2024');
});
