// Compiles the rule files into regular expressions over normalised text: {NAME} in a rule
// pattern expands to the alternation of a lexicon list or calendar table.
import { normalizeArabic } from './text';
import { calendar, lexicon, timexRules, type TimexRule } from './rules';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Normalises Arabic in a pattern while leaving regex syntax (\d, \p{L}, …) alone. */
const normalizePatternText = (p: string) => p.replace(/[^ -~]+/g, (run) => normalizeArabic(run));

/** Alternation of phrases, longest first, with any whitespace between words. */
export function alternation(phrases: Iterable<string>): string {
  const forms = [...new Set([...phrases].map((p) => normalizeArabic(p).trim()).filter(Boolean))];
  forms.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${forms.map((f) => f.split(/\s+/).map(escape).join('\\s+')).join('|')})`;
}

/** Normalised name -> number, for months, weekdays and number words. */
function nameTable(entries: { names: string[]; n: number }[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const e of entries)
    for (const n of e.names) map.set(normalizeArabic(n).replace(/\s+/g, ' '), e.n);
  return map;
}

export const monthByName = nameTable(calendar.months.map((m) => ({ names: m.names, n: m.month })));
export const enMonthByName = nameTable(
  calendar.englishMonths.map((m) => ({ names: m.names, n: m.month })),
);
export const hijriMonthByName = nameTable(
  calendar.hijriMonths.map((m) => ({ names: m.names, n: m.month })),
);
export const weekdayByName = nameTable(
  calendar.weekdays.map((w) => ({ names: w.names, n: w.day })),
);
const numberTable = (o: Record<string, number>) =>
  nameTable(Object.entries(o).map(([k, n]) => ({ names: [k], n })));
export const ordinalByName = numberTable(lexicon.numbers.ordinals);
export const cardinalByName = numberTable(lexicon.numbers.cardinals);
export const dualByName = numberTable(lexicon.numbers.duals);
export const decadeUnit = new Set(Object.keys(lexicon.numbers.decadeWords).map(normalizeArabic));

export const ambiguousMonths = new Set(
  calendar.months.flatMap((m) => m.ambiguous ?? []).map(normalizeArabic),
);
export const ambiguousWeekdays = new Set(
  calendar.weekdays.filter((w) => w.ambiguous).flatMap((w) => w.names.map(normalizeArabic)),
);

/** Which lexicon list a normalised word belongs to (first list wins). */
export function listOf(word: string, names: string[]): string | undefined {
  const w = normalizeArabic(word).replace(/\s+/g, ' ');
  return names.find((n) =>
    lexicon.lists[n]?.words.some((x) => normalizeArabic(x).replace(/\s+/g, ' ') === w),
  );
}

const list = (name: string): string => {
  const l = lexicon.lists[name];
  if (!l) throw new Error(`timex rules: unknown list {${name}}`);
  return alternation(l.words);
};

const MONTH = alternation(calendar.months.flatMap((m) => m.names));
const macros: Record<string, () => string> = {
  YEAR4: () => '(?:1[89]|20)\\d{2}',
  MONTH: () => MONTH,
  MONTHX: () => `(?<month>${MONTH})(?:\\s*(?:[/\\-]|\\()\\s*(?<month2>${MONTH})\\s*\\)?)?`,
  ENMONTH: () => alternation(calendar.englishMonths.flatMap((m) => m.names)),
  HMONTH: () => alternation(calendar.hijriMonths.flatMap((m) => m.names)),
  WEEKDAY: () => alternation(calendar.weekdays.flatMap((w) => w.names)),
  ORD: () => alternation(Object.keys(lexicon.numbers.ordinals)),
  CARD: () => alternation(Object.keys(lexicon.numbers.cardinals)),
  PART: () =>
    alternation(['PART_START', 'PART_MID', 'PART_END'].flatMap((n) => lexicon.lists[n]!.words)),
  REL: () =>
    alternation(['REL_PAST', 'REL_NOW', 'REL_NEXT'].flatMap((n) => lexicon.lists[n]!.words)),
};

export function expand(pattern: string): string {
  return normalizePatternText(pattern).replace(
    /(?<!\\[pP])\{([A-Z][A-Z0-9_]*)\}/g,
    (_, name: string) => (macros[name] ? macros[name]() : list(name)),
  );
}

export interface CompiledRule extends TimexRule {
  order: number;
  re: RegExp;
}

let compiled: CompiledRule[] | null = null;

/**
 * Every rule, wrapped in word boundaries; a glued و/ف stays out of the span, a glued ب/ل
 * before ال stays in («بالأمس»، «بالسنة الماضية»).
 */
export function compiledRules(): CompiledRule[] {
  compiled ??= timexRules.map((r, order) => ({
    ...r,
    order,
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(?<cl>[وف](?=\\p{L}))?(?:[بل](?=ال))?(?:${expand(r.pattern)})(?![\\p{L}\\p{N}])`,
      'gu',
    ),
  }));
  return compiled;
}
