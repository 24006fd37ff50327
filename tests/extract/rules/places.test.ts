// The places gazetteer (places.json): its shape, what holds what, one owner per surface form,
// every example found by the matcher the actors use, and place names that read as no actor.
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { createActorMatcher } from '../../../src/extract/actors';
import { gazetteer } from '../../../src/extract/rules';
import { normalizeArabic } from '../../../src/extract/text';
import type { GazetteerActor } from '../../../src/extract/types';
import { actorsFile, covers, placesFile, seedText, squash } from './fixtures';

const arabic = z.string().regex(/[\u0621-\u064A]/, 'expected Arabic text');
const placeKinds = [
  'province',
  'city',
  'district',
  'town',
  'base',
  'crossing',
  'region',
  'landmark',
] as const;
const placeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.strictObject({ ar: arabic, en: z.string().min(2) }),
  kind: z.enum(placeKinds),
  within: z.string().optional(),
  aliases: z.array(arabic).min(1),
  examples: z.array(z.strictObject({ text: arabic, match: z.string().min(2) })).min(2),
});
const placesFileSchema = z.strictObject({
  note: z.string().min(1),
  places: z.array(placeSchema).min(150),
});

const places = placesFile.places;
const byId = new Map(places.map((p) => [p.id, p]));

/**
 * Place names that are also an actor's name: the state or region by metonymy (بغداد ترفض،
 * أربيل وبغداد), or a nisba that names the country (العاصمة العراقية). Context decides.
 */
const SHARED_WITH_ACTORS = [
  'إقليم كردستان',
  'إقليم كردستان العراق',
  'كردستان العراق',
  'إقليم كوردستان',
  'كوردستان العراق',
  'الإقليم الكردي',
  'المناطق المتنازع عليها بين بغداد وأربيل',
  'بغداد',
  'العاصمة العراقية',
  'أربيل',
  'اربيل',
  'البادية السورية',
];

describe('places.json', () => {
  test('matches the places schema', () => {
    const r = placesFileSchema.safeParse(placesFile);
    expect(r.success ? [] : r.error.issues.slice(0, 10)).toEqual([]);
  });

  test('ids are unique and none is an actor id (places are not actors)', () => {
    const seen = new Set<string>();
    const dups = places.filter((p) => seen.size === seen.add(p.id).size).map((p) => p.id);
    expect(dups).toEqual([]);
    const actorIds = new Set(actorsFile.actors.map((a) => a.id));
    expect(places.filter((p) => actorIds.has(p.id)).map((p) => p.id)).toEqual([]);
  });

  test('every within names a place and never loops', () => {
    const bad: string[] = [];
    for (const p of places) {
      const chain = new Set([p.id]);
      for (let cur = p.within; cur !== undefined; cur = byId.get(cur)?.within) {
        if (!byId.has(cur) || chain.has(cur)) {
          bad.push(`${p.id} -> ${cur}`);
          break;
        }
        chain.add(cur);
      }
    }
    expect(bad).toEqual([]);
  });

  test('a province is within a region or nothing; a city, district or town is within a place', () => {
    const bad = places.filter((p) =>
      p.kind === 'province'
        ? p.within !== undefined && byId.get(p.within)?.kind !== 'region'
        : ['city', 'district', 'town'].includes(p.kind) && p.within === undefined,
    );
    expect(bad.map((p) => p.id)).toEqual([]);
  });

  test('the Arabic name is one of the aliases (the matcher reads it as one)', () => {
    const bad = places.filter(
      (p) => !p.aliases.map(normalizeArabic).includes(normalizeArabic(p.name.ar)),
    );
    expect(bad.map((p) => `${p.id}: ${p.name.ar}`)).toEqual([]);
  });

  test('one surface form belongs to one place', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of places)
      for (const alias of new Set(p.aliases.map(normalizeArabic))) {
        const o = owner.get(alias);
        if (o !== undefined && o !== p.id) clashes.push(`${alias}: ${o}, ${p.id}`);
        owner.set(alias, p.id);
      }
    expect(clashes).toEqual([]);
  });

  test('every example holds its match and is not taken from the seed articles', () => {
    const bad = places.flatMap((p) =>
      p.examples
        .filter((e) => !e.text.includes(e.match) || seedText.includes(squash(e.text)))
        .map((e) => `${p.id}: ${e.text}`),
    );
    expect(bad).toEqual([]);
  });

  test('a place name names no actor, except the names the two share', () => {
    const actors = createActorMatcher(gazetteer);
    const read = places.flatMap((p) =>
      p.aliases
        .filter((a) => actors.find(a, '2015-08-01').length > 0)
        .map((a) => normalizeArabic(a)),
    );
    expect(read.sort()).toEqual(SHARED_WITH_ACTORS.map(normalizeArabic).sort());
  });
});

describe('place examples', () => {
  // the actors' matcher over entries built from the places: same normalisation and clitics
  const entries: GazetteerActor[] = places.map((p) => ({
    id: p.id,
    name: p.name,
    kind: 'other',
    aliases: p.aliases,
    examples: [],
  }));
  const matcher = createActorMatcher(entries, []);
  const cases = places.flatMap((p) => p.examples.map((e) => ({ id: p.id, ...e })));

  test.each(cases)('$id ← «$match» in $text', ({ id, text, match }) => {
    const spans = matcher.find(text, null);
    const found = spans.filter((s) => s.id === id && covers(text, s, match));
    expect(found, JSON.stringify(spans)).not.toEqual([]);
  });
});
