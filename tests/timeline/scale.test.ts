import { expect, test } from 'vitest';
import { directionOf, linearX, timeScale } from '../../src/timeline/scale';
import { defaultWindow } from '../../src/timeline/window';

const t2003 = Date.UTC(2003, 5, 1);
const t2014 = Date.UTC(2014, 5, 1);
const t2024 = Date.UTC(2024, 5, 1);

test('Arabic reads right to left: earlier dates have larger x', () => {
  const x = timeScale(defaultWindow, 1000, directionOf('ar'));
  expect(x(new Date(defaultWindow.start))).toBe(1000);
  expect(x(new Date(defaultWindow.end))).toBe(0);
  expect(x(new Date(t2003))).toBeGreaterThan(x(new Date(t2014)));
  expect(x(new Date(t2014))).toBeGreaterThan(x(new Date(t2024)));
});

test('English reads left to right: earlier dates have smaller x', () => {
  const x = timeScale(defaultWindow, 1000, directionOf('en'));
  expect(x(new Date(defaultWindow.start))).toBe(0);
  expect(x(new Date(t2014))).toBeLessThan(x(new Date(t2024)));
});

test('the allocation-free mapping agrees with the d3 scale in both directions', () => {
  for (const dir of ['rtl', 'ltr'] as const) {
    const d3x = timeScale(defaultWindow, 777, dir);
    const fast = linearX(defaultWindow, 777, dir);
    for (const t of [t2003, t2014, t2024, defaultWindow.start])
      expect(fast(t)).toBeCloseTo(d3x(new Date(t)), 6);
  }
});
