// Where the text dates a happening it later counts from («وغداة الانتخابات»): the nearest time
// expression whose clause names the happening by the same word, stem or rough root (فجّروا،
// التفجير، انفجرت), in the same paragraph first, then in the paragraphs before it.
import { valueRange, type DateValue } from './calendar';
import { clauseAround } from './tense';
import { rootKey, stem } from './terms';
import type { TimexMatch } from './types';

const WORD = /\p{L}{3,}/gu;

function keysOf(word: string): { stem: string; root: string } {
  const s = stem(word);
  return { stem: s, root: rootKey(s) };
}

/** Two words name one happening: the same stem, the same root, or one root ending the other's. */
function sameHappening(a: { stem: string; root: string }, b: { stem: string; root: string }) {
  if (a.stem === b.stem || a.root === b.root) return true;
  const [short, long] = a.root.length <= b.root.length ? [a.root, b.root] : [b.root, a.root];
  return short.length >= 3 && long.endsWith(short);
}

interface Read {
  text: string;
  timexes: readonly TimexMatch[];
}

function datedNaming(
  p: Read,
  t: TimexMatch,
  key: { stem: string; root: string },
): DateValue | null {
  if (t.kind !== 'date' || !t.value || t.rule === 'date-from-happening') return null;
  const c = clauseAround(p.text, t.start, t.end);
  for (const m of p.text.slice(c.start, c.end).matchAll(WORD))
    if (sameHappening(keysOf(m[0]), key)) return valueRange(t.value);
  return null;
}

/**
 * The date of the happening a word names, for an expression at `at` of paragraph `here`:
 * the nearest dated clause naming it in this paragraph, else the latest in earlier ones.
 */
export function happeningDate(
  word: string,
  at: number,
  here: Read,
  earlier: readonly Read[] = [],
): DateValue | null {
  const key = keysOf(word);
  const near = [...here.timexes].sort(
    (a, b) => Math.abs(a.start - at) - Math.abs(b.start - at) || a.start - b.start,
  );
  for (const t of near) {
    const d = datedNaming(here, t, key);
    if (d) return d;
  }
  for (let k = earlier.length - 1; k >= 0; k--) {
    const p = earlier[k]!;
    for (let j = p.timexes.length - 1; j >= 0; j--) {
      const d = datedNaming(p, p.timexes[j]!, key);
      if (d) return d;
    }
  }
  return null;
}
