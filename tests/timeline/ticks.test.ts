import { describe, expect, test } from 'vitest';
import { localeTag } from '../../src/timeline/locale';
import { tickLevel, ticks } from '../../src/timeline/ticks';
import { defaultWindow } from '../../src/timeline/window';

const day = 86_400_000;
const arIQ = localeTag({ lang: 'ar', months: 'levant', digits: 'latn' });
const arEG = localeTag({ lang: 'ar', months: 'egypt', digits: 'latn' });

describe('tick density follows the zoom', () => {
  test('eleven years on a wide screen are labelled by year', () => {
    expect(tickLevel(defaultWindow, 1200).unit).toBe('year');
    const t = ticks(defaultWindow, 1200, arIQ);
    expect(t.map((x) => x.label)).toEqual(
      Array.from({ length: 11 }, (_, i) => String(2014 + i)).concat('2025'),
    );
  });

  test('a year is labelled by months, ten days by days', () => {
    const year = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) };
    expect(tickLevel(year, 1200).unit).toBe('month');
    const tenDays = { start: Date.UTC(2024, 6, 15), end: Date.UTC(2024, 6, 25) };
    expect(tickLevel(tenDays, 1200)).toEqual({ unit: 'day', step: 1 });
  });

  test('zooming in never makes ticks sparser, and ticks stay readable apart', () => {
    let prevCount = 0;
    for (let span = 30 * 365 * day; span >= 3 * day; span /= 1.7) {
      const w = { start: Date.UTC(2010, 0, 1), end: Date.UTC(2010, 0, 1) + span };
      const t = ticks(w, 1000, arIQ);
      const pxPerMs = 1000 / span;
      for (let i = 1; i < t.length; i++)
        expect((t[i]!.time - t[i - 1]!.time) * pxPerMs).toBeGreaterThanOrEqual(50);
      expect(t.length).toBeGreaterThanOrEqual(Math.min(prevCount, 3));
      prevCount = t.length;
    }
  });

  test('a narrow screen gets fewer year ticks', () => {
    expect(ticks(defaultWindow, 360, arIQ).length).toBeLessThan(
      ticks(defaultWindow, 1200, arIQ).length,
    );
  });
});

describe('labels in the UI locale', () => {
  const year2024 = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) };

  test('Iraqi/Levantine month names for ar-IQ, Egyptian for ar-EG', () => {
    const iq = ticks(year2024, 1200, arIQ).map((t) => t.label);
    const eg = ticks(year2024, 1200, arEG).map((t) => t.label);
    expect(iq).toContain('تموز');
    expect(iq[0]).toBe('كانون الثاني 2024');
    expect(eg).toContain('يوليو');
    expect(eg[0]).toBe('يناير 2024');
  });

  test('Arabic-Indic digits on request, Western digits otherwise', () => {
    const arab = localeTag({ lang: 'ar', months: 'levant', digits: 'arab' });
    expect(ticks(defaultWindow, 1200, arab)[0]!.label).toBe('٢٠١٤');
    expect(ticks(defaultWindow, 1200, arIQ)[0]!.label).toBe('2014');
  });

  test('English labels for lng=en', () => {
    const en = localeTag({ lang: 'en', months: 'levant', digits: 'latn' });
    expect(ticks(year2024, 1200, en).map((t) => t.label)).toContain('July');
  });

  test('day ticks carry the month, and the first tick the year', () => {
    const w = { start: Date.UTC(2024, 6, 15), end: Date.UTC(2024, 6, 25) };
    const t = ticks(w, 1200, arEG);
    expect(t[0]!.label).toBe('15 يوليو 2024');
    expect(t[1]!.label).toBe('16 يوليو');
  });
});
