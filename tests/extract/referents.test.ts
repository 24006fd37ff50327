// The referring words of markers.json (short forms, role and kinship nouns, «البيان»): every
// example runs through the whole extract(). The referring word adds what it stands for to the
// actors its mention shows (and `hides` are not added), never to its event's weighed actors.
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/extract/index';
import markersJson from '../../src/extract/rules/ar/markers.json';
import { seedText, squash } from './rules/fixtures';

interface ReferentExample {
  text: string;
  anchor: string | null;
  timex: string;
  word: string;
  shows: string[];
  hides?: string[];
}
const sections = ['shortForms', 'roleReferents', 'kinReferents', 'statementReferents'] as const;
const markers = markersJson as unknown as Record<
  (typeof sections)[number],
  { examples: ReferentExample[] }
>;

/** What the mentions on a day show: actor ids, and the Arabic names of the people among them. */
function shownOn(text: string, anchor: string | null, day: string) {
  const { timeline } = extract([
    { id: 'example', text, meta: anchor ? { published: anchor } : {} },
  ]);
  const names = new Map(timeline.actors.map((a) => [a.id, a.name.ar]));
  const events = timeline.events.filter((e) => e.mentions.some((m) => m.timex.value === day));
  const shown = new Set<string>();
  for (const e of events)
    for (const m of e.mentions)
      if (m.timex.value === day)
        for (const a of m.actors) shown.add(a.id).add(names.get(a.id) ?? a.id);
  const weighed = new Set<string>();
  for (const e of events) for (const id of e.actors) weighed.add(id).add(names.get(id) ?? id);
  return { found: events.length > 0, shown, weighed };
}

describe.each(sections)('markers %s', (section) => {
  const examples = markers[section].examples;
  test('has at least two examples that show a referent', () =>
    expect(examples.filter((e) => e.shows.length).length).toBeGreaterThanOrEqual(2));
  test.each(examples.map((e) => [e.text, e] as const))('%s', (_, ex) => {
    expect(ex.text).toContain(ex.word);
    const withWord = shownOn(ex.text, ex.anchor, ex.timex);
    expect(withWord.found, `no mention on ${ex.timex}`).toBe(true);
    // without the referring word, what the reference stood for is no longer shown
    const without = shownOn(ex.text.replace(ex.word, ''), ex.anchor, ex.timex);
    const added = [...withWord.shown].filter((x) => !without.shown.has(x));
    for (const id of ex.shows) expect(added).toContain(id);
    for (const id of ex.hides ?? []) expect(added).not.toContain(id);
    // a reference is shown, never weighed: the word does not make it one of the event's actors
    for (const id of ex.shows) expect(withWord.weighed.has(id)).toBe(without.weighed.has(id));
  });
});

test('no referent example shares a 40-character run with the seeds', () => {
  const texts = sections.flatMap((s) => markers[s].examples.map((e) => e.text));
  const shared = texts.filter((t) => {
    const s = squash(t);
    for (let i = 0; i + 40 <= s.length; i++) if (seedText.includes(s.slice(i, i + 40))) return true;
    return false;
  });
  expect(shared).toEqual([]);
});
