// Issue 13's property, on the CLI's own stages (extract, check, assemble): adding one
// arbitrary article to any set of articles changes nothing about the others.
//
// Asserted for every article of the set: whether it comes out; its article entry (title,
// paragraphs, dates, outlet); each of its mentions (paragraph, sentence span, the time
// expression's text, offsets and value, the actors with their spans); its undated
// expressions. Not asserted: which event a mention lands in, and so event ids, dates, types,
// summaries and relations, which may rightly change when the new article reports the same
// happening; and the actor list, which gains the people the new article introduces.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractArticle, type ArticleExtraction } from '../../src/extract';
import type { ArticleInput } from '../../src/extract/types';
import { assemble } from '../../src/cli/assemble';
import { articleProblems } from '../../src/cli/check';
import { readArticles } from '../../src/cli/articles';
import { generateCorpus } from '../../src/synthetic';
import type { Timeline } from '../../src/model';
import { repo } from './helpers';
import { join } from 'node:path';

/** The CLI's per-article stage: the result, or null when its check refuses it. */
function stage(input: ArticleInput): ArticleExtraction | null {
  const r = extractArticle(input);
  return articleProblems(r, input.id).length ? null : r;
}

// A pool to draw sets from: the seeds and a generated corpus (seed 11), extracted once.
const pool: ArticleInput[] = [
  ...readArticles(join(repo, 'seeds')).articles,
  ...generateCorpus({ bytes: 60_000, seed: 11 }).articles.slice(0, 40),
];
const staged = pool.map(stage);

// The fuzzed article: pieces that make every stage fire (dates of every kind, years at the
// contract's edges, actors, role phrases before odd names, «İ», runs of marks) in any order.
const pieces = (
  'في 3 مارس 2024|أمس|اليوم|غدا|العام المقبل|الأسبوع الماضي|في 2024|9999|0001|2 فبراير/ شباط 2024|' +
  '1445 هـ|رمضان|منذ|قبل|بعد|ثلاثة أيام|الولايات المتحدة|العراق|واشنطن|بغداد|وزارة الدفاع الأميركية|' +
  'قال|أعلن|وصل|زار|هاجم|انسحب|وقال عضو البرلمان العراقي، |Ωμέγα Δέλτα|İstanbul|İ|رئيس الوزراء العراقي|' +
  'ياسر الحسيني|.|؟|،|؛|…|«|»|\u064e|\u0640|\u200f|\u202e|\ufeff|😀|\ud800|é|\t|2024|22/7/2024'
).split('|');
const separators = ['', ' ', ' ', '\n', '\r\n', '، ', '. '];
const fuzzText = fc.oneof(
  fc
    .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...separators)), { maxLength: 80 })
    .map((parts) => `عنوان\n${parts.map(([p, s]) => p + s).join('')}`),
  fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => `خبر\n${s}`),
  fc
    .tuple(
      fc.constantFrom('؟', '.', 'أمس ', 'في 2024 ', 'قال العراق اليوم، '),
      fc.integer({ min: 1, max: 3000 }),
    )
    .map(([p, n]) => `عنوان\nوصل الوفد إلى بغداد ${p.repeat(n)}`),
);
const fuzzPublished = fc.option(
  fc.oneof(
    fc.constantFrom('0001-01-01', '9999-12-31', '2024-02-29', '2024-07-22'),
    fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z') })
      .filter((d) => !Number.isNaN(d.getTime()))
      .map((d) => d.toISOString().slice(0, 10)),
  ),
  { nil: undefined },
);

/** What the property keeps fixed for one article of the set. */
function viewOf(t: Timeline, id: string) {
  const article = t.articles.find((a) => a.id === id);
  if (!article) return null;
  const mentions = t.events
    .flatMap((e) => e.mentions.filter((m) => m.articleId === id))
    .map((m) => JSON.stringify(m))
    .sort();
  return { article, mentions, undated: t.undated.filter((u) => u.articleId === id) };
}

describe('adding one arbitrary article', () => {
  test('never changes whether the others come out, or what comes out for them', () => {
    let joined = 0; // runs where the fuzzed article came out and was linked with the others
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: pool.length - 1 }), {
          minLength: 1,
          maxLength: 12,
        }),
        fuzzText,
        fuzzPublished,
        (picked, text, published) => {
          const base = picked.flatMap((i) => (staged[i] ? [staged[i]] : []));
          const fuzz = stage({ id: 'zz-fuzzed', text, meta: published ? { published } : {} });
          const before = assemble(base).timeline;
          const after = assemble(fuzz ? [...base, fuzz] : base).timeline;
          if (after.articles.some((a) => a.id === 'zz-fuzzed')) joined++;
          for (const i of picked) {
            const id = pool[i]!.id;
            expect(viewOf(after, id)).toEqual(viewOf(before, id));
          }
        },
      ),
      { numRuns: 150 },
    );
    expect(joined).toBeGreaterThan(100);
  }, 300_000);
});
