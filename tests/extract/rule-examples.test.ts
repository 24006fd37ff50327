// Every rule and table entry carries examples; each one runs here.
import { describe, expect, test } from 'vitest';
import { findTimexes } from '../../src/extract/timex';
import { calendar, markers, timexRules, type TimexExample } from '../../src/extract/rules';

function check([text, anchor, want]: TimexExample) {
  const got = findTimexes(text, { anchor });
  if (want === 'undated')
    expect(got.some((t) => t.kind === 'date' && t.value === null && t.reason)).toBe(true);
  else if (['vague', 'duration', 'present', 'set'].includes(want)) {
    expect(got.map((t) => t.kind)).toContain(want);
    expect(got.filter((t) => t.kind === 'date')).toEqual([]);
  } else expect(got.map((t) => t.value)).toContain(want);
  for (const t of got) expect(text.slice(t.start, t.end)).toBe(t.text);
}

describe.each(timexRules.map((r) => [r.id, r] as const))('rule %s', (_, rule) => {
  test('has at least two examples', () => expect(rule.examples.length).toBeGreaterThanOrEqual(2));
  test.each(rule.examples)('%s (published %s) -> %s', (...ex) => {
    check(ex);
    // the example must be found by this very rule
    expect(findTimexes(ex[0], { anchor: ex[1] }).map((t) => t.rule)).toContain(rule.id);
  });
});

describe.each(calendar.months.map((m) => [m.month, m] as const))('month %i', (_, m) => {
  test('has at least two examples', () => expect(m.examples.length).toBeGreaterThanOrEqual(2));
  test.each(m.examples)('%s -> %s', (...ex) => check(ex));
});

describe.each(calendar.weekdays.map((w) => [w.names[0], w] as const))('weekday %s', (_, w) => {
  test.each(w.examples)('%s (published %s) -> %s', (...ex) => check(ex));
});

test.each([...calendar.englishExamples, ...calendar.hijriExamples, ...markers.future.examples])(
  '%s (published %s) -> %s',
  (...ex) => check(ex),
);
