import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  clampWindow,
  fitWindow,
  MIN_SPAN_MS,
  panBy,
  reveal,
  zoomAt,
  zoomBounds,
} from '../../src/timeline/zoom';
import { dataExtent, defaultWindow } from '../../src/timeline/window';
import { smallTimeline } from './fixtures';
import { asStore } from '../fixtures/store';

const bounds = zoomBounds([dataExtent(asStore(smallTimeline)), defaultWindow]);

test('bounds hold the data and the default window, with a margin', () => {
  expect(bounds.start).toBeLessThan(Date.UTC(2003, 0, 1));
  expect(bounds.end).toBeGreaterThan(Date.UTC(2025, 0, 1));
  expect(bounds.start).toBeGreaterThan(Date.UTC(2001, 0, 1));
});

test('zooming keeps the anchor instant at the same place on screen', () => {
  const anchor = Date.UTC(2020, 0, 1);
  const w = zoomAt(defaultWindow, 2, anchor, bounds);
  const before = (anchor - defaultWindow.start) / (defaultWindow.end - defaultWindow.start);
  const after = (anchor - w.start) / (w.end - w.start);
  expect(after).toBeCloseTo(before, 9);
  expect(w.end - w.start).toBeCloseTo((defaultWindow.end - defaultWindow.start) / 2, -3);
});

test('zooming in stops at the minimum span; zooming out stops at the bounds', () => {
  let w = defaultWindow;
  for (let i = 0; i < 40; i++) w = zoomAt(w, 2, Date.UTC(2024, 6, 22), bounds);
  expect(w.end - w.start).toBe(MIN_SPAN_MS);
  for (let i = 0; i < 40; i++) w = zoomAt(w, 0.5, Date.UTC(2024, 6, 22), bounds);
  expect(w).toEqual(bounds);
});

test('panning past the data stops at the bounds and keeps the span', () => {
  const w = panBy(defaultWindow, 100 * 365 * 86_400_000, bounds);
  expect(w.end).toBe(bounds.end);
  expect(w.end - w.start).toBe(defaultWindow.end - defaultWindow.start);
});

test('any sequence of zooms and pans stays inside the bounds and above the minimum span', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.oneof(
          fc.record({
            k: fc.double({ min: 0.1, max: 10, noNaN: true }),
            f: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
          fc.record({ ms: fc.double({ min: -1e12, max: 1e12, noNaN: true }) }),
        ),
        { maxLength: 30 },
      ),
      (ops) => {
        let w = defaultWindow;
        for (const op of ops) {
          w =
            'ms' in op
              ? panBy(w, op.ms, bounds)
              : zoomAt(w, op.k, w.start + op.f * (w.end - w.start), bounds);
          expect(w.start).toBeGreaterThanOrEqual(bounds.start);
          expect(w.end).toBeLessThanOrEqual(bounds.end);
          expect(w.end - w.start).toBeGreaterThanOrEqual(MIN_SPAN_MS - 1);
        }
      },
    ),
  );
});

test('clamping widens a too-narrow window around its middle', () => {
  const mid = Date.UTC(2020, 0, 1);
  const w = clampWindow({ start: mid - 1000, end: mid + 1000 }, bounds);
  expect(w.end - w.start).toBe(MIN_SPAN_MS);
  expect((w.start + w.end) / 2).toBe(mid);
});

test('reveal keeps a window that already shows the target, and centres one that does not', () => {
  const inside = { start: Date.UTC(2019, 0, 1), end: Date.UTC(2019, 0, 2) };
  expect(reveal(defaultWindow, inside, bounds)).toBe(defaultWindow);
  const before = { start: Date.UTC(2003, 0, 1), end: Date.UTC(2004, 0, 1) };
  const w = reveal(defaultWindow, before, bounds);
  expect(w.start).toBeLessThanOrEqual(before.start);
  expect(w.end).toBeGreaterThanOrEqual(before.end);
});

test('fit shows the whole data extent', () => {
  const extent = dataExtent(asStore(smallTimeline))!;
  const w = fitWindow(extent, bounds);
  expect(w.start).toBeLessThan(extent.start);
  expect(w.end).toBeGreaterThan(extent.end);
  expect(extent.start).toBe(Date.UTC(2003, 0, 1));
  // The last event is the day 22 July 2024: the extent runs to the end of that day.
  expect(extent.end).toBe(Date.UTC(2024, 6, 23));
});

test('a broken input (NaN, infinity, a non-positive factor) leaves the window where it was', () => {
  expect(zoomAt(defaultWindow, NaN, Date.UTC(2020, 0, 1), bounds)).toEqual(defaultWindow);
  expect(zoomAt(defaultWindow, 2, NaN, bounds)).toEqual(defaultWindow);
  expect(zoomAt(defaultWindow, 0, Date.UTC(2020, 0, 1), bounds)).toEqual(defaultWindow);
  expect(panBy(defaultWindow, Infinity, bounds)).toEqual(defaultWindow);
});
