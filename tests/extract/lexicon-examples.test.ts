// Every list of lexicon.json and every discourse section of markers.json carries examples;
// each one runs here, through findTimexes or through the whole extract().
import { describe, expect, test } from 'vitest';
import { extract, findTimexes } from '../../src/extract/index';
import { normalizeArabic } from '../../src/extract/text';
import type { TimexExample } from '../../src/extract/rules';
import lexiconJson from '../../src/extract/rules/ar/lexicon.json';
import markersJson from '../../src/extract/rules/ar/markers.json';
import { seedText, squash } from './rules/fixtures';

/** An article paragraph and the events extract() must make of it (actors: the exact set). */
interface EventExample {
  text: string;
  anchor: string | null;
  expect: { timex: string; type: string; actors: string[] }[];
}
interface NameExample {
  text: string;
  anchor: string | null;
  person: string;
}

// Typed loosely on purpose: the examples are what this suite checks, the words are the engine's.
const lexicon = lexiconJson as unknown as {
  lists: Record<string, { words: string[]; examples?: TimexExample[] }>;
  numbers: Record<string, Record<string, unknown>> & {
    examples?: Record<string, TimexExample[]>;
  };
};
const markers = markersJson as unknown as {
  regionBreaks: { examples?: EventExample[] };
  parallelClauses: { words: string[]; examples?: EventExample[] };
  pronounSubjects: { words: string[]; examples?: EventExample[] };
  continuations: { words: string[]; examples?: EventExample[] };
  dualAnaphors: { words: string[]; examples?: EventExample[] };
  deixisBlockers: { words: string[]; examples?: TimexExample[] };
  yearBlockers: { words: string[]; examples?: TimexExample[] };
  nameStops: { examples?: NameExample[] };
};

const numberTables = ['cardinals', 'ordinals', 'duals', 'decadeWords'] as const;
/** Lists that name the context just before the expression, outside its span («هجمات 11 سبتمبر»). */
const BEFORE_SPAN = new Set(['NAMED_ATTACK']);

const wordRe = (w: string) =>
  new RegExp(
    `(?<![\\p{L}])[وفبلك]?${normalizeArabic(w).trim().replace(/\s+/g, '\\s+')}(?![\\p{L}])`,
    'u',
  );
const usesWord = (text: string, words: string[]) =>
  words.some((w) => wordRe(w).test(normalizeArabic(text)));

/** The expression that holds a word of the table (or follows it) has the expected value or kind. */
function checkTimex([text, anchor, want]: TimexExample, words: string[], before = false) {
  const got = findTimexes(text, { anchor });
  for (const t of got) expect(text.slice(t.start, t.end)).toBe(t.text);
  const mine = got.filter((t) =>
    usesWord(before ? text.slice(0, t.start).split(/\s+/).slice(-2).join(' ') : t.text, words),
  );
  const seen = mine.map((t) => (t.value === null ? `${t.kind}:null` : `${t.kind}:${t.value}`));
  if (want === 'undated') expect(seen).toContain('date:null');
  else if (['vague', 'duration', 'present', 'set'].includes(want))
    expect(seen).toContain(`${want}:null`);
  else expect(seen).toContain(`date:${want}`);
}

/** A blocked word dates nothing; without the blocker the same sentence would be dated. */
function checkBlocked([text, anchor, want]: TimexExample, blockers: string[]) {
  expect(want).toBe('none');
  expect(findTimexes(text, { anchor }).filter((t) => t.value !== null)).toEqual([]);
  const blocker = blockers.find((w) => wordRe(w).test(normalizeArabic(text)));
  expect(blocker).toBeDefined();
  const unblocked = normalizeArabic(text).replace(wordRe(blocker!), '');
  expect(findTimexes(unblocked, { anchor }).filter((t) => t.value !== null)).not.toEqual([]);
}

const run = (text: string, anchor: string | null) =>
  extract([{ id: 'example', text, meta: anchor ? { published: anchor } : {} }]).timeline;

function checkEvents({ text, anchor, expect: want }: EventExample) {
  const events = run(text, anchor).events;
  for (const w of want) {
    const e = events.find((x) => x.date.value === w.timex);
    expect(e, `no event on ${w.timex}`).toBeDefined();
    expect({ type: e!.type, actors: [...e!.actors].sort() }).toEqual({
      type: w.type,
      actors: [...w.actors].sort(),
    });
  }
}

/** Removing the marker word (or its و for a continuation) changes the events' actors. */
function checkMarkerMatters(ex: EventExample, words: string[], dropOnlyWaw: boolean) {
  const n = normalizeArabic(ex.text);
  const word = words.find((w) => wordRe(w).test(n));
  expect(word).toBeDefined();
  const without = n.replace(wordRe(word!), (m) => (dropOnlyWaw ? m.replace(/^\s*و/, '') : ''));
  const actorsOf = (text: string) =>
    run(text, ex.anchor).events.map((e) => [e.date.value, [...e.actors].sort()]);
  expect(actorsOf(without)).not.toEqual(actorsOf(ex.text));
}

const examplesOf = <T>(o: { examples?: T[] }) => o.examples ?? [];

describe.each(Object.entries(lexicon.lists))('lexicon list %s', (name, list) => {
  test('has at least two examples', () =>
    expect(examplesOf(list).length).toBeGreaterThanOrEqual(2));
  test.each(examplesOf(list))('%s (published %s) -> %s', (...ex) =>
    checkTimex(ex, list.words, BEFORE_SPAN.has(name)),
  );
});

describe.each(numberTables)('lexicon numbers.%s', (table) => {
  const examples = lexicon.numbers.examples?.[table] ?? [];
  test('has at least two examples', () => expect(examples.length).toBeGreaterThanOrEqual(2));
  test.each(examples)('%s (published %s) -> %s', (...ex) =>
    checkTimex(ex, Object.keys(lexicon.numbers[table]!)),
  );
});

describe('markers regionBreaks', () => {
  const examples = examplesOf(markers.regionBreaks);
  test('has at least two examples', () => expect(examples.length).toBeGreaterThanOrEqual(2));
  test.each(examples.map((e) => [e.text, e] as const))('%s', (_, ex) => checkEvents(ex));
});

describe.each(['parallelClauses', 'pronounSubjects', 'continuations', 'dualAnaphors'] as const)(
  'markers %s',
  (section) => {
    const { words } = markers[section];
    const examples = examplesOf(markers[section]);
    test('has at least two examples', () => expect(examples.length).toBeGreaterThanOrEqual(2));
    test.each(examples.map((e) => [e.text, e] as const))('%s', (_, ex) => {
      checkEvents(ex);
      checkMarkerMatters(ex, words, section === 'continuations');
    });
  },
);

describe.each(['deixisBlockers', 'yearBlockers'] as const)('markers %s', (section) => {
  const examples = examplesOf(markers[section]);
  test('has at least two examples', () => expect(examples.length).toBeGreaterThanOrEqual(2));
  test.each(examples)('%s (published %s) -> %s', (...ex) =>
    checkBlocked(ex, markers[section].words),
  );
});

describe('markers nameStops', () => {
  const examples = examplesOf(markers.nameStops);
  test('has at least two examples', () => expect(examples.length).toBeGreaterThanOrEqual(2));
  test.each(examples.map((e) => [e.text, e] as const))('%s', (_, { text, anchor, person }) => {
    const people = run(text, anchor).actors.filter((a) => a.kind === 'person');
    expect(people.map((a) => a.name.ar)).toContain(person);
  });
});

test('no example shares a 40-character run with the seeds', () => {
  const texts = [
    ...Object.values(lexicon.lists).flatMap((l) => examplesOf(l).map((e) => e[0])),
    ...Object.values(lexicon.numbers.examples ?? {}).flatMap((l) => l.map((e) => e[0])),
    ...examplesOf(markers.regionBreaks).map((e) => e.text),
    ...examplesOf(markers.parallelClauses).map((e) => e.text),
    ...examplesOf(markers.pronounSubjects).map((e) => e.text),
    ...examplesOf(markers.continuations).map((e) => e.text),
    ...examplesOf(markers.dualAnaphors).map((e) => e.text),
    ...examplesOf(markers.deixisBlockers).map((e) => e[0]),
    ...examplesOf(markers.yearBlockers).map((e) => e[0]),
    ...examplesOf(markers.nameStops).map((e) => e.text),
  ];
  expect(texts.length).toBeGreaterThan(100);
  const shared = texts.filter((t) => {
    const s = squash(t);
    for (let i = 0; i + 40 <= s.length; i++) if (seedText.includes(s.slice(i, i + 40))) return true;
    return false;
  });
  expect(shared).toEqual([]);
});
