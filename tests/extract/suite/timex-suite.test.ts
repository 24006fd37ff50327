// Holds findTimexes to the Arabic time-expression suite (timex-suite.json): exact spans,
// TimeML values, precision and mod for dates; recognised-but-not-a-date for the negatives.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findTimexes } from '../../../src/extract/timex';
import type { TimexMatch } from '../../../src/extract/types';
import { loadSuite, type SuiteCase } from './load';

const suite = loadSuite();

const overlaps = (m: TimexMatch, start: number, end: number) => m.start < end && start < m.end;

function title(c: SuiteCase): string {
  const where = c.anchor ?? 'no anchor';
  return `«${c.expect.text}» (${where}) in «${c.sentence}»`;
}

describe('the suite itself', () => {
  test('has at least 180 cases, 25 of them without an anchor', () => {
    expect(suite.cases.length).toBeGreaterThanOrEqual(180);
    expect(suite.cases.filter((c) => c.anchor === null).length).toBeGreaterThanOrEqual(25);
  });

  test('every expected span occurs exactly once in its sentence', () => {
    const bad = suite.cases.filter((c) => {
      const at = c.sentence.indexOf(c.expect.text);
      return at < 0 || c.sentence.indexOf(c.expect.text, at + 1) >= 0;
    });
    expect(bad.map((c) => c.expect.text)).toEqual([]);
  });

  test('every expected day is a real day and falls on the weekday its text names', () => {
    const weekdays = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
    const wrong = suite.cases.flatMap((c) => {
      const v = c.expect.value;
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return [];
      const d = new Date(`${v}T00:00:00Z`);
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) return [v];
      const named = weekdays.find((w) => c.expect.text.includes(w));
      return named && weekdays[d.getUTCDay()] !== named ? [`${v} is not a ${named}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  test('covers every category the issue names', () => {
    const tags = new Set(suite.cases.map((c) => c.tag));
    for (const tag of [
      'month-egyptian',
      'month-levantine',
      'month-maghrebi',
      'month-algerian',
      'month-double',
      'month-tense',
      'day-month-year',
      'year',
      'english-date',
      'numeric-date',
      'weekday',
      'relative-day',
      'relative-period',
      'relative-offset',
      'ordinal-day',
      'period-part',
      'later-earlier',
      'hijri',
      'decade',
      'september-11',
      'duration',
      'present',
      'vague',
      'not-a-date',
    ])
      expect(tags, tag).toContain(tag);
  });

  test('takes no sentence from the seed articles (the held-out check uses unseen text)', () => {
    const seeds = readdirSync('seeds')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(`seeds/${f}`, 'utf8'))
      .join('\n');
    // A shared run of 40 characters would mean a sentence was copied, not written.
    const copied = suite.cases.filter((c) => {
      for (let i = 0; i + 40 <= c.sentence.length; i++)
        if (seeds.includes(c.sentence.slice(i, i + 40))) return true;
      return false;
    });
    expect(copied.map((c) => c.sentence)).toEqual([]);
  });
});

const byTag = new Map<string, SuiteCase[]>();
for (const c of suite.cases) byTag.set(c.tag, [...(byTag.get(c.tag) ?? []), c]);

describe.each([...byTag.keys()])('%s', (tag) => {
  test.each((byTag.get(tag) ?? []).map((c) => [title(c), c] as const))('%s', (_name, c) => {
    const matches = findTimexes(c.sentence, { anchor: c.anchor });
    for (const m of matches) expect(c.sentence.slice(m.start, m.end), m.rule).toBe(m.text);

    const start = c.sentence.indexOf(c.expect.text);
    const end = start + c.expect.text.length;
    const { kind } = c.expect;

    if (kind === 'date') {
      // Each match as one line of only the fields the case states, so a failure lists them all.
      const fields = (['value', 'precision', 'mod'] as const).filter((k) => k in c.expect);
      const line = (m: Omit<TimexMatch, 'rule'>) =>
        [`${m.start}-${m.end} «${m.text}» ${m.kind}`, ...fields.map((k) => `${k}=${m[k]}`)].join(
          ' ',
        );
      const { value = null, precision = null, mod = null } = c.expect;
      const wanted = line({ start, end, text: c.expect.text, kind, value, precision, mod });
      expect(matches.map(line)).toContain(wanted);
      if (c.expect.value === null) {
        const hit = matches.find((m) => m.start === start && m.end === end);
        expect(hit?.reason ?? '', 'a null value needs its reason').not.toBe('');
      }
      return;
    }

    const around = matches.filter((m) => overlaps(m, start, end));
    expect(
      around.filter((m) => m.kind === 'date').map((m) => `${m.text} = ${m.value}`),
      'no date may overlap a non-date',
    ).toEqual([]);
    if (kind === 'none') expect(around.map((m) => `${m.kind}: ${m.text}`)).toEqual([]);
    else expect(around.map((m) => m.kind)).toContain(kind);
  });
});
