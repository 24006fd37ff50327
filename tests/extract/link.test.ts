// Merging mentions into events, on small articles written for the purpose.
import { expect, test } from 'vitest';
import { extract, extractArticle, linkArticles } from '../../src/extract';
import { clusterBound, clusterCanLink, explainPair, type LinkTrace } from '../../src/extract/link';
import { readArticles } from '../../src/cli/articles';
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

test('one happening told by three outlets as «أمس», a weekday and the month is one event', () => {
  const { timeline } = extract([
    article(
      'a',
      '2016-03-09',
      'وانفجرت سيارة مفخخة أمس في سوق الخضار بمدينة الحلة، ما أسفر عن مقتل 47 شخصا.',
    ),
    article(
      'b',
      '2016-03-10',
      'وكانت سيارة مفخخة قد انفجرت الثلاثاء في سوق الخضار بالحلة وقتلت 47 شخصا.',
    ),
    article(
      'c',
      '2016-04-02',
      'وشهدت الحلة في مارس الماضي تفجير سيارة مفخخة في سوق الخضار راح ضحيته 47 شخصا.',
    ),
  ]);
  const bombing = timeline.events.filter((e) => e.mentions.some((m) => m.articleId === 'a'));
  expect(bombing).toHaveLength(1);
  expect(bombing[0]!.date.value).toBe('2016-03-08');
  expect(bombing[0]!.mentions.map((m) => m.articleId).sort()).toEqual(['a', 'b', 'c']);
});

test('two happenings of one day in one article stay two, though both name the police', () => {
  const { timeline } = extract([
    article(
      'a',
      '2016-05-04',
      'وقتل شرطيان بانفجار عبوة ناسفة قرب حاجز في قضاء المحمودية أمس. ' +
        'وعثرت الشرطة أمس على مخزن للأسلحة في بستان قرب بلدة اليوسفية.',
    ),
  ]);
  expect(timeline.events).toHaveLength(2);
});

test('sources a day apart on one happening: one event, the disagreement kept', () => {
  const { timeline } = extract([
    article(
      'a',
      '2017-06-16',
      'وفجر مسلحو التنظيم أمس منارة الجامع الكبير الحدباء في الموصل القديمة بعد محاصرتهم.',
    ),
    article(
      'b',
      '2017-06-22',
      'وفي 16 يونيو فجر مسلحو التنظيم منارة الجامع الكبير الحدباء في الموصل القديمة بعد محاصرتهم.',
    ),
    article(
      'c',
      '2017-06-23',
      'وفي 15 يونيو فجر مسلحو التنظيم منارة الجامع الكبير الحدباء في الموصل القديمة بعد محاصرتهم.',
    ),
  ]);
  expect(timeline.events).toHaveLength(1);
  const date = timeline.events[0]!.date;
  expect(date.value).toBe('2017-06-15');
  expect(date.disagreement).toEqual([{ value: '2017-06-16', mentions: [1] }]);
});

test('every merge says which evidence joined the two mentions', () => {
  const inputs = [
    article(
      'a',
      '2019-12-31',
      'شنت الولايات المتحدة غارات على مواقع كتائب حزب الله في 29 ديسمبر 2019.',
    ),
    article('b', '2020-01-02', 'وكانت غارات أميركية قد استهدفت كتائب حزب الله في 29 ديسمبر 2019.'),
  ];
  const results = inputs.map(extractArticle);
  const trace: LinkTrace = { joins: new Map() };
  linkArticles(results, trace);
  const [a, b] = [results[0]!.drafts[0]!, results[1]!.drafts[0]!];
  const join = trace.joins.get(b) ?? trace.joins.get(a);
  expect(join?.evidence.join('; ')).toMatch(
    /same day 2019-12-29.*same kind airstrike.*kataib-hezbollah/,
  );
  const e = explainPair(a, b, trace.context!);
  expect(e.linked).toBe(true);
  expect(e.veto).toBeUndefined();
});

test('a vote and a rocket attack of the same day are vetoed apart by their kinds', () => {
  const results = [
    article('a', '2020-01-06', 'صوت البرلمان العراقي في 5 يناير 2020 على إخراج القوات الأجنبية.'),
    article('b', '2020-01-06', 'وفي 5 يناير 2020 قصفت صواريخ محيط السفارة الأميركية في بغداد.'),
  ].map(extractArticle);
  const trace: LinkTrace = { joins: new Map() };
  linkArticles(results, trace);
  const e = explainPair(results[0]!.drafts[0]!, results[1]!.drafts[0]!, trace.context!);
  expect(e.linked).toBe(false);
  expect(e.veto).toMatch(/kinds clash: decision vs violence/);
});

test('event ids stay unique when two articles’ ids hash alike', () => {
  // «a651y» and «a1c544» have one 32-bit FNV-1a hash, so their events' keys did too: two
  // happenings of one type whose time expressions stand at the same offset
  const { timeline } = extract([
    article('a651y', '2024-03-05', 'وانفجرت عبوة ناسفة في 3 مارس 2024 قرب الجسر.'),
    article('a1c544', '2024-03-05', 'أعدم مسلحو التنظيم في 3 مارس 2024 ثلاثة رهائن.'),
  ]);
  const starts = timeline.events.map((e) => e.mentions[0]!.timex.start);
  expect(new Set(starts).size).toBe(1);
  expect(timeline.events).toHaveLength(2);
  expect(new Set(timeline.events.map((e) => e.id)).size).toBe(2);
  expect(integrityProblems(timeline)).toEqual([]);
});

test('two strikes of one day whose reports name other parties weigh against one happening', () => {
  const results = [
    article(
      'a',
      '2016-05-11',
      'وقصفت طائرات القوة الجوية العراقية أمس مواقع لداعش في صحراء الأنبار.',
    ),
    article(
      'b',
      '2016-05-11',
      'وشنت مقاتلات تركية أمس غارات على معاقل حزب العمال الكردستاني في جبال قنديل.',
    ),
  ].map(extractArticle);
  const trace: LinkTrace = { joins: new Map() };
  const { timeline } = linkArticles(results, trace);
  const e = explainPair(results[0]!.drafts[0]!, results[1]!.drafts[0]!, trace.context!);
  expect(e.evidence.join('; ')).toMatch(/other participants .*isis.* vs .*pkk/);
  expect(e.linked).toBe(false);
  expect(timeline.events.filter((x) => x.date.value === '2016-05-10')).toHaveLength(2);
});

test('the bound that lets linking skip a cluster is never below a pair it skips, nor skips a pair that links', () => {
  // every pair of the seeds' and the development set's mentions, each one a cluster of one,
  // and each event's first members as a cluster: the bound is at least the best pair's score
  const articles = ['seeds', 'tests/extract/devset/articles'].flatMap(
    (dir) => readArticles(dir).articles,
  );
  const results = articles.map(extractArticle);
  const trace: LinkTrace = { joins: new Map() };
  const { timeline } = linkArticles(results, trace);
  const ctx = trace.context!;
  const drafts = results.flatMap((r) => r.drafts);
  expect(drafts.length).toBeGreaterThan(100);
  let weighed = 0;
  let linked = 0;
  let skipped = 0;
  for (const a of drafts)
    for (const b of drafts) {
      if (a === b) continue;
      const pair = explainPair(a, b, ctx, false);
      if (pair.veto) continue;
      weighed++;
      const loose = clusterBound([a], b, ctx);
      expect(loose).toBeGreaterThanOrEqual(pair.score);
      // with the words worked out: tighter, and still never below the pair
      const tight = clusterBound([a], b, ctx, true);
      expect(tight).toBeGreaterThanOrEqual(pair.score);
      expect(tight).toBeLessThanOrEqual(loose);
      if (pair.linked) expect(clusterCanLink([a], b, ctx, true)).toBe(true);
      // a pair that links is never skipped for want of content; most that do not, are
      const canLink = clusterCanLink([a], b, ctx);
      if (pair.linked) {
        linked++;
        expect(canLink, `${a.timex.text} / ${b.timex.text}`).toBe(true);
      } else if (!canLink) skipped++;
    }
  expect(weighed).toBeGreaterThan(400);
  expect(linked).toBeGreaterThan(50);
  expect(skipped).toBeGreaterThan(weighed / 4);
  // clusters of several members bound the best of their pairs
  const byEvent = new Map<string, typeof drafts>();
  const key = (d: (typeof drafts)[number]) => `${d.articleId}:${d.paragraph}:${d.timex.start}`;
  const eventOf = new Map<string, string>(
    timeline.events.flatMap((e) =>
      e.mentions.map((m) => [`${m.articleId}:${m.paragraph}:${m.timex.start}`, e.id] as const),
    ),
  );
  for (const d of drafts) {
    const e = eventOf.get(key(d))!;
    byEvent.set(e, [...(byEvent.get(e) ?? []), d]);
  }
  const clusters = [...byEvent.values()].filter((c) => c.length > 1);
  expect(clusters.length).toBeGreaterThan(5);
  let compared = 0;
  let tighter = 0;
  for (const members of clusters)
    for (const d of drafts) {
      if (members.includes(d)) continue;
      const pairs = members
        .slice(0, 12)
        .map((m) => explainPair(m, d, ctx, false))
        .filter((p) => !p.veto);
      const best = Math.max(...pairs.map((p) => p.score));
      for (const words of [false, true]) {
        if (pairs.length) expect(clusterBound(members, d, ctx, words)).toBeGreaterThanOrEqual(best);
        if (pairs.some((p) => p.linked)) expect(clusterCanLink(members, d, ctx, words)).toBe(true);
      }
      // the members' words together overstate what any one of them shares with the mention
      const loose = clusterBound(members, d, ctx);
      const tight = clusterBound(members, d, ctx, true);
      expect(tight).toBeLessThanOrEqual(loose);
      compared++;
      if (tight < loose - 1) tighter++;
    }
  // by more than a point for about a fifth of them (755 of 3,748 when written)
  expect(tighter).toBeGreaterThan(compared / 10);
});
