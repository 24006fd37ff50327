// The extractor on articles written in the style of outlets and years it has not seen, against a
// reference reading made before it was run on them; thresholds sit a little below the measured scores.
import { describe, expect, test } from 'vitest';
import { readArticles } from '../../src/cli/articles';
import { extract } from '../../src/extract';
import { integrityProblems, timelineSchema } from '../../src/model';
import reference from './devset/reference.json';
import { score, type Reference } from './score';

const ref = reference as Reference & { articles: { id: string; published: string | null }[] };

/** Misses and spurious mentions grouped by article, so a failing threshold says what changed. */
function byArticle(s: { missed: string[]; spurious: string[] }): string {
  const lines = new Map<string, string[]>();
  const add = (kind: string, m: string) => {
    const id = m.slice(0, m.indexOf(':'));
    lines.set(id, [...(lines.get(id) ?? []), `  ${kind} ${m.slice(id.length + 1)}`]);
  };
  s.missed.forEach((m) => add('missed  ', m));
  s.spurious.forEach((m) => add('spurious', m));
  return [...lines].map(([id, l]) => `${id}\n${l.join('\n')}`).join('\n');
}

describe('the development set (unseen outlets and years)', () => {
  const { articles, problems } = readArticles('tests/extract/devset/articles');
  const { timeline } = extract(articles);
  const s = score(timeline, ref);
  const report = `\n${byArticle(s)}\nF1 ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}), clusters ${s.clusterF1.toFixed(3)}, actors R ${s.actorRecall.toFixed(3)}`;

  test('all twelve articles are read and the output keeps the contract', () => {
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(12);
    expect(integrityProblems(timelineSchema.parse(timeline))).toEqual([]);
  });
  test('every reference span is in the paragraph it names (the fixture matches the articles)', () => {
    const text = new Map(
      timeline.articles.flatMap((a) => a.paragraphs.map((p) => [`${a.id}:${p.index}`, p.text])),
    );
    const spans = [...ref.events.flatMap((e) => e.mentions), ...ref.optional];
    const absent = spans.filter((m) => !text.get(`${m.article}:${m.paragraph}`)?.includes(m.timex));
    expect(absent).toEqual([]);
  });
  test('mentions are found with their values (F1 >= 0.95, precision >= 0.95)', () => {
    expect(s.f1, report).toBeGreaterThanOrEqual(0.95);
    expect(s.precision, report).toBeGreaterThanOrEqual(0.95);
  });
  test('mentions of one happening are merged across articles (cluster F1 >= 0.60)', () => {
    expect(s.clusterF1, report).toBeGreaterThanOrEqual(0.6);
  });
  test('the actors of each mention are found (recall >= 0.86)', () => {
    expect(s.actorRecall, report).toBeGreaterThanOrEqual(0.86);
  });
  test('publication days come from the sidecar or the dateline, never a guess', () => {
    const got = Object.fromEntries(timeline.articles.map((a) => [a.id, a.published ?? null]));
    expect(got).toEqual(Object.fromEntries(ref.articles.map((a) => [a.id, a.published])));
  });
  test('relative expressions of the article with no knowable day go to undated', () => {
    const dated = timeline.events.flatMap((e) =>
      e.mentions.filter((m) => m.articleId === 'dev8_hespress').map((m) => m.timex.text),
    );
    const undated = timeline.undated
      .filter((u) => u.articleId === 'dev8_hespress')
      .map((u) => u.timex.text);
    for (const relative of ['الأسبوع الماضي', 'أكتوبر المقبل', 'أمس']) {
      expect(dated.some((t) => t.includes(relative))).toBe(false);
      expect(undated.some((t) => t.includes(relative))).toBe(true);
    }
  });
});
