// The CLI's stages on their own: the per-article contract check, the final assembly that can
// only set aside the articles of faulty events, the progress line, and cache pruning.
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extractArticle, linkArticles, type ArticleExtraction } from '../../src/extract';
import { assemble, contractProblems } from '../../src/cli/assemble';
import { pruneCache } from '../../src/cli/cache';
import { articleProblems } from '../../src/cli/check';
import { Progress } from '../../src/cli/progress';
import { tempRoot } from './helpers';

const article = (id: string, text: string) =>
  extractArticle({ id, text: `عنوان\n${text}`, meta: { published: '2024-03-05' } });
const good = () =>
  article(
    'good',
    'وقال عضو البرلمان العراقي، محمد الكربولي، في 3 مارس 2024 إن الوفد الأميركي وصل.',
  );

describe('the per-article check', () => {
  test('a good article passes', () => {
    const r = good();
    expect(r.drafts.length).toBeGreaterThan(0);
    expect(r.discovered.length).toBeGreaterThan(0);
    expect(articleProblems(r, 'good')).toEqual([]);
  });

  // What a faulty extractor could hand over, and what the check must say of it.
  const faults: [string, (r: ArticleExtraction) => void, RegExp][] = [
    ['a date past year 9999', (r) => (r.drafts[0]!.date.end += 3_000_000), /years 0000–9999/],
    ['a NaN offset', (r) => (r.drafts[0]!.sentence.end = NaN), /mention 0 .*sentence\.end/],
    [
      'a timex that does not slice',
      (r) => (r.drafts[0]!.timex.start += 1),
      /timex text does not match/,
    ],
    ['an empty actor id', (r) => (r.discovered[0]!.id = ''), /discovered actor ""/],
    [
      'a discovered actor with a gazetteer id',
      (r) => (r.discovered[0]!.id = 'iraq'),
      /gazetteer id/,
    ],
    [
      'an unknown actor',
      (r) => (r.drafts[0]!.actors[0]!.id = 'nobody-known'),
      /unknown actor nobody-known/,
    ],
    [
      'another article’s mention',
      (r) => (r.drafts[0]!.articleId = 'other'),
      /names article "other"/,
    ],
    ['an empty article id', (r) => (r.article.id = ''), /article id is empty/],
    ['a result for another article', (r) => (r.article.id = 'goo'), /result is for article "goo"/],
  ];
  test.each(faults)('%s is refused', (_name, spoil, message) => {
    const r = good();
    spoil(r);
    expect(articleProblems(r, r.article.id === '' ? '' : 'good').join('\n')).toMatch(message);
  });
});

describe('assembly', () => {
  const results = () => [
    good(),
    article('other', 'وأعلنت وزارة الدفاع الأميركية في 4 مارس 2024 سحب قوات من العراق.'),
  ];

  test('checked articles link into a timeline that keeps the contract', () => {
    const { timeline, setAside } = assemble(results());
    expect(setAside).toEqual([]);
    expect(contractProblems(timeline)).toEqual([]);
    expect(timeline.articles.map((a) => a.id)).toEqual(['good', 'other']);
  });

  test('a linker fault at one article’s events sets aside that article only', () => {
    // a faulty linker: every event of article "other" gets an end before its start
    const faulty: typeof linkArticles = (rs) => {
      const out = linkArticles(rs);
      for (const e of out.timeline.events)
        if (e.mentions.some((m) => m.articleId === 'other')) e.mentions[0]!.sentence.end = -1;
      return out;
    };
    const { timeline, setAside } = assemble(results(), faulty);
    expect(setAside.map((a) => a.id)).toEqual(['other']);
    expect(timeline.articles.map((a) => a.id)).toEqual(['good']);
    expect(contractProblems(timeline)).toEqual([]);
  });

  test('an event related to another is not blamed for the relation; the real fault is named', () => {
    const faulty: typeof linkArticles = (rs) => {
      const out = linkArticles(rs);
      const of = (id: string) => out.timeline.events.find((e) => e.mentions[0]!.articleId === id);
      const [ofGood, ofOther] = [of('good'), of('other')];
      // «good»'s event anticipates «other»'s, and «other»'s names an actor nobody lists
      if (ofGood && ofOther) {
        ofGood.relations = [{ type: 'anticipates', event: ofOther.id }];
        ofOther.actors.push('nobody-listed');
      }
      return out;
    };
    const { timeline, setAside } = assemble(results(), faulty);
    expect(setAside).toEqual([
      { id: 'other', problem: expect.stringMatching(/unknown actor nobody-listed/) as string },
    ]);
    expect(timeline.articles.map((a) => a.id)).toEqual(['good']);
  });
});

describe('progress', () => {
  const stream = (isTTY: boolean) => {
    const out: string[] = [];
    return { out, isTTY, write: (s: string) => out.push(s) };
  };

  test('on a terminal: nothing in the first second, then one line redrawn in place', () => {
    let now = 0;
    const s = stream(true);
    const p = new Progress({ total: 4, stream: s, now: () => now });
    now = 500;
    p.tick(1_000_000);
    expect(s.out).toEqual([]);
    now = 2000;
    p.tick(1_000_000);
    expect(s.out.at(-1)).toBe('\r\x1b[2Kextract: 2 / 4 articles, 1.0 MB/s, 2 s left');
    p.log('x.txt: empty article');
    expect(s.out.slice(-3)).toEqual([
      '\r\x1b[2K',
      'x.txt: empty article\n',
      '\r\x1b[2Kextract: 2 / 4 articles, 1.0 MB/s, 2 s left',
    ]);
    p.end();
    expect(s.out.at(-1)).toBe('\r\x1b[2K');
  });

  test('off a terminal: a plain line every five seconds', () => {
    let now = 0;
    const s = stream(false);
    const p = new Progress({ total: 100, stream: s, now: () => now });
    for (let i = 0; i < 100; i++) {
      now += 200; // 20 s in all
      p.tick(100_000);
    }
    expect(s.out).toHaveLength(4);
    expect(s.out[0]).toBe('extract: 25 / 100 articles, 0.5 MB/s, 15 s left\n');
  });

  test('--quiet: no progress, but messages still', () => {
    let now = 0;
    const s = stream(true);
    const p = new Progress({ total: 2, stream: s, quiet: true, now: () => now });
    now = 5000;
    p.tick(10);
    p.log('y.txt: no Arabic text');
    expect(s.out).toEqual(['y.txt: no Arabic text\n']);
  });
});

describe('cache pruning', () => {
  let root = '';
  let remove = () => {};
  beforeAll(() => ({ root, remove } = tempRoot('extract-prune-')));
  afterAll(() => remove());

  test('over the bound, unused entries go oldest first; used ones and the newest stay', () => {
    const dir = join(root, 'cache');
    const [old, current] = [join(dir, 'oldversion'), join(dir, 'version')];
    mkdirSync(old, { recursive: true });
    mkdirSync(current);
    const entry = (folder: string, name: string, ageS: number) => {
      const f = join(folder, name);
      writeFileSync(f, 'x'.repeat(1000));
      const t = Date.now() / 1000 - ageS;
      utimesSync(f, t, t);
      return f;
    };
    entry(old, 'a.json', 400);
    entry(current, 'b.json', 300);
    const used = entry(current, 'c.json', 500);
    entry(current, 'd.json', 10);
    writeFileSync(join(current, 'e.json.999999999-1.tmp'), 'left by a killed run');
    const r = pruneCache(dir, new Set([used]), 2500);
    expect(r).toMatchObject({ removed: 2, bytes: 2000 });
    expect(readdirSync(current).sort()).toEqual(['c.json', 'd.json']);
    expect(readdirSync(dir)).toEqual(['version']);
  });
});
