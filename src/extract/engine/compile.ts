// Compiles a parsed pattern into a matcher over a token stream. The matcher backtracks like a
// regular expression (greedy, alternatives in order, the first match wins) but steps over
// whole tokens and compares integer ids, and each rule is tried only at tokens that can
// begin it (its FIRST set), so a paragraph is read once, token by token.
import { normalizeArabic } from '../text';
import type { Node } from './pattern';
import { MARK, NUM, WORD, newStream, streamOf, type Stream } from './stream';
import { WordTable } from './wordtable';

/** Words and marks the rules name, as small integers. */
export class Vocabulary {
  readonly ids = new Map<string, number>();
  /** The same, looked up straight from the text. */
  readonly table = new WordTable();
  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      this.ids.set(word, (id = this.ids.size));
      this.table.set(word, id);
    }
    return id;
  }
}

/** Phrases of a list or table, longest first (the order a regex alternation tries them). */
export interface PhraseGroup {
  /** The phrases' token ids by their first token's id. */
  byFirst: Map<number, number[][]>;
  /** Normalised phrase (words joined by one space) -> present. */
  keys: Set<string>;
}

export interface NumberSpec {
  digits?: number;
  min: number;
  max: number;
  last?: number;
}

export interface Names {
  group(name: string): PhraseGroup | undefined;
  number(name: string): NumberSpec | undefined;
  fragment(name: string): Node | undefined;
}

/** The tokens of a normalised phrase; throws when one of its words is not a single token. */
function phraseTokens(phrase: string, where: string): string[] {
  const words = phrase.split(/\s+/).filter(Boolean);
  for (const w of words) {
    const s = streamOf(w, new WordTable());
    if (s.n !== 1) throw new Error(`${where}: «${w}» is not one word, number or mark`);
  }
  return words;
}

export function phraseGroup(
  vocab: Vocabulary,
  phrases: Iterable<string>,
  where: string,
): PhraseGroup {
  const forms = [...new Set([...phrases].map((p) => normalizeArabic(p).trim()).filter(Boolean))];
  forms.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const byFirst = new Map<number, number[][]>();
  const keys = new Set<string>();
  for (const f of forms) {
    const ids = phraseTokens(f, where).map((w) => vocab.id(w));
    keys.add(f.split(/\s+/).join(' '));
    const list = byFirst.get(ids[0]!);
    if (list) list.push(ids);
    else byFirst.set(ids[0]!, [ids]);
  }
  return { byFirst, keys };
}

// Gap states: what the whitespace before the next token must be.
const GLUED = 0;
const ANY = 1;
const SPACE = 2;

/** Scratch state of one match attempt (one per compiled pattern: matching is synchronous). */
interface Ctx {
  s: Stream;
  /** The token the match starts at, read as `firstId` with `firstSkip` clitic chars left out. */
  first: number;
  firstId: number;
  firstSkip: number;
  capS: Int32Array;
  capE: Int32Array;
  open: Int32Array;
  endChar: number;
  endTok: number;
  /** precededBy: the token the pattern must end just before. */
  target: number;
}
type M = (c: Ctx, i: number, g: number) => boolean;

const idAt = (c: Ctx, i: number) => (i === c.first ? c.firstId : c.s.id[i]!);
function gapOk(c: Ctx, i: number, g: number): boolean {
  if (i >= c.s.n) return false;
  if (i === c.first) return g !== SPACE;
  return g === ANY || (g === SPACE) === (c.s.spaced[i] === 1);
}
const tokStart = (c: Ctx, t: number) =>
  t === c.first ? c.s.start[t]! + c.firstSkip : c.s.start[t]!;

function numberValue(s: Stream, i: number, last?: number): number {
  const end = s.end[i]!;
  const from = last ? Math.max(s.start[i]!, end - last) : s.start[i]!;
  let v = 0;
  for (let k = from; k < end; k++) v = v * 10 + s.text.charCodeAt(k) - 48; // digits are ASCII once normalised
  return v;
}

export interface FirstSet {
  ids: Set<number>;
  num: boolean;
  nullable: boolean;
  /** Any word may come first (ANYWORD). */
  word?: boolean;
}

/** The name of "any word" in a pattern (the object of «غداة الانتخابات»). */
export const ANYWORD = 'ANYWORD';

/** What may follow a first token: ids, any number, or nothing (the match may end there). */
export interface Follow {
  ids: Set<number>;
  num: boolean;
  end: boolean;
  /** Any word may come second. */
  word?: boolean;
}
/** The key of "any number" among first tokens. */
export const ANY_NUMBER = -2;

export interface CompiledPattern {
  slots: readonly string[];
  first: FirstSet;
  /** By the id of a first token (ANY_NUMBER for a number no rule names): what may follow it. */
  follow: Map<number, Follow>;
  /** Matches from token i read as `firstId` (clitics skipped); sets the captures and end on success. */
  match(s: Stream, i: number, firstId: number, firstSkip: number): boolean;
  /** After a match: the char span of a slot, or null when it took nothing. */
  slot(k: number): { start: number; end: number } | null;
  /** After a match: where it ends (it may take trailing spaces a regex would). */
  readonly end: number;
  /** After a match: its last token. */
  readonly lastToken: number;
  /** Whether the pattern matches tokens that end just before token `target`. */
  endsBefore(s: Stream, target: number, maxTokens: number): boolean;
  /** Whether the pattern matches right after token `last` (a trailing ␣ wants a space after). */
  startsAfter(s: Stream, last: number): boolean;
  /** The last token of a match right after token `last`, or -1. */
  endAfter(s: Stream, last: number): number;
  /** Whether the pattern takes exactly the tokens from `from` up to (not including) `to`. */
  spans(s: Stream, from: number, to: number): boolean;
}

export function compilePattern(
  tree: Node,
  names: Names,
  vocab: Vocabulary,
  where: string,
): CompiledPattern {
  const slots: string[] = [];
  const slotIndex = (name: string) => {
    let k = slots.indexOf(name);
    if (k < 0) k = slots.push(name) - 1;
    return k;
  };
  const fail = (why: string): never => {
    throw new Error(`${where}: ${why}`);
  };
  const expand = (node: Node, seen: string[] = []): Node => {
    switch (node.t) {
      case 'seq':
        return { t: 'seq', items: node.items.map((n) => expand(n, seen)) };
      case 'alt':
        return { t: 'alt', options: node.options.map((n) => expand(n, seen)) };
      case 'rep':
        return { ...node, node: expand(node.node, seen) };
      case 'cap':
        return { ...node, node: expand(node.node, seen) };
      case 'ref': {
        const f = names.fragment(node.name);
        if (!f) return node;
        if (seen.includes(node.name)) fail(`fragment ${node.name} refers to itself`);
        return expand(f, [...seen, node.name]);
      }
      default:
        return node;
    }
  };
  const root = expand(tree);

  const first = (node: Node): FirstSet => {
    switch (node.t) {
      case 'lit': {
        const t = literalTokens(node.text);
        return { ids: new Set([vocab.id(t[0]!.text)]), num: false, nullable: false };
      }
      case 'set':
        return { ids: new Set(node.chars.map((ch) => vocab.id(ch))), num: false, nullable: false };
      case 'num':
        return { ids: new Set(), num: true, nullable: false };
      case 'gap':
        return { ids: new Set(), num: false, nullable: true };
      case 'ref': {
        if (node.name === ANYWORD)
          return { ids: new Set(), num: false, nullable: false, word: true };
        const g = names.group(node.name);
        if (g) return { ids: new Set(g.byFirst.keys()), num: false, nullable: false };
        if (names.number(node.name)) return { ids: new Set(), num: true, nullable: false };
        return fail(`unknown name ${node.name}`);
      }
      case 'cap':
        return first(node.node);
      case 'rep': {
        const f = first(node.node);
        return { ...f, nullable: f.nullable || node.min === 0 };
      }
      case 'alt': {
        const out: FirstSet = { ids: new Set(), num: false, nullable: false };
        for (const o of node.options) {
          const f = first(o);
          f.ids.forEach((x) => out.ids.add(x));
          out.num ||= f.num;
          out.word ||= f.word;
          out.nullable ||= f.nullable;
        }
        return out;
      }
      case 'seq': {
        const out: FirstSet = { ids: new Set(), num: false, nullable: true };
        for (const item of node.items) {
          const f = first(item);
          f.ids.forEach((x) => out.ids.add(x));
          out.num ||= f.num;
          out.word ||= f.word;
          if (!f.nullable) {
            out.nullable = false;
            break;
          }
        }
        return out;
      }
    }
  };

  /** A literal's tokens (normalised): «ال» one word, «2001» one number, «(» one mark. */
  function literalTokens(text: string) {
    const s = streamOf(normalizeArabic(text), new WordTable());
    if (!s.n) fail(`empty literal «${text}»`);
    return Array.from({ length: s.n }, (_, k) => ({
      text: s.text.slice(s.start[k], s.end[k]),
      spaced: s.spaced[k] === 1,
    }));
  }

  const token = (test: (c: Ctx, i: number) => boolean, K: M): M => {
    return (c, i, g) => gapOk(c, i, g) && test(c, i) && K(c, i + 1, GLUED);
  };

  function comp(node: Node, K: M): M {
    switch (node.t) {
      case 'seq': {
        let m = K;
        for (let k = node.items.length - 1; k >= 0; k--) m = comp(node.items[k]!, m);
        return m;
      }
      case 'alt': {
        const ms = node.options.map((o) => comp(o, K));
        return (c, i, g) => {
          for (const m of ms) if (m(c, i, g)) return true;
          return false;
        };
      }
      case 'rep': {
        if (first(node.node).nullable) fail('a repeated element must take a token');
        if (node.max === Infinity) {
          let loop: M = () => false;
          const body = comp(node.node, (c, i, g) => loop(c, i, g));
          loop = (c, i, g) => body(c, i, g) || K(c, i, g);
          let m = loop;
          for (let k = 0; k < node.min; k++) m = comp(node.node, m);
          return m;
        }
        // x{1,3} = x (x (x)?)?: each optional copy, when skipped, goes straight on
        let m = K;
        for (let k = node.min; k < node.max; k++) {
          const once = comp(node.node, m);
          m = (c, i, g) => once(c, i, g) || K(c, i, g);
        }
        for (let k = 0; k < node.min; k++) m = comp(node.node, m);
        return m;
      }
      case 'cap': {
        const k = slotIndex(node.slot);
        const done: M = (c, i, g) => {
          const s0 = c.capS[k]!;
          const e0 = c.capE[k]!;
          const t0 = c.open[k]!;
          if (i > t0) {
            c.capS[k] = tokStart(c, t0);
            c.capE[k] = c.s.end[i - 1]!;
          } else c.capS[k] = -1;
          if (K(c, i, g)) return true;
          c.capS[k] = s0;
          c.capE[k] = e0;
          return false;
        };
        const inner = comp(node.node, done);
        return (c, i, g) => {
          const before = c.open[k]!;
          c.open[k] = i;
          const ok = inner(c, i, g);
          c.open[k] = before;
          return ok;
        };
      }
      case 'gap': {
        const space = node.space;
        return (c, i, g) => K(c, i, space ? SPACE : g === GLUED ? ANY : g);
      }
      case 'lit': {
        const toks = literalTokens(node.text);
        let m = K;
        for (let k = toks.length - 1; k >= 0; k--) {
          const id = vocab.id(toks[k]!.text);
          const tm = token((c, i) => idAt(c, i) === id, m);
          m =
            k > 0
              ? (
                  (g0: number, next: M): M =>
                  (c, i) =>
                    next(c, i, g0)
                )(toks[k]!.spaced ? SPACE : GLUED, tm)
              : tm;
        }
        return m;
      }
      case 'set': {
        const ids = node.chars.map((ch) => vocab.id(ch));
        return token((c, i) => c.s.kind[i] === MARK && ids.includes(c.s.id[i]!), K);
      }
      case 'num': {
        const { min, max } = node;
        return token((c, i) => {
          const d = c.s.end[i]! - c.s.start[i]!;
          return c.s.kind[i] === NUM && d >= min && d <= max;
        }, K);
      }
      case 'ref': {
        if (node.name === ANYWORD) return token((c, i) => c.s.kind[i] === WORD, K);
        const group = names.group(node.name);
        if (group) {
          const { byFirst } = group;
          return (c, i, g) => {
            if (!gapOk(c, i, g)) return false;
            const phrases = byFirst.get(idAt(c, i));
            if (!phrases) return false;
            const s = c.s;
            for (const ph of phrases) {
              let j = 1;
              while (j < ph.length) {
                const t = i + j;
                if (t >= s.n || s.spaced[t] !== 1 || s.id[t] !== ph[j]) break;
                j++;
              }
              if (j === ph.length && K(c, i + j, GLUED)) return true;
            }
            return false;
          };
        }
        const spec = names.number(node.name) ?? fail(`unknown name ${node.name}`);
        return token((c, i) => {
          if (c.s.kind[i] !== NUM) return false;
          const d = c.s.end[i]! - c.s.start[i]!;
          if (spec.digits !== undefined && d !== spec.digits) return false;
          if (spec.last !== undefined && d < spec.last) return false;
          const v = numberValue(c.s, i, spec.last);
          return v >= spec.min && v <= spec.max;
        }, K);
      }
    }
  }

  // The end of a match: no letter or digit glued after it. A trailing ␣ or ~ takes the
  // spaces a regular expression would: all of them before a mark or the end of the text,
  // all but the last before a word.
  const END: M = (c, i, g) => {
    if (i === c.first) return false;
    const s = c.s;
    let end = s.end[i - 1]!;
    const next = i < s.n;
    const wordNext = next && s.kind[i] !== MARK;
    const ws = (next ? s.start[i]! : s.text.length) - end;
    if (g === GLUED) {
      if (wordNext && ws === 0) return false;
    } else if (!wordNext) {
      if (g === SPACE && ws === 0) return false;
      end += ws;
    } else {
      const take = ws - 1;
      if (take < (g === SPACE ? 1 : 0)) return false;
      end += take;
    }
    c.endChar = end;
    c.endTok = i - 1;
    return true;
  };
  const BEFORE: M = (c, i, g) =>
    i === c.target && (g === ANY || (g === SPACE) === (c.s.spaced[i] === 1));
  const AFTER: M = (c, i, g) => {
    c.endTok = i - 1;
    if (g !== SPACE) return true;
    const s = c.s;
    return i < s.n ? s.spaced[i] === 1 : s.text.length > s.end[i - 1]!;
  };

  const run = comp(root, END);
  const runBefore = comp(root, BEFORE);
  const runAfter = comp(root, AFTER);
  const fs = first(root);
  if (fs.nullable) fail('a pattern must take a token');
  if (fs.word) fail(`a pattern may not begin with ${ANYWORD} (it would be tried at every word)`);
  const follow = follows(root, fs, names, vocab, literalTokens);
  const n = Math.max(1, slots.length);
  const ctx: Ctx = {
    s: newStream(),
    first: -1,
    firstId: -1,
    firstSkip: 0,
    capS: new Int32Array(n),
    capE: new Int32Array(n),
    open: new Int32Array(n),
    endChar: 0,
    endTok: -1,
    target: -1,
  };
  const reset = (s: Stream, first: number, firstId: number, firstSkip: number) => {
    ctx.s = s;
    ctx.first = first;
    ctx.firstId = firstId;
    ctx.firstSkip = firstSkip;
    ctx.capS.fill(-1);
  };

  return {
    slots,
    first: fs,
    follow,
    match(s, i, firstId, firstSkip) {
      reset(s, i, firstId, firstSkip);
      return run(ctx, i, GLUED);
    },
    slot(k) {
      const st = ctx.capS[k]!;
      return st < 0 ? null : { start: st, end: ctx.capE[k]! };
    },
    get end() {
      return ctx.endChar;
    },
    get lastToken() {
      return ctx.endTok;
    },
    endsBefore(s, target, maxTokens) {
      for (let from = target - 1; from >= 0 && from >= target - maxTokens; from--) {
        reset(s, from, s.id[from]!, 0); // a lookbehind has no boundary on its left
        ctx.target = target;
        if (runBefore(ctx, from, GLUED)) return true;
      }
      return false;
    },
    startsAfter(s, last) {
      reset(s, -1, -1, 0);
      return runAfter(ctx, last + 1, GLUED);
    },
    endAfter(s, last) {
      reset(s, -1, -1, 0);
      return runAfter(ctx, last + 1, GLUED) ? ctx.endTok : -1;
    },
    spans(s, from, to) {
      if (from >= to || from >= s.n) return false;
      reset(s, from, s.id[from]!, 0);
      ctx.target = to;
      return runBefore(ctx, from, GLUED);
    },
  };
}

// ---- what may follow the first token: a derivative of the pattern ------------------------

type DNode =
  | { t: 'eps' }
  | { t: 'toks'; ids: number[] }
  | { t: 'dseq'; items: (DNode | Node)[] }
  | { t: 'dalt'; options: (DNode | Node)[] }
  | Node;
const EPS: DNode = { t: 'eps' };

/**
 * For each token that can begin the pattern, the tokens that can come second. The matcher
 * is then tried only where the first two tokens fit (checks of gaps and numbers' values are
 * left to it: this is a filter that may let through, never one that may keep out).
 */
function follows(
  root: Node,
  fs: FirstSet,
  names: Names,
  vocab: Vocabulary,
  literalTokens: (text: string) => { text: string }[],
): Map<number, Follow> {
  const words = [...vocab.ids.keys()];
  const litIds = (text: string) => literalTokens(text).map((t) => vocab.id(t.text));
  const nullable = (n: DNode): boolean => {
    switch (n.t) {
      case 'eps':
      case 'gap':
        return true;
      case 'toks':
        return n.ids.length === 0;
      case 'seq':
      case 'dseq':
        return n.items.every(nullable);
      case 'alt':
      case 'dalt':
        return n.options.some(nullable);
      case 'rep':
        return n.min === 0 || nullable(n.node);
      case 'cap':
        return nullable(n.node);
      default:
        return false;
    }
  };
  const firstOf = (n: DNode, out: Follow): void => {
    switch (n.t) {
      case 'eps':
      case 'gap':
        return;
      case 'toks':
        if (n.ids.length) out.ids.add(n.ids[0]!);
        return;
      case 'lit':
        out.ids.add(litIds(n.text)[0]!);
        return;
      case 'set':
        n.chars.forEach((c) => out.ids.add(vocab.id(c)));
        return;
      case 'num':
        out.num = true;
        return;
      case 'ref': {
        if (n.name === ANYWORD) {
          out.word = true;
          return;
        }
        const g = names.group(n.name);
        if (g) g.byFirst.forEach((_, id) => out.ids.add(id));
        else out.num = true;
        return;
      }
      case 'cap':
      case 'rep':
        firstOf(n.node, out);
        return;
      case 'seq':
      case 'dseq':
        for (const item of n.items) {
          firstOf(item, out);
          if (!nullable(item)) return;
        }
        return;
      case 'alt':
      case 'dalt':
        n.options.forEach((o) => firstOf(o, out));
        return;
    }
  };
  // the rest of the pattern after a token with this id (a number when `num`)
  const derive = (n: DNode, id: number, num: boolean): DNode | null => {
    switch (n.t) {
      case 'eps':
      case 'gap':
        return null;
      case 'toks':
        return n.ids[0] === id ? { t: 'toks', ids: n.ids.slice(1) } : null;
      case 'lit': {
        const ids = litIds(n.text);
        return ids[0] === id ? { t: 'toks', ids: ids.slice(1) } : null;
      }
      case 'set':
        return n.chars.some((c) => vocab.id(c) === id) ? EPS : null;
      case 'num':
        return num ? EPS : null;
      case 'ref': {
        if (n.name === ANYWORD) return num ? null : EPS;
        const g = names.group(n.name);
        if (!g) return num ? EPS : null;
        const phrases = g.byFirst.get(id);
        if (!phrases) return null;
        return { t: 'dalt', options: phrases.map((ph) => ({ t: 'toks', ids: ph.slice(1) })) };
      }
      case 'cap':
        return derive(n.node, id, num);
      case 'rep': {
        const d = derive(n.node, id, num);
        if (!d) return null;
        if (n.max <= 1) return d;
        return {
          t: 'dseq',
          items: [d, { t: 'rep', node: n.node, min: Math.max(0, n.min - 1), max: n.max - 1 }],
        };
      }
      case 'seq':
      case 'dseq': {
        const options: DNode[] = [];
        for (let k = 0; k < n.items.length; k++) {
          const d = derive(n.items[k]!, id, num);
          if (d) options.push({ t: 'dseq', items: [d, ...n.items.slice(k + 1)] });
          if (!nullable(n.items[k]!)) break;
        }
        return options.length ? { t: 'dalt', options } : null;
      }
      case 'alt':
      case 'dalt': {
        const options = n.options
          .map((o) => derive(o, id, num))
          .filter((d): d is DNode => d !== null);
        return options.length ? { t: 'dalt', options } : null;
      }
    }
  };
  const out = new Map<number, Follow>();
  const add = (key: number, id: number, num: boolean) => {
    const d = derive(root, id, num);
    if (!d) return;
    const f: Follow = { ids: new Set(), num: false, end: nullable(d) };
    firstOf(d, f);
    out.set(key, f);
  };
  for (const id of fs.ids) add(id, id, /^\d+$/.test(words[id] ?? ''));
  if (fs.num) add(ANY_NUMBER, -1, true);
  return out;
}
