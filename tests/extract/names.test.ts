// Who the extractor may discover after a role phrase (rules/ar/names.json): a name opens with a
// given name or عبد/أبو and a name word, maybe after an honorific, and reads as a name in English.
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { createActorMatcher, discoverPeople } from '../../src/extract/actors';
import { englishName, namesData } from '../../src/extract/names';
import { gazetteer } from '../../src/extract/rules';
import { normalizeArabic, normalizeWithMap } from '../../src/extract/text';

const arabic = z.string().regex(/[\u0621-\u064A]/);
const schema = z.strictObject({
  note: z.string().min(1),
  honorifics: z.array(z.string().min(2)).min(5),
  links: z.array(arabic).min(3),
  givenNames: z.array(z.tuple([arabic, z.string().regex(/^[A-Z][a-z]+$/)])).min(100),
  examples: z.array(z.tuple([arabic, z.string(), z.string()])).min(4),
});

const matcher = createActorMatcher(gazetteer);
function discovered(text: string) {
  const n = normalizeWithMap(text);
  const known = matcher.findNormalized(n, '2020-01-01');
  return discoverPeople(text, n, known, (id) => gazetteer.find((a) => a.id === id));
}

describe('names.json', () => {
  test('matches its schema', () => {
    const r = schema.safeParse(namesData);
    expect(r.success ? [] : r.error.issues.slice(0, 5)).toEqual([]);
  });
  test.each(namesData.examples)('in «%s»: «%s» (%s)', (text, ar, en) => {
    const found = discovered(text).map((d) => [d.actor.name.ar, d.actor.name.en]);
    expect(found).toEqual(ar ? [[ar, en]] : []);
  });
});

test('the English form: given names from the table, عبد as Abdul, family names with al-', () => {
  const words = (s: string) => normalizeArabic(s).split(' ');
  expect(englishName(words('عبد الكريم الجبوري'))).toBe('Abdul Karim al-Jaburi');
  expect(englishName(words('أبو مهدي'))).toBe('Abu Mahdi');
  expect(englishName(words('حيدر العامري'))).toBe('Haider al-Amari');
});
