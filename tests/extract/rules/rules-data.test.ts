// Shape and consistency of the extractor's knowledge (actors.json, triggers.json): ids,
// affiliations, dated roles and examples that are really in their sentences and not in the seeds.
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { actorKinds, eventTypes } from '../../../src/model';
import { normalizeArabic } from '../../../src/extract/text';
import { actorsFile, seedText, squash, triggersFile } from './fixtures';

const realDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a calendar day');
const arabic = z.string().regex(/[\u0621-\u064A]/, 'expected Arabic text');

const actorSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.strictObject({ ar: arabic, en: z.string().min(2) }),
  kind: z.enum(actorKinds),
  affiliation: z.string().optional(),
  broad: z.literal(true).optional(),
  side: z.string().optional(),
  ledBy: z.string().optional(),
  aliases: z.array(arabic),
  adjectives: z.array(arabic).min(1).optional(),
  roles: z
    .array(
      z
        .strictObject({ phrase: arabic, from: realDay.optional(), to: realDay.optional() })
        .refine((r) => !r.from || !r.to || r.from < r.to, 'from must precede to'),
    )
    .optional(),
  examples: z
    .array(
      z.strictObject({ text: arabic, match: z.string().min(2), published: realDay.optional() }),
    )
    .min(2),
  notExamples: z.array(z.strictObject({ text: arabic, published: realDay.optional() })).optional(),
  note: z.string().optional(),
});
const actorsFileSchema = z.strictObject({
  note: z.string().optional(),
  stopPhrases: z.array(arabic).optional(),
  actors: z.array(actorSchema).min(150),
});
const triggersFileSchema = z.strictObject({
  note: z.string().min(1),
  types: z.array(
    z.strictObject({
      type: z.enum(eventTypes),
      label: z.strictObject({ ar: arabic, en: z.string().min(2) }),
    }),
  ),
  kinds: z.array(
    z.strictObject({
      kind: z.string().regex(/^[a-z-]+$/),
      type: z.enum(eventTypes),
      family: z.string().regex(/^[a-z-]+$/),
      generic: z.literal(true).optional(),
      note: z.string().min(1).optional(),
      triggers: z.array(z.string().regex(/^[^*]+\*?$/)).min(1),
      examples: z.array(z.strictObject({ text: arabic, trigger: z.string().min(2) })).min(2),
    }),
  ),
  families: z.strictObject({
    note: z.string().min(1),
    list: z.array(
      z.strictObject({
        id: z.string().regex(/^[a-z-]+$/),
        weak: z.literal(true).optional(),
        note: z.string().min(1),
      }),
    ),
    compatible: z.array(z.tuple([z.string(), z.string(), z.string().min(1)])),
  }),
});

const actors = actorsFile.actors;
const byId = new Map(actors.map((a) => [a.id, a]));

describe('actors.json', () => {
  test('matches the gazetteer schema', () => {
    const r = actorsFileSchema.safeParse(actorsFile);
    expect(r.success ? [] : r.error.issues.slice(0, 10)).toEqual([]);
  });

  test('ids are unique', () => {
    const seen = new Set<string>();
    const dups = actors.filter((a) => seen.size === seen.add(a.id).size).map((a) => a.id);
    expect(dups).toEqual([]);
  });

  test('a side names an actor of the gazetteer', () => {
    expect(actors.filter((a) => a.side && !byId.has(a.side)).map((a) => a.id)).toEqual([]);
  });

  test('ledBy names an actor of the gazetteer that leads no one itself', () => {
    const bad = actors.filter(
      (a) => a.ledBy && (!byId.has(a.ledBy) || byId.get(a.ledBy)!.ledBy !== undefined),
    );
    expect(bad.map((a) => a.id)).toEqual([]);
  });

  test('affiliations name other actors and never loop', () => {
    const bad: string[] = [];
    for (const a of actors) {
      const chain = new Set([a.id]);
      for (let cur = a.affiliation; cur !== undefined; cur = byId.get(cur)?.affiliation) {
        if (!byId.has(cur) || chain.has(cur)) {
          bad.push(`${a.id} -> ${cur}`);
          break;
        }
        chain.add(cur);
      }
    }
    expect(bad).toEqual([]);
  });

  test('one surface form belongs to one actor', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of actors)
      for (const alias of new Set(a.aliases.map(normalizeArabic))) {
        const o = owner.get(alias);
        if (o !== undefined && o !== a.id) clashes.push(`${alias}: ${o}, ${a.id}`);
        owner.set(alias, a.id);
      }
    expect(clashes).toEqual([]);
  });

  test('a nisba adjective belongs to one actor and is not an alias', () => {
    const aliases = new Set(actors.flatMap((a) => a.aliases.map(normalizeArabic)));
    const owner = new Map<string, string>();
    const bad: string[] = [];
    for (const a of actors)
      for (const adj of (a.adjectives ?? []).map(normalizeArabic)) {
        const o = owner.get(adj);
        if ((o !== undefined && o !== a.id) || aliases.has(adj) || aliases.has(`ال${adj}`))
          bad.push(`${a.id}: ${adj}`);
        owner.set(adj, a.id);
      }
    expect(bad).toEqual([]);
  });

  test('one role phrase names one person at a time', () => {
    const byPhrase = new Map<string, { id: string; from: string; to: string }[]>();
    for (const a of actors)
      for (const r of a.roles ?? []) {
        const k = normalizeArabic(r.phrase);
        const list = byPhrase.get(k) ?? [];
        list.push({ id: a.id, from: r.from ?? '0000-00-00', to: r.to ?? '9999-99-99' });
        byPhrase.set(k, list);
      }
    const overlaps: string[] = [];
    for (const [phrase, list] of byPhrase)
      for (const x of list)
        for (const y of list)
          if (x.id < y.id && x.from < y.to && y.from < x.to)
            overlaps.push(`${phrase}: ${x.id}, ${y.id}`);
    expect(overlaps).toEqual([]);
  });

  test('every example holds its match; dated examples fall in a role of the actor', () => {
    const bad: string[] = [];
    for (const a of actors)
      for (const e of a.examples) {
        if (!e.text.includes(e.match)) bad.push(`${a.id}: «${e.match}» not in «${e.text}»`);
        if (e.published === undefined) continue;
        const p = e.published;
        const inRole = (a.roles ?? []).some(
          (r) =>
            normalizeArabic(r.phrase) === normalizeArabic(e.match) &&
            (!r.from || r.from <= p) &&
            (!r.to || p < r.to),
        );
        if (!inRole) bad.push(`${a.id}: no role «${e.match}» on ${p}`);
      }
    expect(bad).toEqual([]);
  });

  test('examples are not taken from the seed articles', () => {
    const copied = actors.flatMap((a) =>
      [...a.examples, ...(a.notExamples ?? [])]
        .filter((e) => seedText.includes(squash(e.text)))
        .map((e) => `${a.id}: ${e.text}`),
    );
    expect(copied).toEqual([]);
  });

  test('stop phrases never equal a name or a role phrase', () => {
    const names = new Set(
      actors.flatMap((a) =>
        [...a.aliases, ...(a.roles ?? []).map((r) => r.phrase)].map(normalizeArabic),
      ),
    );
    expect((actorsFile.stopPhrases ?? []).filter((s) => names.has(normalizeArabic(s)))).toEqual([]);
  });

  test('covers the actors of the seeds and the main sides of the subject', () => {
    const required = [
      'us',
      'iraq',
      'coalition',
      'romanowski',
      'sudani',
      'biden',
      'austin',
      'blinken',
    ];
    const more = [
      'yarallah',
      'husseini',
      'almada',
      'resistance-coordination',
      'shia-factions',
      'isis',
    ];
    const rest = ['saddam', 'us-forces', 'iran', 'nato', 'pmf', 'peshmerga', 'kurdistan-region'];
    expect([...required, ...more, ...rest].filter((id) => !byId.has(id))).toEqual([]);
  });
});

describe('triggers.json', () => {
  const types = triggersFile.types;
  const kinds = triggersFile.kinds;

  test('matches the trigger schema', () => {
    const r = triggersFileSchema.safeParse(triggersFile);
    expect(r.success ? [] : r.error.issues.slice(0, 10)).toEqual([]);
  });

  test('lists every event type of the contract once', () => {
    expect(types.map((t) => t.type).sort()).toEqual([...eventTypes].sort());
  });

  test('kinds are unique, each in a listed family; every type has a kind; pairs name families', () => {
    const ids = new Set(triggersFile.families.list.map((f) => f.id));
    expect(kinds.length).toBe(new Set(kinds.map((k) => k.kind)).size);
    expect(kinds.filter((k) => !ids.has(k.family)).map((k) => k.kind)).toEqual([]);
    expect([...new Set(kinds.map((k) => k.type))].sort()).toEqual([...eventTypes].sort());
    expect(triggersFile.families.compatible.filter(([a, b]) => !ids.has(a) || !ids.has(b))).toEqual(
      [],
    );
  });

  test('a trigger word fires for one kind only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of kinds)
      for (const w of t.triggers) {
        const k = normalizeArabic(w);
        const o = owner.get(k);
        if (o !== undefined && o !== t.kind) clashes.push(`${w}: ${o}, ${t.kind}`);
        owner.set(k, t.kind);
      }
    expect(clashes).toEqual([]);
  });

  test('every example holds its trigger and is not taken from the seeds', () => {
    const bad = kinds.flatMap((t) =>
      t.examples
        .filter((e) => !e.text.includes(e.trigger) || seedText.includes(squash(e.text)))
        .map((e) => `${t.kind}: ${e.text}`),
    );
    expect(bad).toEqual([]);
  });
});
