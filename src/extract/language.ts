// A language bundle: the rule files compiled once into the values the extractor runs on (the
// time-expression engine, its word tables, the tense and clause markers). It is passed to the
// extractor; nothing here is module state but the default Arabic bundle, built on first use.
import {
  compilePattern,
  phraseGroup,
  Vocabulary,
  type CompiledPattern,
  type PhraseGroup,
} from './engine/compile';
import { compileGuard, type GuardNames, type GuardTest } from './engine/guards';
import { parsePattern, type Node } from './engine/pattern';
import { newStream, type Stream } from './engine/stream';
import { normalizers, type Normalizer, type TimexTables } from './normalize';
import type { NormalizerName } from './rules/schema';
import { createActorMatcher, type ActorMatcher } from './actors';
import { alternation, phraseKey } from './phrases';
import { arabicData, type LanguageData } from './rules';
import type { GazetteerActor, TimexKind } from './types';
import { normalizeArabic } from './text';
import { compileReferentWords, type ReferentWords } from './referents';
import { compileAgentWords, type AgentWords } from './agents';

export interface CompiledTimexRule {
  id: string;
  kind: TimexKind;
  order: number;
  pattern: CompiledPattern;
  guards: GuardTest[];
  normalize?: Normalizer;
  normalizeName?: NormalizerName;
  value?: string;
}

/** The rules a first token can begin, by what comes second. */
export interface FirstEntry {
  byNext: Map<number, number[]>;
  /** Rules whose second token may be any number. */
  num: number[];
  /** Rules that may end at the first token. */
  end: number[];
  /** Rules whose second token may be any word. */
  word: number[];
  /** Memo: the rules for one second token, merged. */
  merged: Map<number, number[]>;
}

export interface TimexEngine {
  vocab: Vocabulary;
  rules: CompiledTimexRule[];
  /** By the id of a first token (ANY_NUMBER for a number): the rules it can begin (a trie of two tokens). */
  byFirst: Map<number, FirstEntry>;
  /** Scratch token arrays, reused paragraph after paragraph. */
  stream: Stream;
  /** How a day named twice is joined into one expression (timex-rules.json "restatements"). */
  restatements: { between: CompiledPattern; after: CompiledPattern | null }[];
}

export interface Language {
  code: string;
  data: LanguageData;
  /** The gazetteer's names, adjectives and roles, matched through clitics. */
  actors: ActorMatcher;
  actorById: (id: string) => GazetteerActor | undefined;
  timex: TimexEngine;
  tables: TimexTables;
  tense: { future: RegExp; past: RegExp; notVerbs: string[] };
  /** Clause punctuation and subordinators that start a new region (sentences.ts). */
  strongBreak: RegExp;
  /** A clause of contrast or simultaneity («فيما»): another happening (markers.parallelClauses). */
  parallelClause: RegExp;
  /** The same word opening a sentence (after a quote mark or «و»). */
  parallelOpening: RegExp;
  /** A sentence opening on a reporting verb with a pronoun subject (markers.pronounSubjects). */
  pronounSubject: RegExp;
  /** «أمس الأحد» or a weekday, in the opening paragraphs (inferring the publication day). */
  weekdayMention: RegExp;
  /** «اليوم الخميس»، «اليوم (الخميس)»: the weekday the text gives today. */
  todayWeekday: RegExp;
  weekdayByName: ReadonlyMap<string, number>;
  /** Words that refer to a participant named elsewhere in the article (referents.ts). */
  referents: ReferentWords;
  /** Words that attach an agent to a happening's trigger (agents.ts). */
  agents: AgentWords;
  /** markers.json word lists, normalised. */
  words: {
    continuations: ReadonlySet<string>;
    dualAnaphors: ReadonlySet<string>;
  };
}

const nameTable = (entries: { names: string[]; n: number }[]): Map<string, number> => {
  const map = new Map<string, number>();
  for (const e of entries) for (const n of e.names) map.set(phraseKey(n), e.n);
  return map;
};
const numberTable = (o: Record<string, number>) =>
  nameTable(Object.entries(o).map(([k, n]) => ({ names: [k], n })));

function compileTables(d: LanguageData): TimexTables {
  const { calendar, lexicon } = d;
  const listsOfWord = new Map<string, Set<string>>();
  for (const [name, l] of Object.entries(lexicon.lists))
    for (const x of l.words) {
      const k = phraseKey(x);
      listsOfWord.set(k, (listsOfWord.get(k) ?? new Set()).add(name));
    }
  const keys = new Map<string, string>(); // the same few phrases come back match after match
  const key = (s: string) => {
    let k = keys.get(s);
    if (k === undefined) {
      if (keys.size >= 10_000) keys.clear();
      keys.set(s, (k = phraseKey(s)));
    }
    return k;
  };
  return {
    months: nameTable(calendar.months.map((m) => ({ names: m.names, n: m.month }))),
    englishMonths: nameTable(calendar.englishMonths.map((m) => ({ names: m.names, n: m.month }))),
    hijriMonths: nameTable(calendar.hijriMonths.map((m) => ({ names: m.names, n: m.month }))),
    weekdays: nameTable(calendar.weekdays.map((w) => ({ names: w.names, n: w.day }))),
    ordinals: numberTable(lexicon.numbers.ordinals),
    cardinals: numberTable(lexicon.numbers.cardinals),
    duals: numberTable(lexicon.numbers.duals),
    decadeUnits: new Set(Object.keys(lexicon.numbers.decadeWords).map(normalizeArabic)),
    listOf(phrase, names) {
      const holders = listsOfWord.get(key(phrase));
      return holders ? names.find((n) => holders.has(n)) : undefined;
    },
    list: (name) => lexicon.lists[name],
    key,
  };
}

function compileTimex(d: LanguageData, tables: TimexTables): TimexEngine {
  const { calendar, lexicon, timex, markers } = d;
  const vocab = new Vocabulary();
  const groups = new Map<string, PhraseGroup>();
  const group = (name: string, words: string[]) => {
    groups.set(name, phraseGroup(vocab, words, `${d.code} ${name}`));
  };
  for (const [name, l] of Object.entries(lexicon.lists)) group(name, l.words);
  for (const [name, lists] of Object.entries(timex.sets))
    group(
      name,
      lists.flatMap((l) => {
        const list = lexicon.lists[l];
        if (!list) throw new Error(`timex-rules.json set ${name}: unknown list ${l}`);
        return list.words;
      }),
    );
  group(
    'MONTH',
    calendar.months.flatMap((m) => m.names),
  );
  group(
    'ENMONTH',
    calendar.englishMonths.flatMap((m) => m.names),
  );
  group(
    'HMONTH',
    calendar.hijriMonths.flatMap((m) => m.names),
  );
  group(
    'WEEKDAY',
    calendar.weekdays.flatMap((w) => w.names),
  );
  group('ORD', Object.keys(lexicon.numbers.ordinals));
  group('CARD', Object.keys(lexicon.numbers.cardinals));
  group('DUAL', Object.keys(lexicon.numbers.duals));

  const fragments = new Map<string, Node>();
  for (const [name, src] of Object.entries(timex.fragments)) fragments.set(name, parsePattern(src));
  const names = {
    group: (n: string) => groups.get(n),
    number: (n: string) => timex.numbers[n],
    fragment: (n: string) => fragments.get(n),
  };
  const compile = (src: string, where: string) => {
    let tree: Node;
    try {
      tree = parsePattern(src);
    } catch (e) {
      throw new Error(`${where}: ${(e as Error).message}`, { cause: e });
    }
    return compilePattern(tree, names, vocab, where);
  };

  const markerWords = new Map<string, Set<string>>();
  for (const [name, section] of Object.entries(markers))
    if (typeof section === 'object' && 'words' in section)
      markerWords.set(name, new Set(section.words.map(normalizeArabic)));
  // the gazetteer's media names that hold a time word («قناة روسيا اليوم») are names too
  const timeWords = new Set(
    ['DEIXIS_TODAY', 'DEIXIS_TOMORROW', 'DEIXIS_YESTERDAY'].flatMap((l) =>
      (lexicon.lists[l]?.words ?? []).map(phraseKey),
    ),
  );
  const named = markerWords.get('timeWordNames');
  for (const a of d.gazetteer)
    if (a.kind === 'media')
      for (const alias of [a.name.ar, ...a.aliases]) {
        const k = phraseKey(alias);
        if (k.split(' ').some((w) => timeWords.has(w)) && k.includes(' ')) named?.add(k);
      }
  const guardNames: GuardNames = {
    phrases: (n) => groups.get(n)?.keys,
    markerWords: (n) => markerWords.get(n),
    ambiguous: new Set(
      [
        ...calendar.months.flatMap((m) => m.ambiguous ?? []),
        ...calendar.weekdays.filter((w) => w.ambiguous).flatMap((w) => w.names),
      ].map(phraseKey),
    ),
    pattern: (src) => compile(src, `guard pattern «${src}»`),
    key: tables.key,
  };
  const shared = new Map(
    Object.entries(timex.guards).map(([name, g]) => [name, compileGuard(g, guardNames, name)]),
  );

  const rules = timex.rules.map((r, order): CompiledTimexRule => {
    const where = `timex-rules.json ${r.id}`;
    const guards = (r.guards ?? []).map((g) => {
      if (typeof g !== 'string') return compileGuard(g, guardNames, where);
      const s = shared.get(g);
      if (!s) throw new Error(`${where}: unknown guard ${g}`);
      return s;
    });
    return {
      id: r.id,
      kind: r.kind,
      order,
      pattern: compile(r.pattern, where),
      guards,
      ...(r.normalize ? { normalize: normalizers[r.normalize], normalizeName: r.normalize } : {}),
      ...(r.value ? { value: r.value } : {}),
    };
  });

  const byFirst = new Map<number, FirstEntry>();
  for (const r of rules)
    for (const [first, f] of r.pattern.follow) {
      let e = byFirst.get(first);
      if (!e)
        byFirst.set(
          first,
          (e = { byNext: new Map(), num: [], end: [], word: [], merged: new Map() }),
        );
      for (const id of f.ids) e.byNext.set(id, [...(e.byNext.get(id) ?? []), r.order]);
      if (f.num) e.num.push(r.order);
      if (f.end) e.end.push(r.order);
      if (f.word) e.word.push(r.order);
    }
  const restatements = timex.restatements.joins.map((j, k) => ({
    between: compile(j.between, `timex-rules.json restatements ${k}`),
    after: j.after ? compile(j.after, `timex-rules.json restatements ${k}`) : null,
  }));
  return { vocab, rules, byFirst, stream: newStream(), restatements };
}

export function compileLanguage(d: LanguageData): Language {
  const tables = compileTables(d);
  const { markers, calendar, lexicon } = d;
  const byId = new Map(d.gazetteer.map((a) => [a.id, a]));
  const parallel = markers.parallelClauses.words
    .map((w) => normalizeArabic(w).replace(/\s+/g, '\\s+'))
    .join('|');
  return {
    code: d.code,
    data: d,
    actors: createActorMatcher(d.gazetteer, d.gazetteerStopPhrases),
    actorById: (id) => byId.get(id),
    timex: compileTimex(d, tables),
    tables,
    tense: {
      future: new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${alternation(markers.future.words)}|${markers.future.prefixVerb})(?![\\p{L}\\p{N}])`,
        'gu',
      ),
      past: new RegExp(
        `(?<![\\p{L}\\p{N}])[وف]?${alternation(markers.past.words)}(?![\\p{L}\\p{N}])`,
        'u',
      ),
      notVerbs: markers.future.notVerbs.map(normalizeArabic),
    },
    strongBreak: new RegExp(
      `[،,؛:]|(?<![\\p{L}])(?:${markers.regionBreaks.strong.map((w) => normalizeArabic(w).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])`,
      'gu',
    ),
    parallelClause: new RegExp(`(?<![\\p{L}])(?:${parallel})(?![\\p{L}])`, 'gu'),
    parallelOpening: new RegExp(`^[\\s"'«“]*و?(?:${parallel})(?![\\p{L}])`, 'u'),
    pronounSubject: new RegExp(
      `^[\\s"'«“]*${alternation(markers.pronounSubjects.words)}(?:\\s+${alternation(markers.pronounSubjects.after)}(?![\\p{L}])|\\s*:)`,
      'u',
    ),
    weekdayMention: new RegExp(
      `(?:(${alternation(lexicon.lists.DEIXIS_YESTERDAY?.words ?? [])})\\s*[،,]?\\s*)?(${alternation(calendar.weekdays.flatMap((w) => w.names))})`,
      'gu',
    ),
    todayWeekday: new RegExp(
      `(?<![\\p{L}])${alternation(lexicon.lists.DEIXIS_TODAY?.words ?? [])}\\s*[،,(]?\\s*(${alternation(calendar.weekdays.flatMap((w) => w.names))})(?![\\p{L}])`,
      'gu',
    ),
    weekdayByName: tables.weekdays,
    referents: compileReferentWords(markers),
    agents: compileAgentWords(markers.agents),
    words: {
      continuations: new Set(markers.continuations.words.map(normalizeArabic)),
      dualAnaphors: new Set(markers.dualAnaphors.words.map(normalizeArabic)),
    },
  };
}

let ar: Language | null = null;
/** The Arabic bundle, compiled on first use. */
export const arabic = (): Language => (ar ??= compileLanguage(arabicData));
