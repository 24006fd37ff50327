// The region of a sentence's last time expression: where a clause of contrast or simultaneity
// starts another happening.
import { describe, expect, test } from 'vitest';
import { regionEnd, sentenceSpans } from '../../src/extract/sentences';
import { normalizeArabic } from '../../src/extract/text';

/** The text of the region of `timex` in a one-sentence text. */
function regionOf(text: string, timex: string): string {
  const norm = normalizeArabic(text);
  const s = sentenceSpans(norm)[0]!;
  const at = norm.indexOf(normalizeArabic(timex));
  return norm.slice(s.start, regionEnd(norm, s, { start: at, end: at + timex.length }));
}

describe('regionEnd', () => {
  test('a contrast clause after the expression ends its region', () => {
    const text = 'زار الوزير أربيل أمس، بينما قصفت المدفعية قرى حدودية.';
    expect(regionOf(text, 'أمس')).toBe(normalizeArabic('زار الوزير أربيل أمس، '));
  });

  test('opening the sentence, the clause ends at its first comma', () => {
    const text = 'فيما نفت الوزارة أمس وقوع إصابات، أعلن الجيش مقتل ثلاثة مسلحين.';
    expect(regionOf(text, 'أمس')).toBe(normalizeArabic('فيما نفت الوزارة أمس وقوع إصابات،'));
  });

  test('without such a clause the region is the whole sentence', () => {
    const text = 'أعلن الجيش أمس مقتل ثلاثة مسلحين، وأضاف أن العملية مستمرة.';
    expect(regionOf(text, 'أمس')).toBe(normalizeArabic(text));
  });

  test('a comma before the expression means the opening clause has closed', () => {
    const text = 'فيما يستمر الحصار، أعلن الجيش أمس مقتل ثلاثة مسلحين، وأضاف أن العملية مستمرة.';
    expect(regionOf(text, 'أمس')).toBe(normalizeArabic(text));
  });
});
