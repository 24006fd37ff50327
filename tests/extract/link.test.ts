// Merging mentions into events, on small articles written for the purpose.
import { expect, test } from 'vitest';
import { extract } from '../../src/extract';
import { integrityProblems } from '../../src/model';

const article = (id: string, published: string, ...paragraphs: string[]) => ({
  id,
  text: ['عنوان', ...paragraphs].join('\n'),
  meta: { published },
});

test('one happening reported in two articles is one event, at the most precise date', () => {
  const { timeline } = extract([
    article(
      'a',
      '2019-12-31',
      'شنت الولايات المتحدة غارات على مواقع كتائب حزب الله في 29 ديسمبر 2019.',
    ),
    article(
      'b',
      '2020-02-01',
      'وكانت الغارات الأميركية على كتائب حزب الله في ديسمبر الماضي قد أشعلت الأزمة.',
    ),
  ]);
  const attack = timeline.events.filter((e) => e.actors.includes('kataib-hezbollah'));
  expect(attack).toHaveLength(1);
  expect(attack[0]!.date.value).toBe('2019-12-29');
  expect(new Set(attack[0]!.mentions.map((m) => m.articleId))).toEqual(new Set(['a', 'b']));
});

test('different kinds of happening on the same day stay apart', () => {
  const { timeline } = extract([
    article(
      'a',
      '2020-01-06',
      'صوت البرلمان العراقي في 5 يناير 2020 على إخراج القوات الأجنبية.',
      'وفي 5 يناير 2020 قصفت صواريخ محيط السفارة الأميركية في بغداد.',
    ),
  ]);
  expect(timeline.events.map((e) => e.type).sort()).toEqual(['attack', 'withdrawal']);
});

test('an expectation is its own event, linked to what fulfilled it', () => {
  const { timeline } = extract([
    article(
      'a',
      '2021-04-01',
      'ومن المتوقع أن تعقد الجولة الرابعة من الحوار الاستراتيجي بين واشنطن وبغداد في وقت لاحق من العام الجاري.',
    ),
    article(
      'b',
      '2021-07-27',
      'وعقدت الجولة الرابعة من الحوار الاستراتيجي بين واشنطن وبغداد يوم 23 يوليو 2021.',
    ),
  ]);
  const expected = timeline.events.find((e) => e.date.value === '2021');
  const held = timeline.events.find((e) => e.date.value === '2021-07-23');
  expect(expected && held).toBeTruthy();
  expect(expected!.relations).toEqual([{ type: 'anticipates', event: held!.id }]);
});

test('event ids and order are stable across runs and input order', () => {
  const a = article('a', '2014-09-20', 'تشكل التحالف الدولي ضد داعش في سبتمبر 2014.');
  const b = article('b', '2017-12-10', 'أعلن العبادي في 9 ديسمبر 2017 النصر على داعش.');
  expect(JSON.stringify(extract([a, b]).timeline)).toBe(JSON.stringify(extract([b, a]).timeline));
});

test('a dateline dates the article but reports nothing', () => {
  const { timeline } = extract([
    {
      id: 'd',
      text: 'عنوان\nبغداد - 20 ديسمبر 2011\nوغادر آخر جندي أميركي العراق فجر الأحد.',
      meta: {},
    },
  ]);
  expect(timeline.articles[0]!.published).toBe('2011-12-20');
  expect(timeline.events.flatMap((e) => e.mentions.map((m) => m.paragraph))).toEqual([2]);
  expect(timeline.events[0]!.date.value).toBe('2011-12-18');
});

test('event ids stay unique when two articles’ ids hash alike', () => {
  // «a651y» and «a1c544» have one 32-bit FNV-1a hash, so their events' keys did too
  const said = 'قال المتحدث في 3 مارس 2024 إنه سيعود.';
  const { timeline } = extract([
    article('a651y', '2024-03-05', said),
    article('a1c544', '2024-03-05', said),
  ]);
  expect(timeline.events).toHaveLength(2);
  expect(new Set(timeline.events.map((e) => e.id)).size).toBe(2);
  expect(integrityProblems(timeline)).toEqual([]);
});
