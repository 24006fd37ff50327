// Every literal key the shell's components ask for exists in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import ar from '../../src/i18n/ar.json';
import en from '../../src/i18n/en.json';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function leafKeys(o: object, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === 'object' && v !== null)
      for (const x of leafKeys(v, `${prefix}${k}.`)) out.add(x);
    else out.add(`${prefix}${k.replace(PLURAL, '')}`);
  }
  return out;
}

const dir = 'src/ui';
const used = readdirSync(dir)
  .filter((f) => /\.tsx?$/.test(f))
  .flatMap((f) =>
    [...readFileSync(join(dir, f), 'utf8').matchAll(/\bt\(\s*'([a-zA-Z.-]+)'/g)].map((m) => m[1]!),
  );

test('the components use literal keys', () => {
  expect(used.length).toBeGreaterThan(30);
});

test.each([
  ['ar', ar],
  ['en', en],
])('every key used by the shell exists in %s', (_, resource) => {
  const keys = leafKeys(resource);
  expect([...new Set(used)].filter((k) => !keys.has(k))).toEqual([]);
});
