// Checks the schema cannot express: dates that are not days, or run backwards, and references.
import { expect, test } from 'vitest';
import { integrityProblems } from '../../src/model';
import { smallTimeline } from '../timeline/fixtures';

const clone = () => structuredClone(smallTimeline);

test('the fixture is sound', () => {
  expect(integrityProblems(smallTimeline)).toEqual([]);
});

test('a day that is not in the calendar and a date that ends before it starts are named', () => {
  const t = clone();
  t.events[0]!.date.start = '2024-02-30';
  t.events[1]!.date = { ...t.events[1]!.date, start: '2011-12-31', end: '2011-01-01' };
  t.articles[0]!.published = '2023-13-01';
  const p = integrityProblems(t);
  expect(p).toContain(
    `event ${t.events[0]!.id}: date start 2024-02-30 is not a day of the calendar`,
  );
  expect(p).toContain(`event ${t.events[1]!.id}: date starts 2011-12-31, after its end 2011-01-01`);
  expect(p).toContain(
    `article ${t.articles[0]!.id}: published 2023-13-01 is not a day of the calendar`,
  );
});

test('years before 100 are real years (Date.UTC would read 0050 as 1950)', () => {
  const t = clone();
  t.events[0]!.date = { ...t.events[0]!.date, start: '0050-01-01', end: '0050-12-31' };
  expect(integrityProblems(t)).toEqual([]);
});
