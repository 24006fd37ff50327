import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  normalizeArabic,
  normalizeWithMap,
  splitParagraphs,
  toOriginal,
} from '../../src/extract/text';
import { sentenceSpans } from '../../src/extract/sentences';
import { firstTokenFrom, readings, tokenize } from '../../src/extract/tokens';
import { findTimexes } from '../../src/extract/timex';

describe('normalizeArabic', () => {
  test.each([
    ['أإآٱ', 'اااا'],
    ['مستشفى', 'مستشفي'],
    ['الحكومة', 'الحكومه'],
    ['عُقِدَ', 'عقد'],
    ['الـــعراق', 'العراق'],
    ['٢٠٢٤ و۱۴۰۳', '2024 و1403'],
    ['«قال» “هنا” – —', '"قال" "هنا" - -'],
    ['\u200fبغداد\u200e', 'بغداد'],
  ])('%s -> %s', (input, want) => expect(normalizeArabic(input)).toBe(want));
});

describe('normalizeWithMap', () => {
  test('maps every normalised span back to the original text', () => {
    const original = 'وأعلنت الحكومةُ العراقيّة، اليومَ، عن ٣ قرارات';
    const n = normalizeWithMap(original);
    const at = n.text.indexOf('اليوم');
    const span = toOriginal(n, at, at + 'اليوم'.length);
    expect(original.slice(span.start, span.end)).toBe('اليومَ');
  });
  test('«İ» lowercases to two chars: every normalised char still maps into the original', () => {
    const original = 'زار وفد من İstanbul وİzmir بغداد في 3 مارس 2024.';
    const n = normalizeWithMap(original);
    expect(n.text.length).toBe(original.length + 2);
    expect(n.map).toHaveLength(n.text.length + 1);
    expect([...n.map].every((o) => Number.isInteger(o) && o >= 0 && o <= original.length)).toBe(
      true,
    );
    const [t] = findTimexes(original, { anchor: null });
    expect(t && original.slice(t.start, t.end)).toBe('في 3 مارس 2024');
    const end = sentenceSpans(n.text).at(-1)!.end;
    expect(toOriginal(n, 0, end)).toEqual({ start: 0, end: original.length });
  });
  test('property: a span of normalised text maps into the original in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalizeWithMap(s);
        const [x, y] = [a % (n.text.length + 1), b % (n.text.length + 1)].sort((p, q) => p - q);
        const o = toOriginal(n, x!, y!);
        expect(0 <= o.start && o.start <= o.end && o.end <= s.length).toBe(true);
      }),
    );
  });
});

test('paragraphs per the contract: BOM, CRLF, trimmed, blank lines skipped', () => {
  expect(splitParagraphs('\uFEFFالعنوان\r\n\r\n  الفقرة الأولى  \n\n\nالثانية\n')).toEqual([
    'العنوان',
    'الفقرة الأولى',
    'الثانية',
  ]);
});

test('sentences end at . ؟ ! ؛ but not inside numbers, initials or addresses', () => {
  const t = 'بلغ العدد 2.5 مليون. قال Alina L. Romanowski شيئا؟ نعم؛ انتهى pic.twitter.com/x هنا.';
  expect(sentenceSpans(t).map((s) => t.slice(s.start, s.end))).toEqual([
    'بلغ العدد 2.5 مليون.',
    'قال Alina L. Romanowski شيئا؟',
    'نعم؛',
    'انتهى pic.twitter.com/x هنا.',
  ]);
});

test('a run of marks ends one sentence, read once however long it is', () => {
  const t = 'هل وصل الوفد؟؟؟ نعم!!.. وصل». ثم...عاد L.. هنا';
  expect(sentenceSpans(t).map((s) => t.slice(s.start, s.end))).toEqual([
    'هل وصل الوفد؟؟؟',
    'نعم!!..',
    'وصل».',
    'ثم...عاد L..',
    'هنا',
  ]);
  // 200,000 marks: each mark used to rescan the rest of the run (quadratic)
  const run = 'هل وصل الوفد' + '؟'.repeat(200_000) + ' نعم' + '.'.repeat(200_000);
  expect(sentenceSpans(run)).toEqual([
    { start: 0, end: 200_012 },
    { start: 200_013, end: run.length },
  ]);
});

test('tokens and their clitic readings', () => {
  expect(tokenize('وبالعراق، للولايات').map((t) => t.text)).toEqual(['وبالعراق', 'للولايات']);
  expect(readings('وبالعراق').map((r) => r.form)).toEqual(['وبالعراق', 'بالعراق', 'العراق']);
  expect(readings('للولايات').map((r) => r.form)).toContain('الولايات');
});

test('a day counted from another happening takes its date from the text, else it is undated with why', () => {
  const read = (s: string, anchor: string) =>
    findTimexes(s, { anchor }).map((t) => [t.text, t.kind, t.value, t.reason ?? null]);
  expect(read('انسحبت القوات بعد يوم واحد فقط من مغادرة آخر الجنود', '2011-12-20')).toEqual([
    [
      'بعد يوم واحد فقط من مغادرة',
      'date',
      null,
      'counted from «مغادرة», a happening the text does not date',
    ],
  ]);
  expect(
    read(
      'غادر آخر الجنود في 18 كانون الأول 2011، وانسحبت القوات بعد يوم واحد فقط من مغادرة آخر الجنود',
      '2011-12-20',
    ).at(-1),
  ).toEqual(['بعد يوم واحد فقط من مغادرة', 'date', '2011-12-19', null]);
  expect(read('واحتفلت الحكومة بذلك اليوم', '2009-07-16')).toEqual([]);
});

test('firstTokenFrom finds the first token starting at or after an offset', () => {
  const tokens = tokenize('قصفت الطائرات مواقع، أمس');
  const starts = tokens.map((t) => t.start);
  for (let at = 0; at <= 30; at++) {
    const scan = starts.findIndex((s) => s >= at);
    expect(firstTokenFrom(tokens, at)).toBe(scan < 0 ? tokens.length : scan);
  }
  expect(firstTokenFrom([], 5)).toBe(0);
});
