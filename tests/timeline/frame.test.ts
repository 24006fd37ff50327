import { expect, test } from 'vitest';
import {
  computeFrame,
  defaultFrameOptions,
  warmJobs,
  type FrameOptions,
} from '../../src/timeline/frame';
import { packLevel } from '../../src/timeline/packing';
import { zoomBounds } from '../../src/timeline/zoom';
import { buildLayout } from '../../src/timeline/layout';
import { defaultWindow } from '../../src/timeline/window';
import { makeEvent, smallTimeline, withEvents } from './fixtures';
import { asStore } from '../fixtures/store';

const opts = (width: number, dir: 'rtl' | 'ltr' = 'rtl'): FrameOptions => ({
  ...defaultFrameOptions,
  width,
  dir,
});
const ids = (events: number[]) =>
  [...new Set(events.map((i) => smallTimeline.events[i]!.id))].sort();

test('the default window draws the events from 2014 on, each in every lane it belongs to', () => {
  const layout = buildLayout(asStore(smallTimeline), null);
  const f = computeFrame(layout, defaultWindow, opts(1200));
  expect(f.bins).toEqual([]);
  const drawn = ids(f.marks.map((m) => m.event));
  const counted = f.counts.reduce((n, c) => n + c.count, 0);
  expect(drawn).not.toContain('e2003');
  expect(drawn).not.toContain('e2011');
  expect(drawn.length + counted).toBeGreaterThanOrEqual(9);
  const talks = smallTimeline.events.findIndex((e) => e.id === 'e2024-07-22');
  expect(f.marks.filter((m) => m.event === talks).map((m) => m.lane)).toEqual([0, 1]);
});

test('zoomed in on July 2024 every mark is individual and no two marks overlap', () => {
  const layout = buildLayout(asStore(smallTimeline), null);
  // From 2 July, so the June band (ending at midnight on 1 July) is off screen.
  const w = { start: Date.UTC(2024, 6, 2), end: Date.UTC(2024, 7, 1) };
  const f = computeFrame(layout, w, opts(1000));
  expect(f.counts).toEqual([]);
  expect(ids(f.marks.map((m) => m.event))).toEqual(['e2024-07-10', 'e2024-07-21', 'e2024-07-22']);
  const r = defaultFrameOptions.markRadius;
  for (const a of f.marks)
    for (const b of f.marks) {
      if (a === b || a.lane !== b.lane || a.row !== b.row) continue;
      expect(a.x2 + r <= b.x1 - r || b.x2 + r <= a.x1 - r).toBe(true);
    }
});

test('in Arabic the later of two marks is further left; in English further right', () => {
  const layout = buildLayout(asStore(smallTimeline), null);
  const i10 = smallTimeline.events.findIndex((e) => e.id === 'e2024-07-10');
  const i22 = smallTimeline.events.findIndex((e) => e.id === 'e2024-07-22');
  const w = { start: Date.UTC(2024, 6, 1), end: Date.UTC(2024, 7, 1) };
  const at = (dir: 'rtl' | 'ltr', e: number) =>
    computeFrame(layout, w, opts(1000, dir)).marks.find((m) => m.event === e)!.x1;
  expect(at('rtl', i22)).toBeLessThan(at('rtl', i10));
  expect(at('ltr', i22)).toBeGreaterThan(at('ltr', i10));
});

test('100,000 events: density when zoomed out, a bounded number of marks when zoomed in', () => {
  const day0 = Date.UTC(2014, 0, 1);
  const events = Array.from({ length: 100_000 }, (_, i) => {
    const d = new Date(day0 + Math.floor((i * 4007) % 4018) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    return makeEvent(`s${i}`, d, d, 'day', i % 3 ? ['us'] : ['iraq', 'us']);
  });
  const layout = buildLayout(asStore(withEvents(events)), null);
  const wide = computeFrame(layout, defaultWindow, opts(1400));
  expect(wide.marks).toEqual([]);
  expect(wide.bins.length).toBeGreaterThan(0);
  expect(wide.bins.length).toBeLessThanOrEqual(2 * Math.ceil(1400 / defaultFrameOptions.binPx));
  const inView = wide.bins.filter((b) => b.lane === 0).reduce((n, b) => n + b.count, 0);
  expect(inView).toBe(100_000);

  const narrow = { start: Date.UTC(2019, 0, 1), end: Date.UTC(2019, 0, 4) };
  const close = computeFrame(layout, narrow, opts(1400));
  expect(close.bins).toEqual([]);
  const capacity = Math.floor((1400 / (2 * 5 + 4)) * 3) * 2;
  expect(close.marks.length).toBeLessThanOrEqual(capacity);
  const shown = close.marks.length + close.counts.reduce((n, c) => n + c.count, 0);
  // Days 1, 2 and 3 of January 2019 (points sit at midday, all inside the window).
  const expected = events.filter(
    (e) => e.date.start >= '2019-01-01' && e.date.start <= '2019-01-03',
  );
  const lanesOf = (e: (typeof events)[number]) => e.actors.length;
  expect(shown).toBe(expected.reduce((n, e) => n + lanesOf(e), 0));
  for (const m of close.marks) expect(m.x2 >= -10 && m.x1 <= 1410).toBe(true);
});

test('long bands that overflow are counted inside the window, not where they began', () => {
  const events = Array.from({ length: 6 }, (_, i) =>
    makeEvent(`y${i}`, '2020-01-01', '2020-12-31', 'year', ['us']),
  );
  const layout = buildLayout(asStore(withEvents(events)), null);
  const w = { start: Date.UTC(2020, 5, 1), end: Date.UTC(2020, 5, 11) };
  const f = computeFrame(layout, w, opts(1000));
  expect(f.marks).toHaveLength(3);
  expect(f.counts.reduce((n, c) => n + c.count, 0)).toBe(3);
  for (const c of f.counts) expect(c.x >= 0 && c.x <= 1000).toBe(true);
});

test('a year band does not push a lane of points into density when zoomed in', () => {
  const points = Array.from({ length: 5000 }, (_, i) => {
    const d = new Date(Date.UTC(2021, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
    return makeEvent(`p${i}`, d, d, 'day', ['us']);
  });
  const year = makeEvent('y', '2021-01-01', '2021-12-31', 'year', ['us']);
  const layout = buildLayout(asStore(withEvents([year, ...points])), null);
  const w = { start: Date.UTC(2021, 8, 21), end: Date.UTC(2021, 8, 24) };
  const f = computeFrame(layout, w, opts(1000));
  expect(f.bins).toEqual([]);
  const shown = f.marks.length + f.counts.reduce((n, c) => n + c.count, 0);
  // Days 21, 22 and 23 September hold 5000/365 points each (13 or 14), plus the year band.
  const expected = points.filter(
    (e) => e.date.start >= '2021-09-21' && e.date.start <= '2021-09-23',
  );
  expect(shown).toBe(expected.length + 1);
});

test('when month bands crowd a lane, they become a faint density and the points stay marks', () => {
  const months = Array.from({ length: 400 }, (_, i) =>
    makeEvent(`m${i}`, '2021-09-01', '2021-09-30', 'month', ['us']),
  );
  const days = ['2021-09-21', '2021-09-22', '2021-09-23'].map((d, i) =>
    makeEvent(`d${i}`, d, d, 'day', ['us']),
  );
  const timeline = withEvents([...months, ...days]);
  const layout = buildLayout(asStore(timeline), null);
  const w = { start: Date.UTC(2021, 8, 21), end: Date.UTC(2021, 8, 24) };
  const f = computeFrame(layout, w, opts(1000));
  expect(f.bins.length).toBeGreaterThan(0);
  // Every bin holds the 400 bands (and the point of its day, if any).
  expect(f.bins.every((b) => b.underlay && b.lane === 0 && b.count >= 400)).toBe(true);
  const drawn = f.marks.map((m) => timeline.events[m.event]!.id).sort();
  expect(drawn).toEqual(['d0', 'd1', 'd2']);
});

test('stackings are prepared nearest level first, and not where a lane is far too dense', () => {
  const events = Array.from({ length: 20_000 }, (_, i) => {
    const d = new Date(Date.UTC(2014, 0, 1) + (i % 4000) * 86_400_000).toISOString().slice(0, 10);
    return makeEvent(`w${i}`, d, d, 'day', ['us']);
  });
  const layout = buildLayout(asStore(withEvents(events)), null);
  const bounds = zoomBounds([defaultWindow]);
  const o = opts(300);
  const now = { start: Date.UTC(2019, 0, 1), end: Date.UTC(2019, 1, 1) };
  const jobs = warmJobs(layout, bounds, now, o);
  const current = packLevel((now.end - now.start) / 300);
  expect(jobs[0]!.level).toBe(current);
  const dist = jobs.map((j) => Math.abs(j.level - current));
  expect(dist).toEqual([...dist].sort((a, b) => a - b));
  // The whole decade in one view holds 20,000 points in the lane: never packed ahead.
  expect(jobs.some((j) => j.level === packLevel((bounds.end - bounds.start) / 300))).toBe(false);
  // Empty lanes have nothing to stack.
  expect(jobs.every((j) => j.lane === 0)).toBe(true);
});
