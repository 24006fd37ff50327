// Issue 12: the output does not depend on how it was made. One thread or several, every
// article extracted or read back from the cache, a rerun after one article changed: byte
// for byte the same file. And a damaged cache entry is noticed, never used, and rebuilt.
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../src/synthetic';
import { articleFolder, runExtract, tempRoot, writeArticles, type RunResult } from './helpers';

let root = '';
let remove = () => {};
beforeAll(() => {
  ({ root, remove } = tempRoot('extract-identity-'));
});
afterAll(() => remove());

let outputs = 0;
/** Runs the command and returns the bytes it wrote, with what it said. */
function extractTo(input: string, ...args: string[]): { bytes: Buffer; r: RunResult } {
  const out = join(root, `out-${outputs++}.json`);
  const r = runExtract(join(root, 'unused-cache'), ['--input', input, '--output', out, ...args]);
  expect(r.status, r.stderr).toBe(0);
  return { bytes: readFileSync(out), r };
}

const fromCache = (r: RunResult) => Number(/\((\d+) from the cache\)/.exec(r.stderr)?.[1] ?? NaN);

describe.each([
  ['the seeds', () => articleFolder(root, 'seeds')],
  [
    'a generated corpus',
    () => {
      const dir = join(root, 'generated');
      // seed 7: a few hundred articles of every kind the generator writes, undated ones too
      writeArticles(dir, generateCorpus({ bytes: 400_000, seed: 7 }).articles);
      return dir;
    },
  ],
])('%s', (_name, makeFolder) => {
  let dir = '';
  let single: Buffer;
  let cache = '';
  let articles = 0;
  beforeAll(() => {
    dir = makeFolder();
    articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).length;
    cache = join(root, `cache-${outputs}`);
    single = extractTo(dir, '--jobs', '1', '--no-cache').bytes;
  }, 300_000);

  test('several threads write what one thread writes', () => {
    expect(extractTo(dir, '--jobs', '2', '--no-cache').bytes.equals(single)).toBe(true);
    expect(extractTo(dir, '--jobs', '3', '--no-cache').bytes.equals(single)).toBe(true);
  }, 300_000);

  test('filling the cache, then reading it back, in one thread or several: the same bytes', () => {
    const cold = extractTo(dir, '--cache', cache);
    expect(fromCache(cold.r)).toBe(0);
    expect(cold.bytes.equals(single)).toBe(true);
    for (const jobs of ['1', '2']) {
      const warm = extractTo(dir, '--cache', cache, '--jobs', jobs);
      expect(fromCache(warm.r)).toBe(articles);
      expect(warm.bytes.equals(single)).toBe(true);
    }
  }, 300_000);

  test('after one article is edited and one added, only those two are extracted', () => {
    const edited = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()[0]!;
    appendFileSync(
      join(dir, edited),
      'وأعلنت الحكومة العراقية في 5 مارس 2024 استئناف الحوار مع واشنطن.\n',
    );
    writeFileSync(
      join(dir, 'zz-added.txt'),
      'خبر جديد\nوصل وفد أميركي إلى بغداد في 6 مارس 2024 لبحث مستقبل التحالف.\n',
    );
    const rerun = extractTo(dir, '--cache', cache);
    expect(fromCache(rerun.r)).toBe(articles - 1);
    const fresh = extractTo(dir, '--jobs', '1', '--no-cache').bytes;
    expect(rerun.bytes.equals(fresh)).toBe(true);
    expect(fresh.equals(single)).toBe(false);
    single = fresh;
    articles++;
  }, 300_000);

  test('damaged cache entries are named, ignored and rebuilt; the output does not change', () => {
    // a cache of this folder alone, so that every entry in it is one the run reads
    const own = `${cache}-own`;
    extractTo(dir, '--cache', own);
    const [version] = readdirSync(own);
    const folder = join(own, version!);
    const entries = readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .sort();
    const damage = [
      (s: string) => s.slice(0, s.length / 2), // cut short
      (s: string) => s.replace(/"paragraph":(\d)/, '"paragraph":9$1'), // one digit changed
      () => 'not a cache entry',
      (s: string) => s.replace(/"key":"[0-9a-f]+"/, `"key":"${'0'.repeat(64)}"`), // another key's
    ].slice(0, entries.length);
    damage.forEach((f, i) => {
      const file = join(folder, entries[i]!);
      writeFileSync(file, f(readFileSync(file, 'utf8')));
    });
    const { bytes, r } = extractTo(dir, '--cache', own);
    expect(bytes.equals(single)).toBe(true);
    expect(
      r.lines.filter((l) => /corrupt cache entry .* ignored and rebuilt/.test(l)),
    ).toHaveLength(damage.length);
    expect(fromCache(r)).toBe(articles - damage.length);
    expect(fromCache(extractTo(dir, '--cache', own).r)).toBe(articles);
  }, 300_000);
});
