// Guards: the declarative conditions under which a rule's match is refused or changes kind
// (timex-rules.json). Each condition compiles once into a test of one match.
import type { Condition, Guard } from '../rules/schema';
import type { TimexKind } from '../types';
import type { CompiledPattern } from './compile';
import type { Stream } from './stream';

/** One match as the guards see it. */
export interface MatchView {
  slots: Partial<Record<string, string>>;
  s: Stream;
  /** Token index of the match's first and last tokens. */
  firstToken: number;
  lastToken: number;
  /** Char span of the match in the normalised text (a glued و/ف left out). */
  start: number;
  end: number;
}

/** What conditions may name: lists, marker word sets, patterns. */
export interface GuardNames {
  /** Normalised phrases of a lexicon list, a set or a table (ORD, DUAL …). */
  phrases(name: string): ReadonlySet<string> | undefined;
  /** Normalised words of a marker list (markers.json: yearBlockers …). */
  markerWords(name: string): ReadonlySet<string> | undefined;
  /** Words that are a month or weekday only in the right context (calendar.json). */
  ambiguous: ReadonlySet<string>;
  pattern(src: string): CompiledPattern;
  key(phrase: string): string;
}

type Test = (m: MatchView) => boolean;

const WORD_AFTER = /^\s*([\p{L}\p{N}]+)/u;
const LETTER = /\p{L}/u;
const SPACE = /\s/u;
const comma = (c: string | undefined) => c === '،' || c === ',';

/** The characters next to text[start, end) past any spaces (undefined at either edge). */
function around(t: string, start: number, end: number): [string | undefined, string | undefined] {
  let a = start - 1;
  while (a >= 0 && t[a] === ' ') a--;
  let b = end;
  while (b < t.length && t[b] === ' ') b++;
  return [t[a], t[b]];
}

export function compileCondition(c: Condition, names: GuardNames, where: string): Test {
  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`${where}: unknown ${what}`);
    return v;
  };
  if ('has' in c) {
    const slots = c.has;
    return (m) => slots.some((s) => Boolean(m.slots[s]));
  }
  if ('ambiguous' in c) {
    const slot = c.ambiguous;
    return (m) => {
      const v = m.slots[slot];
      return v !== undefined && v !== '' && names.ambiguous.has(names.key(v));
    };
  }
  if ('slot' in c) {
    const { slot } = c;
    const set = need(names.phrases(c.in) ?? names.markerWords(c.in), `list ${c.in}`);
    return (m) => {
      const v = m.slots[slot];
      return v !== undefined && v !== '' && set.has(names.key(v));
    };
  }
  if ('betweenCommas' in c)
    return ({ s, start, end }) => {
      const [before, after] = around(s.text, start, end);
      return comma(before) || comma(after) || before === undefined;
    };
  if ('inParentheses' in c)
    return ({ s, start, end }) => {
      const [before, after] = around(s.text, start, end);
      return before === '(' && after === ')';
    };
  if ('quotedName' in c) {
    const most = c.quotedName;
    // «روسيا اليوم»: a closing quote right after, the opening one at most `most` words before
    return ({ s, start, end }) => {
      const t = s.text;
      let b = end;
      while (b < t.length && t[b] === ' ') b++;
      if (t[b] !== '"') return false;
      let words = 0;
      for (let a = start - 1; a >= 0; a--) {
        const ch = t[a]!;
        if (ch === '"') return true;
        if (ch === ' ') continue;
        if (!LETTER.test(ch)) return false;
        while (a > 0 && LETTER.test(t[a - 1]!)) a--;
        if (++words > most) return false;
      }
      return false;
    };
  }
  if ('afterWord' in c) {
    const words = need(names.markerWords(c.afterWord), `marker list ${c.afterWord}`);
    const within = c.within;
    // «قناة «روسيا اليوم»»، «صحيفة اليوم»: the word a few words before, only quotes between
    return ({ s, start }) => {
      const t = s.text;
      let seen = 0;
      for (let a = start - 1; a >= 0; a--) {
        const ch = t[a]!;
        if (ch === ' ' || ch === '"') continue;
        if (!LETTER.test(ch)) return false;
        const e = a + 1;
        while (a > 0 && LETTER.test(t[a - 1]!)) a--;
        const w = t.slice(a, e);
        if (words.has(w) || (/^[وفبلك]/.test(w) && words.has(w.slice(1)))) return true;
        if (++seen > within) return false;
      }
      return false;
    };
  }
  if ('withinPhrase' in c) {
    const phrases = need(names.markerWords(c.withinPhrase), `marker list ${c.withinPhrase}`);
    const list = [...phrases];
    // the match is a word of a name that holds it («عين اليوم»، «اليوم السابع»); the phrase is
    // looked for only where it could overlap the match (a search to the end of the text for
    // every match made a long paragraph quadratic)
    return ({ s, start, end }) =>
      list.some((p) => {
        const t = s.text;
        const from = Math.max(0, start - p.length + 1);
        const window = t.slice(from, Math.min(t.length, end + p.length - 1));
        for (let i = window.indexOf(p); i >= 0; i = window.indexOf(p, i + 1)) {
          const at = from + i;
          const after = at + p.length;
          if (
            at < end &&
            after > start &&
            (at === 0 || !LETTER.test(t[at - 1]!)) &&
            (after >= t.length || !LETTER.test(t[after]!))
          )
            return true;
        }
        return false;
      });
  }
  if ('nextWord' in c) {
    const words = need(names.markerWords(c.nextWord), `marker list ${c.nextWord}`);
    return ({ s, end }) => words.has(WORD_AFTER.exec(s.text.slice(end, end + 40))?.[1] ?? '');
  }
  if ('previousWord' in c) {
    const p = c.previousWord;
    if ('endsWith' in p) {
      const set = need(names.phrases(p.endsWith), `list ${p.endsWith}`);
      const words = [...set];
      // a lookbehind: spaces, and before them the end of a word of the list (clitics allowed)
      return ({ s, start }) => {
        const t = s.text;
        let j = start;
        while (j > 0 && SPACE.test(t[j - 1]!)) j--;
        return j < start && words.some((w) => j >= w.length && t.startsWith(w, j - w.length));
      };
    }
    const set = need(names.phrases(p.is), `list ${p.is}`);
    const clitics = [...p.clitics];
    return ({ s, start }) => {
      const t = s.text;
      let j = start;
      while (j > 0 && SPACE.test(t[j - 1]!)) j--;
      if (j === start) return false;
      let k = j;
      while (k > 0 && LETTER.test(t[k - 1]!)) k--;
      const w = t.slice(k, j);
      return set.has(w) || (clitics.includes(w[0] ?? '') && set.has(w.slice(1)));
    };
  }
  if ('precededBy' in c) {
    const pattern = names.pattern(c.precededBy);
    return ({ s, firstToken }) => pattern.endsBefore(s, firstToken, 6);
  }
  if ('followedBy' in c) {
    const pattern = names.pattern(c.followedBy);
    return ({ s, lastToken }) => pattern.startsAfter(s, lastToken);
  }
  if ('any' in c) {
    const tests = c.any.map((x) => compileCondition(x, names, where));
    return (m) => tests.some((t) => t(m));
  }
  if ('all' in c) {
    const tests = c.all.map((x) => compileCondition(x, names, where));
    return (m) => tests.every((t) => t(m));
  }
  const inner = compileCondition(c.not, names, where);
  return (m) => !inner(m);
}

/** A guard's verdict on a match: refused (null), another kind, or no say (undefined). */
export type GuardTest = (m: MatchView) => TimexKind | null | undefined;

export function compileGuard(g: Guard, names: GuardNames, where: string): GuardTest {
  const when = g.when ? compileCondition(g.when, names, where) : () => true;
  const unless = g.unless ? compileCondition(g.unless, names, where) : () => false;
  const verdict = 'reject' in g ? null : g.kind;
  return (m) => (when(m) && !unless(m) ? verdict : undefined);
}
