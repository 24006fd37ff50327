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

let listsOfWord: Map<string, Set<string>> | null = null;

/** Which of the named lexicon lists a word belongs to (the first that holds it). */
export function listOf(word: string, names: string[]): string | undefined {
  if (!listsOfWord) {
    listsOfWord = new Map();
    for (const [name, l] of Object.entries(lexicon.lists))
      for (const x of l.words) {
        const k = normalizeArabic(x).replace(/\s+/g, ' ');
        listsOfWord.set(k, (listsOfWord.get(k) ?? new Set()).add(name));
      }
  }
  const holders = listsOfWord.get(normalizeArabic(word).replace(/\s+/g, ' '));
  return holders ? names.find((n) => holders.has(n)) : undefined;
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
    alternation(
      ['PART_START', 'PART_MID', 'PART_END', 'PART_SEASON'].flatMap((n) => lexicon.lists[n]!.words),
    ),
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
  /** The kinds of core word its pattern can hold: it is tried only near one of them. */
  classes: Set<string>;
  /** Sticky: tried only at the word starts near a core word (see coreWords). */
  re: RegExp;
}

// Letters and digits spelled out: without the u flag, irregexp runs these rules about
// twice as fast as with \p{L}, and the text is Arabic, Latin and digits.
const WORD_CHAR =
  '\\u0621-\\u064A\\u0660-\\u0669\\u0671-\\u06D3\\u06F0-\\u06F9A-Za-z0-9\\u00C0-\\u024F';
const spellOut = (re: string) =>
  re
    .replaceAll('[\\p{L}\\p{N}]', `[${WORD_CHAR}]`)
    .replaceAll('\\p{L}', `[${WORD_CHAR.replace('0-9', '')}]`)
    .replaceAll('\\p{N}', '0-9');

let compiled: CompiledRule[] | null = null;
let core: { re: RegExp; classes: Map<string, string[]> } | null = null;

/** Lists that only ever open or qualify an expression: never its core. */
const NOT_CORE = new Set([
  'PREP',
  'YEARWORD',
  'MONTHWORD',
  'OF',
  'PART_START',
  'PART_MID',
  'PART_END',
  'DAYPART',
  'REL_PAST',
  'REL_NOW',
  'REL_NEXT',
  'APPROX',
  'DURATION_LEAD',
  'VAGUE_QUANT',
  'VAGUE_QUAL',
  'NAMED_ATTACK',
  'LATER',
  'EARLIER',
  'HIJRI_MARK',
  'GREG_MARK',
]);

function coreTables(): [string, string[]][] {
  return [
    ...Object.entries(lexicon.lists)
      .filter(([name]) => !NOT_CORE.has(name))
      .map(([name, l]): [string, string[]] => [name, l.words]),
    ['MONTH', calendar.months.flatMap((m) => m.names)],
    ['ENMONTH', calendar.englishMonths.flatMap((m) => m.names)],
    ['HMONTH', calendar.hijriMonths.flatMap((m) => m.names)],
    ['WEEKDAY', calendar.weekdays.flatMap((w) => w.names)],
  ];
}

export const phraseKey = (s: string) => normalizeArabic(s).replace(/\s+/g, ' ').trim();

/**
 * Every match of every rule holds a number or one of these core words, so the rules need
 * only be tried a few words before each of them, not at every position of the text.
 * `classes` tells which tables a core word comes from, to try only the rules that use them.
 */
export function coreWords(): { re: RegExp; classes: Map<string, string[]> } {
  if (core) return core;
  const classes = new Map<string, string[]>();
  const tables = coreTables();
  for (const [name, words] of tables)
    for (const w of words) {
      const k = phraseKey(w);
      classes.set(k, [...(classes.get(k) ?? []), name]);
    }
  const re = new RegExp(`\\d+|${alternation(tables.flatMap(([, w]) => w)).slice(3, -1)}`, 'g');
  core = { re, classes };
  return core;
}

/**
 * The core tables a rule can hold: those its pattern names, and those whose words it spells
 * out («الشهر», «سبتمبر»); \d, {YEAR4} and literal digits count as DIGIT.
 */
function classesOf(pattern: string): Set<string> {
  const out = new Set<string>();
  if (/\\d|\{YEAR4\}|[0-9]/.test(pattern)) out.add('DIGIT');
  if (pattern.includes('{MONTHX}')) out.add('MONTH');
  for (const m of pattern.matchAll(/(?<!\\[pP])\{([A-Z][A-Z0-9_]*)\}/g)) out.add(m[1]!);
  const literal = normalizeArabic(pattern.replace(/\{[A-Z0-9_]+\}/g, ' ')).replace(/\\s\+/g, ' ');
  for (const [name, words] of coreTables())
    if (words.some((w) => literal.includes(phraseKey(w)))) out.add(name);
  return out;
}

/**
 * Every rule, wrapped in word boundaries; a glued و/ف stays out of the span, a glued ب/ل
 * before ال stays in («بالأمس»، «بالسنة الماضية»).
 */
export function compiledRules(): CompiledRule[] {
  compiled ??= timexRules.map((r, order) => ({
    ...r,
    order,
    classes: classesOf(r.pattern),
    re: new RegExp(
      spellOut(
        `(?<![\\p{L}\\p{N}])(?<cl>[وف](?=\\p{L}))?(?:[بل](?=ال))?(?:${expand(r.pattern)})(?![\\p{L}\\p{N}])`,
      ),
      'y',
    ),
  }));
  return compiled;
}
