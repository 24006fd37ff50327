import { describe, expect, test } from 'vitest';
import { integrityProblems, timelineSchema, type Timeline } from '../../src/model';
import { generateTimeline } from '../../src/synthetic';

const small = generateTimeline({ events: 1000, seed: 7 });

function paragraphText(t: Timeline, articleId: string, paragraph: number): string {
  const text = t.articles.find((a) => a.id === articleId)?.paragraphs[paragraph]?.text;
  if (text === undefined) throw new Error(`no paragraph ${articleId}#${paragraph}`);
  return text;
}

describe('generateTimeline', () => {
  test('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(generateTimeline({ events: 1000, seed: 7 }))).toBe(JSON.stringify(small));
    const other = generateTimeline({ events: 1000, seed: 8 });
    expect(other.events.map((e) => e.summary.ar)).not.toEqual(
      small.events.map((e) => e.summary.ar),
    );
  });

  test.each([1, 137, 1000, 10_000])('hits the requested size of %i events', (events) => {
    const t = events === 1000 ? small : generateTimeline({ events, seed: 3 });
    expect(t.events).toHaveLength(events);
    expect(new Set(t.events.map((e) => e.id)).size).toBe(events);
  });

  test('is valid against the contract schema and its integrity checks', () => {
    expect(() => timelineSchema.parse(small)).not.toThrow();
    expect(integrityProblems(small)).toEqual([]);
    const larger = generateTimeline({ events: 10_000, seed: 11 });
    expect(timelineSchema.safeParse(larger).success).toBe(true);
    expect(integrityProblems(larger)).toEqual([]);
  });

  test('every timex, actor and sentence offset slices to the reported text', () => {
    const aliases = new Map(small.actors.map((a) => [a.id, new Set(a.aliases)]));
    for (const e of small.events)
      for (const m of e.mentions) {
        const text = paragraphText(small, m.articleId, m.paragraph);
        expect(text.slice(m.timex.start, m.timex.end)).toBe(m.timex.text);
        const sentence = text.slice(m.sentence.start, m.sentence.end);
        expect(sentence.endsWith('.')).toBe(true);
        expect(sentence).toContain(m.timex.text);
        for (const a of m.actors)
          expect(aliases.get(a.id)?.has(text.slice(a.start, a.end))).toBe(true);
      }
    for (const u of small.undated)
      expect(paragraphText(small, u.articleId, u.paragraph).slice(u.timex.start, u.timex.end)).toBe(
        u.timex.text,
      );
  });

  test('looks like an archive: many actors, all sides, mixed precisions, shared events', () => {
    const t = generateTimeline({ events: 10_000, seed: 5 });
    expect(t.actors.length).toBeGreaterThanOrEqual(300);
    const kinds = new Set(t.actors.map((a) => a.kind));
    for (const kind of ['person', 'country', 'organization', 'armed-group', 'media'] as const)
      expect(kinds.has(kind)).toBe(true);
    for (const root of ['us', 'iraq', 'coalition', 'iran', 'isis', 'pmf'])
      expect(t.actors.some((a) => a.id === root)).toBe(true);
    expect(t.actors.filter((a) => a.affiliation).length).toBeGreaterThan(t.actors.length / 2);
    const precisions = new Set(t.events.map((e) => e.date.precision));
    expect([...precisions].sort()).toEqual(['day', 'month', 'week', 'year']);
    expect(t.events.some((e) => e.date.mod !== null)).toBe(true);
    const multiArticle = t.events.filter(
      (e) => new Set(e.mentions.map((m) => m.articleId)).size > 1,
    );
    expect(multiArticle.length).toBeGreaterThan(t.events.length / 10);
    expect(t.events.some((e) => e.relations?.length)).toBe(true);
    expect(t.undated.length).toBeGreaterThan(0);
    // Bursts: the busiest day holds far more events than an even spread would.
    const perDay = new Map<string, number>();
    for (const e of t.events)
      if (e.date.precision === 'day') perDay.set(e.date.start, (perDay.get(e.date.start) ?? 0) + 1);
    const evenSpread = t.events.length / (22 * 365);
    expect(Math.max(...perDay.values())).toBeGreaterThan(evenSpread * 20);
  });

  test('writes Arabic text with dates in several forms', () => {
    const timexes = small.events.flatMap((e) => e.mentions.map((m) => m.timex.text));
    expect(timexes.some((t) => /[\u0660-\u0669]/.test(t))).toBe(true);
    expect(timexes.some((t) => /\d{1,2}\/\d{1,2}\/\d{4}/.test(t))).toBe(true);
    expect(timexes.some((t) => /كانون|تشرين|حزيران|تموز|آب|أيلول/.test(t))).toBe(true);
    expect(timexes.some((t) => /يناير|فبراير|مارس|أبريل|يوليو|أغسطس/.test(t))).toBe(true);
    for (const a of small.articles.slice(0, 50))
      expect(a.paragraphs.every((p) => /[\u0600-\u06ff]/.test(p.text))).toBe(true);
  });
});
