import { expect, test } from 'vitest';
import { cleanMarks, segmentParagraph } from '../../src/ui/segments';

const text = 'قال السوداني اليوم إن الحوار بدأ. وتابع.';

test('splits the paragraph around the sentence and its marks', () => {
  const sentence = { start: 0, end: 33 };
  const parts = segmentParagraph(
    text.length,
    [
      { start: 4, end: 12, kind: 'actor', ref: 'sudani' },
      { start: 13, end: 18, kind: 'timex' },
    ],
    sentence,
  );
  expect(parts.map((p) => [p.start, p.end, p.highlight])).toEqual([
    [0, 33, true],
    [33, text.length, false],
  ]);
  const slices = parts[0]!.pieces.map((p) => [text.slice(p.start, p.end), p.mark?.kind ?? null]);
  expect(slices).toEqual([
    ['قال ', null],
    ['السوداني', 'actor'],
    [' ', null],
    ['اليوم', 'timex'],
    [' إن الحوار بدأ.', null],
  ]);
  // Every character is rendered exactly once.
  expect(parts.flatMap((p) => p.pieces.map((x) => text.slice(x.start, x.end))).join('')).toBe(text);
});

test('a mark crossing the sentence edge is cut at it, not lost', () => {
  const parts = segmentParagraph(10, [{ start: 3, end: 7, kind: 'timex' }], { start: 0, end: 5 });
  expect(parts[0]!.pieces.at(-1)).toMatchObject({ start: 3, end: 5 });
  expect(parts[1]!.pieces[0]).toMatchObject({ start: 5, end: 7 });
});

test('out-of-range and overlapping marks are clamped or dropped', () => {
  expect(
    cleanMarks(10, [
      { start: 8, end: 20, kind: 'timex' },
      { start: -3, end: 2, kind: 'actor' },
      { start: 1, end: 4, kind: 'actor' },
      { start: 5, end: 5, kind: 'actor' },
    ]),
  ).toEqual([
    { start: 0, end: 2, kind: 'actor' },
    { start: 8, end: 10, kind: 'timex' },
  ]);
});

test('without a sentence the paragraph is one plain part', () => {
  expect(segmentParagraph(5, [])).toEqual([
    { start: 0, end: 5, highlight: false, pieces: [{ start: 0, end: 5, mark: null }] },
  ]);
});
