// The TypeScript port of ../shared/tools/score.py that `npm run eval` prints, on a timeline and a
// reference small enough to score by hand.
import { expect, test } from 'vitest';
import type { Timeline } from '../../src/model';
import { norm, score, summaryLine, type Gold } from '../../scripts/eval/score';

const mention = (
  articleId: string,
  paragraph: number,
  text: string,
  value: string,
  actors: string[],
) => ({
  articleId,
  paragraph,
  sentence: { start: 0, end: 10 },
  timex: { text, start: 0, end: text.length, value },
  actors: actors.map((id) => ({ id, start: 0, end: 1 })),
});
const date = (value: string) => ({
  value,
  precision: 'day' as const,
  mod: null,
  start: value,
  end: value,
});

const timeline: Timeline = {
  schemaVersion: 1,
  articles: [],
  actors: [
    {
      id: 'us',
      name: { ar: 'الولايات المتحدة', en: 'United States' },
      kind: 'country',
      aliases: ['واشنطن'],
    },
    {
      id: 'kh',
      name: { ar: 'كتائب حزب الله', en: 'Kataib Hezbollah' },
      kind: 'armed-group',
      aliases: [],
    },
  ],
  events: [
    {
      id: 'e1',
      date: date('2020-01-05'),
      type: 'attack',
      summary: { ar: '…' },
      actors: ['us', 'kh'],
      mentions: [
        mention('a', 1, 'أمس', '2020-01-05', ['kh']),
        mention('b', 1, 'الأحد', '2020-01-05', []),
      ],
    },
    {
      id: 'e2',
      date: date('2020-01-05'),
      type: 'other',
      summary: { ar: '…' },
      actors: [],
      mentions: [mention('a', 2, 'أمس', '2020-01-05', [])],
    },
    {
      id: 'e3',
      date: date('2020-01-07'),
      type: 'other',
      summary: { ar: '…' },
      actors: [],
      mentions: [mention('b', 3, 'اليوم', '2020-01-07', [])],
    },
  ],
  undated: [],
};
const gold: Gold = {
  actors: { 'kataib-hezbollah': ['كتائب حزب الله', 'Kataib Hezbollah'], us: ['United States'] },
  articles: [{ id: 'a' }, { id: 'b' }],
  events: [
    {
      key: 'strike',
      mentions: [
        {
          article: 'a',
          paragraph: 1,
          timex: 'أمس',
          value: '2020-01-05',
          actors: ['kataib-hezbollah', 'us'],
        },
        {
          article: 'b',
          paragraph: 1,
          timex: 'الأحد',
          value: '2020-01-05',
          actors: ['kataib-hezbollah'],
        },
        { article: 'a', paragraph: 2, timex: 'أمس', value: '2020-01-05', actors: [] },
      ],
    },
    {
      key: 'missed',
      mentions: [{ article: 'b', paragraph: 4, timex: 'غدا', value: '2020-01-08', actors: [] }],
    },
  ],
};

test('mentions, clusters and actors as score.py counts them', () => {
  const d = score(timeline, gold);
  // 3 of 4 gold mentions found; b:3 is spurious
  expect([d.scores.tp, d.scores.fp, d.missed.length]).toEqual([3, 1, 1]);
  expect(d.scores.precision).toBeCloseTo(0.75);
  expect(d.scores.recall).toBeCloseTo(0.75);
  // gold pairs: 3 (all in «strike»); system pairs: 1 (a:1, b:1) -> P 1, R 1/3
  expect(d.scores.clusterPrecision).toBe(1);
  expect(d.scores.clusterRecall).toBeCloseTo(1 / 3);
  expect(d.splitPairs).toHaveLength(2);
  expect(d.mergedPairs).toHaveLength(0);
  // a:1 names kh (not us); b:1 has none of its own, so the event's (us, kh) count: 2 of 3
  expect(d.scores.actorRecall).toBeCloseTo(2 / 3);
  expect(summaryLine(d.scores)).toBe(
    'mentions F1 0.750 (P 0.750 R 0.750, 3/4 gold, 1 spurious, 0 split) | clusters F1 0.500 | actors R 0.667 P 1.000',
  );
});

test('the reference normalisation: harakat, alef forms, ى, ة and punctuation', () => {
  expect(norm('الأمَمُ المتحدة،')).toBe('الامم المتحده');
  expect(norm('  إلى  ')).toBe('الي');
});
