// The rule engine: how a pattern reads tokens and spaces, which match it prefers, and that
// the first-two-tokens index only ever skips rules that could not have matched.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compilePattern, phraseGroup, Vocabulary } from '../../src/extract/engine/compile';
import { parsePattern } from '../../src/extract/engine/pattern';
import { startsWord, streamOf } from '../../src/extract/engine/stream';
import { arabic } from '../../src/extract/language';
import { calendar, lexicon } from '../../src/extract/rules';
import { explainTimexes } from '../../src/extract/timex';
import { normalizeWithMap } from '../../src/extract/text';

/** A pattern over a toy vocabulary: MONTH is two month names, YEAR a four-digit year. */
function toy(pattern: string) {
  const vocab = new Vocabulary();
  const groups = new Map([
    ['MONTH', phraseGroup(vocab, ['مارس', 'كانون الثاني'], 'toy')],
    ['PREP', phraseGroup(vocab, ['في', 'منذ'], 'toy')],
  ]);
  const p = compilePattern(
    parsePattern(pattern),
    {
      group: (n) => groups.get(n),
      number: (n) => (n === 'YEAR' ? { digits: 4, min: 1800, max: 2099 } : undefined),
      fragment: () => undefined,
    },
    vocab,
    'toy',
  );
  /** The first match from the first word on: its text and slots, or null. */
  return (text: string) => {
    const s = streamOf(text, vocab.table);
    if (!p.match(s, 0, s.id[0]!, 0)) return null;
    const slots = Object.fromEntries(
      p.slots.flatMap((name, k) => {
        const span = p.slot(k);
        return span ? [[name, text.slice(span.start, span.end)]] : [];
      }),
    );
    return { text: text.slice(0, p.end), slots };
  };
}

describe('a pattern reads tokens and the spaces between them', () => {
  test('␣ wants a space, ~ takes any, side by side means glued', () => {
    expect(toy('MONTH ␣ YEAR')('مارس 2003')?.text).toBe('مارس 2003');
    expect(toy('MONTH ␣ YEAR')('مارس2003')).toBeNull();
    expect(toy('MONTH ~ YEAR')('مارس2003')?.text).toBe('مارس2003');
    expect(toy('ال #1-2 ␣ MONTH')('ال15 مارس')?.text).toBe('ال15 مارس');
    expect(toy('ال #1-2 ␣ MONTH')('ال 15 مارس')).toBeNull();
  });
  test('the words of a phrase are one or more spaces apart', () => {
    expect(toy('MONTH')('كانون   الثاني')?.text).toBe('كانون   الثاني');
    expect(toy('MONTH')('كانون،الثاني')).toBeNull();
  });
  test('a match never ends inside a word or a number', () => {
    expect(toy('MONTH ␣ YEAR')('مارس 20031')).toBeNull();
    expect(toy('MONTH')('مارسات')).toBeNull();
  });
  test('a number class checks digits and value', () => {
    expect(toy('YEAR')('1799')).toBeNull();
    expect(toy('YEAR')('2099')?.text).toBe('2099');
    expect(toy('#1-2')('123')).toBeNull();
  });
  test('a trailing ~ takes the spaces before a mark, as a regular expression would', () => {
    expect(toy("MONTH ~ ')'?")('مارس  ،')?.text).toBe('مارس  ');
    expect(toy("MONTH ~ ')'?")('مارس  بعد')?.text).toBe('مارس ');
  });
});

describe('which match a pattern prefers', () => {
  test('optional parts are taken when they fit (greedy), alternatives in order', () => {
    const p = toy('(prep:PREP ␣)? month:MONTH (␣ year:YEAR)?');
    expect(p('في مارس 2003')).toEqual({
      text: 'في مارس 2003',
      slots: { prep: 'في', month: 'مارس', year: '2003' },
    });
    expect(p('في مارس')?.slots).toEqual({ prep: 'في', month: 'مارس' });
    expect(toy('(a:مارس | b:MONTH)')('مارس')?.slots).toEqual({ a: 'مارس' });
  });
  test('x{0,2} takes at most two', () => {
    expect(toy('مارس (␣ مارس){0,2}')('مارس مارس مارس مارس')?.text).toBe('مارس مارس مارس');
  });
  test('a repeated slot keeps its last value', () => {
    expect(toy('(p:PREP ␣)* MONTH')('في منذ مارس')?.slots).toEqual({ p: 'منذ' });
  });
});

describe('the pattern language reports its mistakes', () => {
  test.each([
    ['(في ␣ MONTH', /missing \)/],
    ['في ␣ MONTH)', /unexpected/],
    ['[،,', /unclosed \[/],
    ['?', /needs something|unexpected/],
  ])('«%s»', (src, message) => expect(() => parsePattern(src)).toThrow(message));
  test('an unknown name and a pattern that may take nothing', () => {
    expect(() => toy('NOPE')).toThrow(/toy: unknown name NOPE/);
    expect(() => toy('MONTH?')).toThrow(/must take a token/);
    expect(() => toy('(␣)*')).toThrow(/must take a token/);
  });
});

// Every rule tried at every token with every clitic reading, to compare with the indexed engine.
function bruteForce(text: string): string[] {
  const lang = arabic();
  const e = lang.timex;
  const n = normalizeWithMap(text);
  const s = streamOf(n.text, e.vocab.table);
  const out: string[] = [];
  for (let i = 0; i < s.n; i++) {
    if (!startsWord(s, i)) continue;
    const w = n.text.slice(s.start[i], s.end[i]);
    const id = (f: string) => e.vocab.ids.get(f) ?? -1;
    // [id, clitic chars before the pattern, of them left out of the match]
    const readings: [number, number, number][] = [];
    if (/^[وف]./.test(w)) {
      if (/^[وف][بل]ال/.test(w)) readings.push([id(w.slice(2)), 2, 1]);
      readings.push([id(w.slice(1)), 1, 1]);
    }
    if (/^[بل]ال/.test(w)) readings.push([id(w.slice(1)), 1, 0]);
    readings.push([s.id[i]!, 0, 0]);
    for (const rule of e.rules)
      for (const [rid, skip, left] of readings) {
        if (rid < 0 && s.kind[i] !== 1) continue;
        if (!rule.pattern.match(s, i, rid, skip)) continue;
        out.push(`${rule.id}@${n.map[s.start[i]! + left]}`);
        break;
      }
  }
  return out.sort();
}

const vocabulary = [
  ...Object.values(lexicon.lists).flatMap((l) => l.words),
  ...calendar.months.flatMap((m) => m.names),
  ...calendar.weekdays.flatMap((w) => w.names),
  ...calendar.hijriMonths.flatMap((m) => m.names),
  ...Object.keys(lexicon.numbers.ordinals),
  ...Object.keys(lexicon.numbers.cardinals),
  ...['يوم', 'وقت', 'من', 'على', 'هجمات', 'سبتمبر', 'عشر', 'القرن', 'قال', 'بغداد'],
  ...['2003', '11', '2001', '15', '1445', '123', '20145', 'هـ', 'م', '،', '/', '-', '(', ')', '.'],
];
const piece = fc.tuple(
  fc.constantFrom('', '', 'و', 'ف', 'ب', 'ل', 'وب'),
  fc.constantFrom(...vocabulary),
);
const salad = fc
  .array(fc.tuple(piece, fc.constantFrom(' ', ' ', '', '  ', '، ', '/')), {
    minLength: 1,
    maxLength: 10,
  })
  .map((ps) => ps.map(([[c, w], sep]) => c + w + sep).join(''));

test('the index of first two tokens skips only rules that could not match there', () => {
  const lang = arabic();
  fc.assert(
    fc.property(salad, (text) => {
      const found = explainTimexes(text, lang).map((m) => `${m.rule}@${m.start}`);
      expect(found.sort()).toEqual(bruteForce(text));
    }),
    { numRuns: 1500 },
  );
});
