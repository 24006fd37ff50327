// collection.json: the folder's title and sides reach the output; a bad one is named, not fatal.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFolderMeta, withFolderMeta } from '../../src/cli/folderMeta';
import { timelineSchema } from '../../src/model';

const repo = resolve(import.meta.dirname, '../..');
let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'folder-meta-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function dirWith(name: string, collection: string | null): string {
  const dir = join(root, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (collection !== null) writeFileSync(join(dir, 'collection.json'), collection);
  return dir;
}

test('no collection.json: nothing added, nothing said', () => {
  expect(readFolderMeta(dirWith('none', null))).toEqual({ meta: {}, problems: [] });
});

test('title, subtitle and sides are read (a BOM is fine) and placed after schemaVersion', () => {
  const meta = {
    title: { ar: 'أخبار بيروت وتونس' },
    sides: [{ id: 'lebanon', name: { ar: 'لبنان', en: 'Lebanon' } }],
  };
  const r = readFolderMeta(dirWith('good', `\uFEFF${JSON.stringify(meta)}`));
  expect(r).toEqual({ meta, problems: [] });
  const t = withFolderMeta(
    { schemaVersion: 1, articles: [], actors: [], events: [], undated: [] },
    r.meta,
  );
  expect(Object.keys(t)).toEqual([
    'schemaVersion',
    'title',
    'sides',
    'articles',
    'actors',
    'events',
    'undated',
  ]);
  expect(timelineSchema.parse(t).title).toEqual({ ar: 'أخبار بيروت وتونس' });
});

test.each([
  ['malformed JSON', '{"title": ', /collection\.json: malformed JSON/],
  ['a wrong type', '{"title": "بيروت"}', /collection\.json: title: .*; ignored$/],
  ['an unknown field', '{"titel": {}}', /collection\.json: .*titel.*; ignored$/],
  ['a side without a name', '{"sides": [{"id": "x"}]}', /collection\.json: sides\.0\.name: /],
])('%s is named with the file and ignored', (_, text, message) => {
  const r = readFolderMeta(dirWith('bad', text));
  expect(r.meta).toEqual({});
  expect(r.problems).toHaveLength(1);
  expect(r.problems[0]).toMatch(message);
});

test('npm run extract carries the seeds’ collection.json into the output', () => {
  const dir = dirWith('seeds', null);
  for (const f of readdirSync(join(repo, 'seeds')))
    copyFileSync(join(repo, 'seeds', f), join(dir, f));
  const out = join(root, 'out.json');
  const r = spawnSync(
    join(repo, 'node_modules/.bin/tsx'),
    ['src/cli/extract.ts', '--input', dir, '--output', out],
    {
      cwd: repo,
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
  expect(r.status, r.stderr).toBe(0);
  const t = timelineSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
  const seeds = JSON.parse(readFileSync(join(repo, 'seeds/collection.json'), 'utf8')) as object;
  expect({ title: t.title, subtitle: t.subtitle, sides: t.sides }).toEqual(seeds);
  // Every side an actor names is an actor of the file or listed in sides, so lanes have names.
  const named = new Set([...t.actors.map((a) => a.id), ...(t.sides ?? []).map((s) => s.id)]);
  const sides = t.actors.flatMap((a) => (a.side ? [a.side] : []));
  expect(sides.length).toBeGreaterThan(0);
  expect(sides.every((s) => named.has(s))).toBe(true);
});
