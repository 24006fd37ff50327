import { expect, test } from 'vitest';
import { actorKinds, eventTypes } from '../../src/model';
import ar from '../../src/i18n/ar.json';
import en from '../../src/i18n/en.json';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Leaf keys, with plural suffixes folded: Arabic has six plural forms, English two. */
function keys(o: object, prefix = ''): string[] {
  return Object.entries(o)
    .flatMap(([k, v]) =>
      typeof v === 'object' && v !== null
        ? keys(v, `${prefix}${k}.`)
        : [`${prefix}${k.replace(PLURAL, '')}`],
    )
    .filter((k, i, all) => all.indexOf(k) === i)
    .sort();
}

test('ar and en have the same keys', () => {
  expect(keys(ar)).toEqual(keys(en));
});

test('plural keys cover each language’s plural categories', () => {
  const forms = (o: Record<string, string>, base: string) =>
    Object.keys(o)
      .filter((k) => k.startsWith(`${base}_`))
      .map((k) => k.slice(base.length + 1))
      .sort();
  const arCats = [...new Intl.PluralRules('ar').resolvedOptions().pluralCategories].sort();
  const enCats = [...new Intl.PluralRules('en').resolvedOptions().pluralCategories].sort();
  for (const base of ['events', 'sources']) {
    const section = base === 'events' ? 'app' : 'details';
    expect(
      forms((ar as unknown as Record<string, Record<string, string>>)[section]!, base),
    ).toEqual(arCats);
    expect(
      forms((en as unknown as Record<string, Record<string, string>>)[section]!, base),
    ).toEqual(enCats);
  }
});

test('every event type and actor kind has a label in both languages', () => {
  for (const r of [ar, en]) {
    expect(Object.keys(r.types).sort()).toEqual([...eventTypes].sort());
    expect(Object.keys(r.kinds).sort()).toEqual([...actorKinds].sort());
  }
});

test('no value is empty', () => {
  const values = (o: object): string[] =>
    Object.values(o).flatMap((v) => (typeof v === 'object' ? values(v) : [v as string]));
  for (const r of [ar, en]) expect(values(r).filter((v) => v.trim() === '')).toEqual([]);
});
