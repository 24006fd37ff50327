// The publication day read from the text (no sidecar): a full date whose weekday the opening
// names, or a dateline; never one whose weekday contradicts the text's own «اليوم الخميس».
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/extract/index';

const run = (text: string) => extract([{ id: 'a', text, meta: {} }]);

describe('the publication day from the text', () => {
  test('a full date whose weekday the opening names', () => {
    const { timeline, problems } = run(
      'عنوان الخبر\nأعلنت الوزارة اليوم الخميس 18 آذار 2021 خطة جديدة للكهرباء.\nوقال المتحدث إن الخطة تبدأ غدا.',
    );
    expect(timeline.articles[0]!.published).toBe('2021-03-18');
    expect(problems).toEqual([]);
  });

  test('a dateline that the text contradicts dates nothing, and says why', () => {
    // 19 March 2021 is a Friday
    const { timeline, problems } = run(
      'عنوان الخبر\nبغداد 19/3/2021 - أعلنت الوزارة اليوم الخميس خطة جديدة للكهرباء.\nوقال المتحدث إن العمل يبدأ غدا.',
    );
    expect(timeline.articles[0]!.published).toBeNull();
    expect(problems.join('\n')).toMatch(
      /a: the dateline gives 2021-03-19, a Friday, but the text says «اليوم الخميس»/,
    );
    expect(timeline.undated.map((u) => u.timex.text)).toContain('غدا');
  });

  test('a first body line opening with place, day and agency is a dateline, not a report', () => {
    const { timeline } = run(
      'عنوان الخبر\nالبصرة 15/3/2022 (واع) - أعلنت الوزارة اليوم خطة جديدة للكهرباء.\nوقال المتحدث إن العمل يبدأ غدا.',
    );
    expect(timeline.articles[0]!.published).toBe('2022-03-15');
    const quoted = timeline.events.flatMap((e) => e.mentions.map((m) => m.timex.text));
    expect(quoted).not.toContain('15/3/2022');
    expect(quoted).toContain('اليوم');
  });

  test('of two dates the opening names, the one that is today by the text (not the latest)', () => {
    const { timeline } = run(
      'عنوان الخبر\nقال الوزير اليوم الخميس إن الوفد الذي وصل الخميس 18 آذار 2021 سيغادر الأحد 21 آذار 2021.\nوأضاف أن المحادثات انتهت.',
    );
    expect(timeline.articles[0]!.published).toBe('2021-03-18');
  });

  test('a suggestion against «اليوم الجمعة» is left out, with a warning', () => {
    // 14 March 2021 is a Sunday
    const { timeline, problems } = run(
      'عنوان الخبر\nقال الوزير اليوم الجمعة إن الوفد وصل الأحد 14 آذار 2021.\nوأضاف أن المحادثات انتهت أمس.',
    );
    expect(timeline.articles[0]!.published).toBeNull();
    expect(problems.join('\n')).toMatch(/opening paragraphs suggest 2021-03-14, a Sunday/);
  });
});
