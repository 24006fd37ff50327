// The shape of the time-expression rule files, as zod schemas: the data boundary is parsed
// (and its types inferred), not cast. actors.json and triggers.json are checked by
// tests/extract/rules/rules-data.test.ts.
import { z } from 'zod';

const text = z.string().min(1);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** [sentence, publication day or null, expected value or kind]. */
export const timexExample = z.tuple([text, day.nullable(), text]);
export type TimexExample = z.infer<typeof timexExample>;
/** [sentence, publication day or null]: the rule must find nothing of its kind in it. */
export const counterExample = z.tuple([text, day.nullable()]);
export type CounterExample = z.infer<typeof counterExample>;

export const timexKinds = ['date', 'duration', 'present', 'vague', 'set'] as const;

/** What a guard looks at; slots are the rule's named parts. */
export type Condition =
  | { has: string[] }
  | { ambiguous: string }
  | { slot: string; in: string }
  | { betweenCommas: true }
  | { inParentheses: true }
  | { nextWord: string }
  | { quotedName: number }
  | { afterWord: string; within: number }
  | { withinPhrase: string }
  | { previousWord: { endsWith: string } | { is: string; clitics: string } }
  | { precededBy: string }
  | { followedBy: string }
  | { any: Condition[] }
  | { all: Condition[] }
  | { not: Condition };

export const condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ has: z.array(text).min(1) }),
    z.strictObject({ ambiguous: text }),
    z.strictObject({ slot: text, in: text }),
    z.strictObject({ betweenCommas: z.literal(true) }),
    z.strictObject({ inParentheses: z.literal(true) }),
    z.strictObject({ nextWord: text }),
    z.strictObject({ quotedName: z.number().int().positive() }),
    z.strictObject({ afterWord: text, within: z.number().int().min(0) }),
    z.strictObject({ withinPhrase: text }),
    z.strictObject({
      previousWord: z.union([
        z.strictObject({ endsWith: text }),
        z.strictObject({ is: text, clitics: z.string() }),
      ]),
    }),
    z.strictObject({ precededBy: text }),
    z.strictObject({ followedBy: text }),
    z.strictObject({ any: z.array(condition).min(1) }),
    z.strictObject({ all: z.array(condition).min(1) }),
    z.strictObject({ not: condition }),
  ]),
);

/**
 * Rejects the match, or gives it another kind, when `when` holds and `unless` does not. A
 * shared guard carries its own counter-examples: sentences in which it refuses a match.
 */
const guardBase = {
  when: condition.optional(),
  unless: condition.optional(),
  counterExamples: z.array(counterExample).min(2).optional(),
};
export const guard = z.union([
  z.strictObject({ reject: text, ...guardBase }),
  z.strictObject({ kind: z.enum(timexKinds), why: text, ...guardBase }),
]);
export type Guard = z.infer<typeof guard>;

export const normalizerNames = [
  'fixed',
  'calendar',
  'hijri',
  'period',
  'anaphoric',
  'deixis',
  'weekday',
  'offset',
  'decade',
  'happening',
] as const;
export type NormalizerName = (typeof normalizerNames)[number];

export const timexRule = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    kind: z.enum(timexKinds),
    /** How a match becomes a value (src/extract/normalize); dates only. */
    normalize: z.enum(normalizerNames).optional(),
    /** The value of a rule that names one day («هجمات 11 سبتمبر»). */
    value: z.string().optional(),
    note: z.string().optional(),
    pattern: text,
    /** Shared guards by name, or guards of this rule. */
    guards: z.array(z.union([text, guard])).optional(),
    examples: z.array(timexExample).min(2),
    counterExamples: z.array(counterExample).optional(),
  })
  .refine((r) => (r.kind === 'date') === (r.normalize !== undefined), {
    message: 'a date rule names its normaliser, and only a date rule has one',
  })
  .refine((r) => (r.normalize === 'fixed') === (r.value !== undefined), {
    message: 'the fixed normaliser needs a value, and only it',
  });
export type TimexRule = z.infer<typeof timexRule>;

export const numberClass = z.strictObject({
  /** Exact count of digits. */
  digits: z.number().int().positive().optional(),
  min: z.number().int(),
  max: z.number().int(),
  /** Compare only the number's last digits (a lookbehind into a longer run of digits). */
  last: z.number().int().positive().optional(),
  note: z.string().optional(),
});
export type NumberClass = z.infer<typeof numberClass>;

const upperName = z.string().regex(/^[A-Z][A-Z0-9_]*$/);

/**
 * A day named twice, the second time explicitly («اليوم (الأحد)»، «الخميس الموافق 30 تموز»):
 * one expression, whose value the explicit second one decides.
 */
export const restatements = z.strictObject({
  about: text,
  joins: z
    .array(z.strictObject({ between: text, after: text.optional(), note: z.string().optional() }))
    .min(1),
  examples: z.array(timexExample).min(2),
  counterExamples: z.array(counterExample).min(2),
});

export const timexRulesFile = z.strictObject({
  about: text,
  numbers: z.record(upperName, numberClass),
  /** Unions of lexicon lists, matched as one list. */
  sets: z.record(upperName, z.array(upperName).min(1)),
  /** Pattern fragments that rules use by name. */
  fragments: z.record(upperName, text),
  guards: z.record(z.string(), guard),
  restatements,
  rules: z.array(timexRule).min(1),
});
export type TimexRulesFile = z.infer<typeof timexRulesFile>;

const units = ['day', 'week', 'month', 'year', 'hour'] as const;
export const lexiconList = z.strictObject({
  words: z.array(text).min(1),
  /** The part of a period its words point at. */
  mod: z.enum(['START', 'MID', 'END']).nullable().optional(),
  unit: z.enum(units).optional(),
  /** How far from the anchor (−1 the one before, 1 the one after). */
  offset: z.number().int().optional(),
  note: z.string().optional(),
  examples: z.array(timexExample).min(2),
});
export type LexiconList = z.infer<typeof lexiconList>;

const numberTable = z.record(text, z.number().int().positive());
export const lexiconFile = z.strictObject({
  about: text,
  lists: z.record(upperName, lexiconList),
  numbers: z.strictObject({
    about: text,
    cardinals: numberTable,
    ordinals: numberTable,
    duals: numberTable,
    decadeWords: numberTable,
    examples: z.record(z.string(), z.array(timexExample).min(2)),
  }),
});
export type LexiconFile = z.infer<typeof lexiconFile>;

export const calendarFile = z.strictObject({
  about: text,
  months: z.array(
    z.strictObject({
      month: z.number().int().min(1).max(12),
      names: z.array(text).min(1),
      /** Names that are also common words: they need a context to be a month. */
      ambiguous: z.array(text).optional(),
      examples: z.array(timexExample).min(2),
    }),
  ),
  englishMonths: z.array(
    z.strictObject({ month: z.number().int().min(1).max(12), names: z.array(text).min(1) }),
  ),
  englishExamples: z.array(timexExample).min(2),
  hijriMonths: z.array(
    z.strictObject({ month: z.number().int().min(1).max(12), names: z.array(text).min(1) }),
  ),
  hijriExamples: z.array(timexExample).min(2),
  weekdays: z.array(
    z.strictObject({
      day: z.number().int().min(0).max(6),
      names: z.array(text).min(1),
      ambiguous: z.boolean().optional(),
      examples: z.array(timexExample).min(1),
    }),
  ),
});
export type CalendarFile = z.infer<typeof calendarFile>;

const wordList = z.array(text).min(1);
const eventExample = z.strictObject({
  text,
  anchor: day.nullable(),
  expect: z.array(z.strictObject({ timex: text, type: text, actors: z.array(text) })).min(1),
});
/**
 * A paragraph and what one of its mentions refers to without naming: the referring word adds
 * `shows` (ids, or for a person the text introduces the name as written) to the actors the
 * mention lists, and does not add `hides`.
 */
const referentExample = z.strictObject({
  text,
  anchor: day.nullable(),
  timex: text,
  /** The referring word as written (removing it takes away what `shows` lists). */
  word: text,
  shows: z.array(text),
  hides: z.array(text).optional(),
});
/** Two articles of one day reporting one kind of happening, the agent each names (ids, after
 * agents.ts's affiliations): two events. */
const agentExample = z.strictObject({
  texts: z.array(text).length(2),
  anchor: day,
  agents: z.array(text).length(2),
});
export const markersFile = z.strictObject({
  about: text,
  future: z.strictObject({
    about: text.optional(),
    words: wordList,
    /** A regular expression for a verb in the future (سـ + imperfect). */
    prefixVerb: text,
    notVerbs: wordList,
    examples: z.array(timexExample).min(2),
  }),
  past: z.strictObject({ about: text, words: wordList, examples: z.array(timexExample).min(2) }),
  regionBreaks: z.strictObject({
    about: text,
    strong: wordList,
    weak: wordList,
    examples: z.array(eventExample).min(2),
  }),
  parallelClauses: z.strictObject({
    about: text,
    words: wordList,
    examples: z.array(eventExample).min(2),
  }),
  pronounSubjects: z.strictObject({
    about: text,
    words: wordList,
    after: wordList,
    examples: z.array(eventExample).min(2),
  }),
  continuations: z.strictObject({
    about: text,
    words: wordList,
    examples: z.array(eventExample).min(2),
  }),
  dualAnaphors: z.strictObject({
    about: text,
    words: wordList,
    examples: z.array(eventExample).min(2),
  }),
  deixisBlockers: z.strictObject({
    about: text,
    words: wordList,
    examples: z.array(timexExample).min(2),
  }),
  yearBlockers: z.strictObject({
    about: text,
    words: wordList,
    examples: z.array(timexExample).min(2),
  }),
  shortForms: z.strictObject({
    about: text,
    words: wordList,
    kinds: z.array(z.enum(['organization', 'armed-group'])).min(1),
    examples: z.array(referentExample).min(2),
  }),
  roleReferents: z.strictObject({
    about: text,
    words: wordList,
    examples: z.array(referentExample).min(2),
  }),
  kinReferents: z.strictObject({
    about: text,
    groups: z.array(wordList).min(1),
    examples: z.array(referentExample).min(2),
  }),
  statementReferents: z.strictObject({
    about: text,
    words: wordList,
    examples: z.array(referentExample).min(2),
  }),
  agents: z.strictObject({
    about: text,
    family: text,
    forces: wordList,
    notAdjectives: wordList,
    examples: z.array(agentExample).min(2),
  }),
  roleNouns: z.strictObject({
    about: text,
    words: wordList,
    examples: z.array(z.tuple([text, text])).min(2),
  }),
  mediaNouns: z.strictObject({
    about: text,
    words: wordList,
    examples: z.array(timexExample).min(2),
  }),
  anniversaries: z.strictObject({
    about: text,
    words: wordList,
    examples: z.array(timexExample).min(2),
  }),
  timeWordNames: z.strictObject({
    about: text,
    words: wordList,
    examples: z.array(timexExample).min(2),
  }),
  nameStops: z.strictObject({
    about: text,
    words: wordList,
    examples: z.array(z.strictObject({ text, anchor: day.nullable(), person: text })).min(2),
  }),
});
export type MarkersFile = z.infer<typeof markersFile>;
