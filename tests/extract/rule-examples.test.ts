// Every rule and table entry carries examples; each one runs here.
import { describe, expect, test } from 'vitest';
import { explainTimexes, findTimexes } from '../../src/extract/timex';
import { normalizeArabic } from '../../src/extract/text';
import {
  calendar,
  markers,
  timexRules,
  timexRulesData,
  type TimexExample,
} from '../../src/extract/rules';

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

// A counter-example is a sentence the rule must not read as its kind: the pattern does not
// fit it, or it fits and a guard refuses it.
describe.each(timexRules.map((r) => [r.id, r] as const))('rule %s counter-examples', (_, rule) => {
  const counter = rule.counterExamples ?? [];
  test('has at least two; with guards of its own, a guard refuses one of them', () => {
    expect(counter.length).toBeGreaterThanOrEqual(2);
    if (!rule.guards?.some((g) => typeof g !== 'string')) return;
    const refused = counter.filter(([text]) =>
      explainTimexes(text).some((m) => m.rule === rule.id && (m.refused || m.kind !== rule.kind)),
    );
    expect(refused.map(([text]) => text)).not.toEqual([]);
  });
  test.each(counter)('«%s» (published %s) is not a match', (text, anchor) => {
    const mine = findTimexes(text, { anchor }).filter(
      (t) => t.rule === rule.id && t.kind === rule.kind,
    );
    expect(mine.map((t) => t.text)).toEqual([]);
  });
});

// A time word inside an outlet's or programme's name dates nothing, nor a day counted from an
// anniversary; the list's words are in the sentence (so the example is about them).
describe.each(['mediaNouns', 'timeWordNames', 'anniversaries'] as const)(
  'markers %s',
  (section) => {
    const { words, examples } = markers[section];
    test('has at least two examples', () => expect(examples.length).toBeGreaterThanOrEqual(2));
    test.each(examples)('%s (published %s): no date holds the word', (text, anchor) => {
      const holds = (x: string) =>
        words.some((w) => normalizeArabic(x).includes(normalizeArabic(w)));
      expect(holds(text)).toBe(true);
      const dates = findTimexes(text, { anchor }).filter((t) => t.kind === 'date' && holds(t.text));
      expect(dates.map((t) => t.text)).toEqual([]);
    });
  },
);

// A day named twice is one expression across its join, with the explicit naming's value.
describe('restatements', () => {
  const { examples, counterExamples } = timexRulesData.restatements;
  const joined = (t: { text: string }) => /[(]|الموافق/.test(t.text);
  test.each(examples)('«%s» (published %s) -> one expression, %s', (text, anchor, want) => {
    const got = findTimexes(text, { anchor });
    expect(got.filter(joined).map((t) => t.value)).toEqual([want]);
  });
  test.each(counterExamples)('«%s» (published %s) joins nothing', (text, anchor) => {
    expect(findTimexes(text, { anchor }).filter(joined)).toEqual([]);
  });
});

describe.each(Object.entries(timexRulesData.guards))('shared guard %s', (name, guard) => {
  const users = new Set(timexRules.filter((r) => r.guards?.includes(name)).map((r) => r.id));
  test('is used by a rule and has counter-examples', () => {
    expect(users.size).toBeGreaterThan(0);
    expect(guard.counterExamples?.length ?? 0).toBeGreaterThanOrEqual(2);
  });
  test.each(guard.counterExamples ?? [])(
    'refuses a match in «%s» (published %s)',
    (text, anchor) => {
      expect(explainTimexes(text).filter((m) => m.refused && users.has(m.rule))).not.toEqual([]);
      expect(findTimexes(text, { anchor }).filter((t) => t.kind === 'date')).toEqual([]);
    },
  );
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
