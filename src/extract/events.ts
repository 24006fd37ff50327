// Event types from trigger words (rules/ar/triggers.json): a trigger is a word or phrase,
// matched through clitics; a trailing * lets the last word take suffixes (انسحب* -> انسحبت).
import type { EventType } from '../model';
import { triggerTypes } from './rules';
import { normalizeArabic, normalizeWithMap, toOriginal } from './text';
import { adjacent, readings, tokenize, tokensOf, type Token } from './tokens';

interface Trigger {
  words: string[];
  stem: boolean;
  type: EventType;
}

export interface TriggerHit {
  type: EventType;
  start: number;
  end: number;
}

/** Types that say more about what happened than that someone spoke or wrote about it. */
const WEAK: ReadonlySet<EventType> = new Set(['statement', 'report', 'other']);
export const isSpecific = (t: EventType) => !WEAK.has(t);

let index: Map<string, Trigger[]> | null = null;
/** One-word stems by their first three letters, so a word meets only the stems it could begin with. */
let stems = new Map<string, Trigger[]>();
const STEM_KEY = 3;

function build(): Map<string, Trigger[]> {
  const idx = new Map<string, Trigger[]>();
  stems = new Map();
  for (const t of triggerTypes)
    for (const raw of t.triggers) {
      const stem = raw.endsWith('*');
      const words = tokenize(normalizeArabic(stem ? raw.slice(0, -1) : raw)).map((w) => w.text);
      if (!words.length) continue;
      const trig: Trigger = { words, stem, type: t.type };
      if (stem && words.length === 1) {
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

function lastWordMatches(trig: Trigger, word: string, isLast: boolean, expected: string): boolean {
  return isLast && trig.stem ? word.startsWith(expected) : word === expected;
}

/** Every trigger in normalised text, as normalised spans. */
export function findTriggers(norm: string, tokens: Token[] = tokensOf(norm)): TriggerHit[] {
  index ??= build();
  const out: TriggerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    let found = false;
    for (const r of readings(tok.text)) {
      for (const trig of index.get(r.form) ?? []) {
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
          out.push({ type: trig.type, start: tok.start + r.skip, end: tokens[i + j - 1]!.end });
          found = true;
        }
      }
      if (!found)
        for (const trig of stems.get(r.form.slice(0, STEM_KEY)) ?? [])
          if (r.form.startsWith(trig.words[0]!)) {
            out.push({ type: trig.type, start: tok.start + r.skip, end: tok.end });
            found = true;
            break;
          }
      if (found) break;
    }
  }
  return out;
}

/**
 * The type of the happening a time expression anchors: the nearest specific trigger
 * within reach, else the nearest trigger of any kind, else 'other'.
 */
export function pickTrigger(
  hits: TriggerHit[],
  at: { start: number; end: number },
  reach = 70,
): TriggerHit | null {
  const dist = (h: TriggerHit) =>
    h.end <= at.start ? at.start - h.end : h.start >= at.end ? h.start - at.end : 0;
  const byDistance = [...hits].sort((a, b) => dist(a) - dist(b) || a.start - b.start);
  return byDistance.find((h) => isSpecific(h.type) && dist(h) <= reach) ?? byDistance[0] ?? null;
}

/** The event type a clause reports, with the trigger that decided it (original offsets). */
export function classifyClause(
  text: string,
): { type: EventType; trigger: { start: number; end: number } } | null {
  const n = normalizeWithMap(text);
  const hits = findTriggers(n.text);
  const specific = hits.find((h) => isSpecific(h.type));
  const best = specific ?? hits[0];
  if (!best) return null;
  return { type: best.type, trigger: toOriginal(n, best.start, best.end) };
}
