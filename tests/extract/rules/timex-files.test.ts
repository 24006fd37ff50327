// The time-expression rule files against their zod schemas, and the schemas against broken
// files (a schema that accepts anything checks nothing).
import { describe, expect, test } from 'vitest';
import calendarJson from '../../../src/extract/rules/ar/calendar.json';
import lexiconJson from '../../../src/extract/rules/ar/lexicon.json';
import markersJson from '../../../src/extract/rules/ar/markers.json';
import rulesJson from '../../../src/extract/rules/ar/timex-rules.json';
import {
  calendarFile,
  lexiconFile,
  markersFile,
  timexRulesFile,
} from '../../../src/extract/rules/schema';
import { compileLanguage } from '../../../src/extract/language';
import { arabicData } from '../../../src/extract/rules';

const issues = (r: { success: boolean; error?: { issues: unknown[] } }) =>
  r.success ? [] : r.error!.issues.slice(0, 5);

describe.each([
  ['timex-rules.json', timexRulesFile, rulesJson],
  ['lexicon.json', lexiconFile, lexiconJson],
  ['calendar.json', calendarFile, calendarJson],
  ['markers.json', markersFile, markersJson],
] as const)('%s', (_name, schema, json) => {
  test('matches its schema', () => expect(issues(schema.safeParse(json))).toEqual([]));
  test('an unknown field is refused', () => {
    expect(schema.safeParse({ ...json, surprise: 1 }).success).toBe(false);
  });
});

const rules = rulesJson as { rules: Record<string, unknown>[] };
const withRule = (patch: Record<string, unknown>) => ({
  ...rulesJson,
  rules: [{ ...rules.rules[0], ...patch }],
});

describe('the rule schema refuses', () => {
  test.each([
    ['a date rule without a normaliser', { normalize: undefined, value: undefined }],
    ['a normaliser nobody wrote', { normalize: 'guess' }],
    ['a rule with one example', { examples: [['في عام 2011', null, '2011']] }],
    ['an example without its expectation', { examples: [['في عام 2011', null]] }],
    ['a guard that neither refuses nor changes the kind', { guards: [{ when: { has: ['x'] } }] }],
    ['a condition nobody understands', { guards: [{ reject: 'x', when: { near: 'y' } }] }],
  ])('%s', (_, patch) => expect(timexRulesFile.safeParse(withRule(patch)).success).toBe(false));
});

describe('compiling a language from rule data', () => {
  const broken = (patch: Record<string, unknown>) => ({
    ...arabicData,
    timex: { ...arabicData.timex, rules: [{ ...arabicData.timex.rules[0]!, ...patch }] },
  });
  test.each([
    ['an unknown list', { pattern: 'في NO_SUCH_LIST' }, /unknown name NO_SUCH_LIST/],
    ['an unclosed group', { pattern: '(في ␣ YEARWORD' }, /missing \)/],
    ['a shared guard nobody defined', { guards: ['no-such-guard'] }, /unknown guard no-such-guard/],
    ['a pattern that may take nothing', { pattern: 'PREP?' }, /must take a token/],
  ])('names the rule and the problem: %s', (_, patch, message) => {
    expect(() => compileLanguage(broken(patch) as typeof arabicData)).toThrow(message);
    expect(() => compileLanguage(broken(patch) as typeof arabicData)).toThrow(/date-named-day/);
  });
});
