// Kinds of happening from trigger words (rules/ar/triggers.json): a trigger is a word or phrase,
// matched through clitics; a trailing * lets the last word take suffixes (انسحب* -> انسحبت).
// Each kind gives the contract's event type and a family of kinds one happening may be
// reported under.
import type { EventType } from '../model';
import { triggerFamilies, triggerKinds } from './rules';
import { normalizeArabic } from './text';
import { stem } from './terms';
import {
  adjacent,
  readings,
  tokenize,
  tokensOf,
  wordSlot,
  type Reading,
  type Token,
  type Word,
} from './tokens';

/** What a trigger says about the happening it names. */
export interface TriggerSense {
  type: EventType;
  kind: string;
  family: string;
  generic: boolean;
}

interface Trigger extends TriggerSense {
  words: string[];
  stem: boolean;
  key: string;
}

export interface TriggerHit extends TriggerSense {
  /** The trigger's listed word, stemmed: two reports using one trigger share it (غارة، الغارات). */
  key: string;
  start: number;
  end: number;
}

const weakFamilies = new Set(triggerFamilies.list.filter((f) => f.weak).map((f) => f.id));
const compatiblePairs = new Set(
  triggerFamilies.compatible.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]),
);

/** Families that frame speech or writing about a happening. */
export const isWeakFamily = (f: string) => weakFamilies.has(f);
/** Whether a trigger says more about what happened than that someone spoke or wrote of it. */
export const isSpecific = (t: Pick<TriggerSense, 'family'>) => !isWeakFamily(t.family);

/**
 * Whether two mentions, by the families of their predicates, may report one happening: either
 * has none (a bare date, or only speech), they are one family, or the two are declared
 * compatible.
 */
export function familiesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null || isWeakFamily(a) || isWeakFamily(b)) return true;
  return a === b || compatiblePairs.has(`${a}|${b}`);
}

let index: Map<string, Trigger[]> | null = null;
/** One-word stems by their first three letters, so a word meets only the stems it could begin with. */
let stems = new Map<string, Trigger[]>();
const STEM_KEY = 3;

function build(): Map<string, Trigger[]> {
  const idx = new Map<string, Trigger[]>();
  stems = new Map();
  for (const t of triggerKinds)
    for (const raw of t.triggers) {
      const isStem = raw.endsWith('*');
      const words = tokenize(normalizeArabic(isStem ? raw.slice(0, -1) : raw)).map((w) => w.text);
      if (!words.length) continue;
      const trig: Trigger = {
        words,
        stem: isStem,
        type: t.type,
        kind: t.kind,
        family: t.family,
        generic: t.generic ?? false,
        key: stem(words[0]!),
      };
      if (isStem && words.length === 1) {
        const key = words[0]!.slice(0, STEM_KEY);
        stems.set(key, [...(stems.get(key) ?? []), trig]);
      } else {
        const list = idx.get(words[0]!) ?? [];
        list.push(trig);
        idx.set(words[0]!, list);
      }
    }
  return idx;
}

/** A trigger's sense and span, as one object (no spread per hit). */
const hitOf = (t: Trigger, start: number, end: number): TriggerHit => ({
  type: t.type,
  kind: t.kind,
  family: t.family,
  generic: t.generic,
  key: t.key,
  start,
  end,
});

function lastWordMatches(trig: Trigger, word: string, isLast: boolean, expected: string): boolean {
  return isLast && trig.stem ? word.startsWith(expected) : word === expected;
}

/** The first one-word stem a form begins with. */
function stemOf(form: string): Trigger | null {
  for (const trig of stems.get(form.slice(0, STEM_KEY)) ?? [])
    if (form.startsWith(trig.words[0]!)) return trig;
  return null;
}

interface Begins {
  r: Reading;
  /** Triggers whose first word is this reading. */
  triggers: readonly Trigger[];
  /** The one-word stem it begins with, if no trigger of its own. */
  stem: Trigger | null;
}
const NO_TRIGGERS: readonly Trigger[] = [];
const SLOT = wordSlot();
/** What a word's readings can begin, kept in the word's record. */
function beginsOf(word: Word, idx: Map<string, Trigger[]>): readonly Begins[] {
  let b = word.slots[SLOT] as Begins[] | undefined;
  if (!b) {
    b = readings(word).map((r) => ({
      r,
      triggers: idx.get(r.form) ?? NO_TRIGGERS,
      stem: stemOf(r.form),
    }));
    word.slots[SLOT] = b;
  }
  return b;
}

/** Every trigger in normalised text, as normalised spans. */
export function findTriggers(norm: string, tokens: Token[] = tokensOf(norm)): TriggerHit[] {
  index ??= build();
  const out: TriggerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    let found = false;
    for (const { r, triggers, stem } of beginsOf(tok.word, index)) {
      for (const trig of triggers) {
        let j = 1;
        while (j < trig.words.length) {
          const next = tokens[i + j];
          const isLast = j === trig.words.length - 1;
          if (
            !next ||
            !adjacent(norm, tokens[i + j - 1]!, next) ||
            !lastWordMatches(trig, next.text, isLast, trig.words[j]!)
          )
            break;
          j++;
        }
        if (j === trig.words.length) {
          out.push(hitOf(trig, tok.start + r.skip, tokens[i + j - 1]!.end));
          found = true;
        }
      }
      if (!found && stem) {
        out.push(hitOf(stem, tok.start + r.skip, tok.end));
        found = true;
      }
      if (found) break;
    }
  }
  return out;
}

/**
 * The trigger of the happening a time expression anchors: the nearest specific trigger before
 * it within reach (the predicate comes first in «وغزت الولايات المتحدة العراق في 2003»), else
 * the nearest specific one after it, else the nearest trigger of any kind.
 */
export function pickTrigger(
  hits: TriggerHit[],
  at: { start: number; end: number },
  reach = 70,
): TriggerHit | null {
  const dist = (h: TriggerHit) =>
    h.end <= at.start ? at.start - h.end : h.start >= at.end ? h.start - at.end : 0;
  const byDistance = [...hits].sort((a, b) => dist(a) - dist(b) || a.start - b.start);
  const specific = byDistance.filter((h) => isSpecific(h) && dist(h) <= reach);
  return specific.find((h) => h.start < at.start) ?? specific[0] ?? byDistance[0] ?? null;
}
