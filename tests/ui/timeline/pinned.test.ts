import { expect, test } from 'vitest';
import { buildLayout, computeFrame, defaultFrameOptions, linearX } from '../../../src/timeline';
import { rowY } from '../../../src/ui/timeline/geometry';
import { hitTest, pinnedMarks, rovingEvent } from '../../../src/ui/timeline/pinned';
import { smallTimeline } from '../../timeline/fixtures';
import { asStore } from '../../fixtures/store';

const w = { start: Date.UTC(2024, 6, 2), end: Date.UTC(2024, 7, 1) };
const layout = buildLayout(asStore(smallTimeline), null);
const frame = computeFrame(layout, w, { ...defaultFrameOptions, width: 1000, dir: 'rtl' });
const idx = (id: string) => smallTimeline.events.findIndex((e) => e.id === id);

test('the tab stop is the focused event, else the drawn selection, else the earliest drawn', () => {
  expect(rovingEvent(layout, frame, -1, -1)).toBe(idx('e2024-07-10'));
  expect(rovingEvent(layout, frame, -1, idx('e2024-07-22'))).toBe(idx('e2024-07-22'));
  // A selection outside the frame does not steal the tab stop.
  expect(rovingEvent(layout, frame, -1, idx('e2003'))).toBe(idx('e2024-07-10'));
  expect(rovingEvent(layout, frame, idx('e2003'), -1)).toBe(idx('e2003'));
});

test('pinned marks exist for events off the frame, in their first lane, off screen', () => {
  const x = linearX(w, 1000, 'rtl');
  const marks = pinnedMarks(layout, frame, [idx('e2003'), idx('e2024-07-22')], x);
  const m2003 = marks.find((m) => m.event === idx('e2003'))!;
  expect(m2003.lane).toBe(0);
  expect(m2003.x1).toBeGreaterThan(1000); // earlier than the window: beyond its right edge
  // An event in two lanes keeps both of its drawn marks.
  expect(marks.filter((m) => m.event === idx('e2024-07-22')).map((m) => m.lane)).toEqual([0, 1]);
});

test('hit testing finds the mark under the pointer and nothing far from it', () => {
  const m = frame.marks[0]!;
  expect(hitTest(frame.marks, m.x1 + 2, rowY(m.lane, m.row) + 1, 8)).toBe(m.event);
  expect(hitTest(frame.marks, m.x1 + 40, rowY(m.lane, m.row) + 30, 8)).toBe(-1);
});
