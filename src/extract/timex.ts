// Finds the time expressions of one paragraph in one pass over its tokens: at each token, the
// rules that can begin there (by its first word) are matched, their guards decide, the longest
// non-overlapping matches win, and each rule's normaliser turns its match into a TimeML value.
import { dayValue, parseIsoDay, representable, valueRange } from './calendar';
import { nearestWeekday } from './normalize/common';
import { ANY_NUMBER } from './engine/compile';
import { startsWord, streamOf, MARK, NUM, WORD, type Stream } from './engine/stream';
import type { MatchView } from './engine/guards';
import { arabic, type CompiledTimexRule, type Language, type TimexEngine } from './language';
import type { Resolution, Slots } from './normalize';
import { happeningDate } from './happenings';
import { tenseAround } from './tense';
import { normalizeWithMap, toOriginal, type Normalized } from './text';
import type { TimexContext, TimexMatch } from './types';

interface Candidate {
  rule: CompiledTimexRule;
  start: number; // normalised offsets, a glued و/ف excluded
  end: number;
  slots: Slots;
  kind: TimexMatch['kind'];
  firstToken: number;
  lastToken: number;
  /** The first naming of a day this one restates («اليوم» of «اليوم (الأحد)»). */
  restates?: Candidate;
}

const CONJ = (c: number) => c === 0x648 || c === 0x641; // و ف
const PREP = (c: number) => c === 0x628 || c === 0x644; // ب ل

interface Reading {
  id: number;
  /** Chars of the token left out of the match (a glued و/ف). */
  skip: number;
  /** Chars of the token before the pattern's first word (و/ف, then ب/ل before ال). */
  patternSkip: number;
}

/**
 * How a word may begin rules, in the order a regex tries (?<cl>[وف])?(?:[بل](?=ال))?: with
 * both clitics, with و/ف alone (left out of the match), with ب/ل alone (kept), as it is.
 */
function readingsOf(e: TimexEngine, s: Stream, i: number, out: Reading[]): number {
  const t = s.text;
  const at = s.start[i]!;
  const len = s.end[i]! - at;
  let n = 0;
  const c0 = t.charCodeAt(at);
  if (CONJ(c0) && len > 1) {
    if (PREP(t.charCodeAt(at + 1)) && t.startsWith('ال', at + 2))
      n = addReading(e, out, n, s.id2[i]!, 1, 2);
    n = addReading(e, out, n, s.id1[i]!, 1, 1);
  }
  if (PREP(c0) && t.startsWith('ال', at + 1)) n = addReading(e, out, n, s.id1[i]!, 0, 1);
  return addReading(e, out, n, s.id[i]!, 0, 0);
}

/** Puts a reading in out[n] (the arrays are reused token after token); the new count. */
function addReading(
  e: TimexEngine,
  out: Reading[],
  n: number,
  id: number,
  skip: number,
  patternSkip: number,
): number {
  if (id < 0 || !e.byFirst.has(id)) return n;
  const r = (out[n] ??= { id, skip, patternSkip });
  r.id = id;
  r.skip = skip;
  r.patternSkip = patternSkip;
  return n + 1;
}

const NONE: number[] = [];
/** The memo key of an unknown word as second token. */
const ANY_WORD_KEY = -3;
const NO_SLOTS: Slots = {};

/** The rules a first token (by id) can begin when token `next` follows it, in rule order. */
function rulesFor(e: TimexEngine, first: number, s: Stream, next: number): number[] {
  const entry = e.byFirst.get(first);
  if (!entry) return NONE;
  const id = next < s.n ? s.id[next]! : -1;
  const num = next < s.n && s.kind[next] === NUM;
  const word = next < s.n && s.kind[next] === WORD;
  const key = id >= 0 ? id : num ? ANY_NUMBER : word ? ANY_WORD_KEY : -1;
  let rules = entry.merged.get(key);
  if (!rules) {
    const set = new Set(entry.end);
    if (id >= 0) for (const r of entry.byNext.get(id) ?? NONE) set.add(r);
    if (num) for (const r of entry.num) set.add(r);
    if (word) for (const r of entry.word) set.add(r);
    rules = [...set].sort((a, b) => a - b);
    entry.merged.set(key, rules);
  }
  return rules;
}

function slotsOf(rule: CompiledTimexRule, text: string): Slots {
  const out: Slots = {};
  const p = rule.pattern;
  p.slots.forEach((name, k) => {
    const span = p.slot(k);
    if (span && span.end > span.start) out[name] = text.slice(span.start, span.end);
  });
  return out;
}

function candidates(e: TimexEngine, s: Stream, refused?: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const view: MatchView = { slots: NO_SLOTS, s, firstToken: 0, lastToken: 0, start: 0, end: 0 };
  const readings: Reading[] = [];
  const readingRules: number[][] = [];
  for (let i = 0; i < s.n; i++) {
    const kind = s.kind[i];
    if (kind === MARK || !startsWord(s, i)) continue;
    let count = 1;
    let rules: number[];
    if (kind === WORD) {
      count = readingsOf(e, s, i, readings);
      if (!count) continue;
      for (let r = 0; r < count; r++) readingRules[r] = rulesFor(e, readings[r]!.id, s, i + 1);
      rules = count === 1 ? readingRules[0]! : union(readingRules, count);
    } else {
      // a number: the rules for any number, and those that name it («11 سبتمبر»)
      const id = s.id[i]!;
      const any = rulesFor(e, ANY_NUMBER, s, i + 1);
      const named = id >= 0 ? rulesFor(e, id, s, i + 1) : NONE;
      readingRules[0] = any;
      readingRules[1] = named;
      rules = named.length ? union(readingRules, 2) : any;
      const r0 = (readings[0] ??= { id, skip: 0, patternSkip: 0 });
      r0.id = id;
      r0.skip = 0;
      r0.patternSkip = 0;
      readingRules[0] = rules;
    }
    if (!rules.length) continue;
    for (const k of rules) {
      const rule = e.rules[k]!;
      for (let ri = 0; ri < count; ri++) {
        if (count > 1 && !readingRules[ri]!.includes(k)) continue;
        const r = readings[ri]!;
        if (!rule.pattern.match(s, i, r.id, r.patternSkip)) continue;
        // one view for every match (the guards read it and keep nothing)
        view.slots = rule.guards.length || rule.normalize ? slotsOf(rule, s.text) : NO_SLOTS;
        view.s = s;
        view.firstToken = i;
        view.lastToken = rule.pattern.lastToken;
        view.start = s.start[i]! + r.skip;
        view.end = rule.pattern.end;
        const verdict = judge(rule, view);
        if (verdict || refused) {
          const c: Candidate = {
            rule,
            start: view.start,
            end: view.end,
            slots: view.slots,
            kind: verdict ?? rule.kind,
            firstToken: i,
            lastToken: view.lastToken,
          };
          if (verdict) out.push(c);
          else refused?.push(c);
        }
        break; // the first reading that matches is the rule's match here
      }
    }
  }
  return out;
}

/** The rules of the first `count` lists, in order; without a copy when only one has any. */
function union(lists: number[][], count: number): number[] {
  let only: number[] | null = null;
  let several = false;
  for (let k = 0; k < count; k++)
    if (lists[k]!.length) {
      if (only) several = true;
      only = lists[k]!;
    }
  if (!several) return only ?? NONE;
  return [...new Set(lists.slice(0, count).flat())].sort((a, b) => a - b);
}

/** The first guard with a say decides; without one the rule's kind stands. */
function judge(rule: CompiledTimexRule, m: MatchView): TimexMatch['kind'] | null {
  for (const g of rule.guards) {
    const v = g(m);
    if (v !== undefined) return v;
  }
  return rule.kind;
}

/** A date outside the years 0000–9999 («غدا» of 9999-12-31) cannot be written: it stays undated. */
const writable = (r: Resolution): Resolution =>
  r.ok && !representable(r.date)
    ? { ok: false, reason: 'outside the years 0000–9999 the contract writes' }
    : r;

/** Longest first, then earlier rule; keep those that overlap nothing kept. */
function select(cs: Candidate[]): Candidate[] {
  if (cs.length <= 1) return cs;
  cs.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || a.rule.order - b.rule.order || a.start - b.start,
  );
  // kept spans by start: a candidate overlaps one only if it overlaps its neighbours there
  const kept: Candidate[] = [];
  for (const c of cs) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

/**
 * A day named twice, the second time explicitly («اليوم (الأحد)»، «… هـ الموافق 31 تموز 2015
 * م»): the two kept matches become one, from the first to the end of the join.
 */
function restate(e: TimexEngine, s: Stream, kept: Candidate[]): Candidate[] {
  if (kept.length < 2) return kept;
  const out: Candidate[] = [];
  for (let k = 0; k < kept.length; k++) {
    const a = kept[k]!;
    const b = kept[k + 1];
    let joined: Candidate | null = null;
    if (b && a.kind === 'date' && b.kind === 'date')
      for (const j of e.restatements) {
        if (!j.between.spans(s, a.lastToken + 1, b.firstToken)) continue;
        let last = b.lastToken;
        if (j.after) {
          last = j.after.endAfter(s, b.lastToken);
          if (last < 0) continue;
        }
        joined = {
          ...b,
          start: a.start,
          end: Math.max(b.end, s.end[last]!),
          lastToken: last,
          restates: a,
        };
        break;
      }
    if (joined) {
      out.push(joined);
      k++;
    } else out.push(a);
  }
  return out;
}

/**
 * A restated day's value: the explicit second naming decides; a weekday alone is the day of that
 * name nearest the first naming's day («اليوم (الأحد)» in a story written on Monday: Sunday).
 */
function restated(
  c: Candidate,
  resolveOne: (x: Candidate) => Resolution,
  lang: Language,
): Resolution {
  const first = resolveOne(c.restates!);
  if (c.rule.normalizeName === 'weekday' && first.ok && first.date.precision === 'day') {
    const target = lang.tables.weekdays.get(lang.tables.key(c.slots.weekday ?? ''));
    if (target !== undefined)
      return writable({
        ok: true,
        date: dayValue(nearestWeekday(first.date.start, target)),
        after: first.after,
      });
  }
  const second = resolveOne(c);
  return second.ok || !first.ok ? second : first;
}

/** Time expressions with offsets into the normalised text `n.text`. */
export function findTimexesNormalized(
  n: Normalized,
  ctx: TimexContext,
  lang: Language = arabic(),
): TimexMatch[] {
  const anchor = ctx.anchor ? parseIsoDay(ctx.anchor) : null;
  let previous = ctx.previous ? valueRange(ctx.previous.value) : null;
  let previousFine = ctx.previousFine ? valueRange(ctx.previousFine.value) : null;
  const s = streamOf(n.text, lang.timex.vocab.table, lang.timex.stream);
  const kept = restate(lang.timex, s, select(candidates(lang.timex, s)));
  const out: TimexMatch[] = [];
  const resolveOne = (x: Candidate, c: Candidate): Resolution =>
    x.rule.normalize
      ? writable(
          x.rule.normalize({
            slots: x.slots,
            anchor,
            tense: () => tenseAround(n.text, c.start, c.end, lang),
            previous,
            previousFine,
            value: x.rule.value,
            tables: lang.tables,
            happening: (word) =>
              happeningDate(word, c.start, { text: n.text, timexes: out }, ctx.earlier),
          }),
        )
      : { ok: false, reason: 'no rule to normalise this expression' };
  // each shape written out whole (keys in one order), not spread from a common base: these
  // are made for every expression of every paragraph
  const matchOf = (c: Candidate, r: Resolution | null): TimexMatch => {
    const text = n.text.slice(c.start, c.end);
    const rule = c.rule.id;
    if (!r) {
      const kind = c.kind;
      return {
        start: c.start,
        end: c.end,
        text,
        rule,
        kind,
        value: null,
        precision: null,
        mod: null,
      };
    }
    if (!r.ok)
      return {
        start: c.start,
        end: c.end,
        text,
        rule,
        kind: 'date',
        value: null,
        precision: null,
        mod: null,
        reason: r.reason,
      };
    const d = r.date;
    return {
      start: c.start,
      end: c.end,
      text,
      rule,
      kind: 'date',
      value: d.value,
      precision: d.precision,
      mod: d.mod,
      range: { start: d.start, end: d.end },
      after: r.after,
    };
  };
  // in reading order, so «في العام نفسه» leans on the date before it; what is counted from
  // another happening waits until the paragraph's other dates are known
  const later: number[] = [];
  for (const c of kept) {
    if (c.kind !== 'date' || !c.rule.normalize) {
      out.push(matchOf(c, null));
      continue;
    }
    if (c.rule.normalizeName === 'happening') {
      later.push(out.length);
      out.push(matchOf(c, { ok: false, reason: '' }));
      continue;
    }
    const r = c.restates ? restated(c, (x) => resolveOne(x, c), lang) : resolveOne(c, c);
    if (r.ok) {
      previous = r.date;
      if (r.date.precision !== 'year') previousFine = r.date;
    }
    out.push(matchOf(c, r));
  }
  for (const k of later) {
    const c = kept.find((x) => x.start === out[k]!.start)!;
    const r = resolveOne(c, c);
    out[k] = matchOf(c, r.ok ? r : { ok: false, reason: asWritten(n, c, r.reason) });
  }
  return out;
}

/** A reason that quotes the happening's word as the text writes it, not as it is matched. */
function asWritten(n: Normalized, c: Candidate, reason: string): string {
  const word = c.slots.event;
  if (!word) return reason;
  const at = n.text.indexOf(word, c.start);
  if (at < 0 || at >= c.end) return reason;
  const o = toOriginal(n, at, at + word.length);
  return reason.replace(`«${word}»`, `«${n.original.slice(o.start, o.end)}»`);
}

/** What each rule's pattern matched in a paragraph, before selection, and whether its guards let it. */
export function explainTimexes(
  paragraph: string,
  lang: Language = arabic(),
): { rule: string; start: number; text: string; kind: TimexMatch['kind']; refused: boolean }[] {
  const n = normalizeWithMap(paragraph);
  const s = streamOf(n.text, lang.timex.vocab.table, lang.timex.stream);
  const refused: Candidate[] = [];
  const kept = candidates(lang.timex, s, refused);
  const show = (c: Candidate, no: boolean) => {
    const o = toOriginal(n, c.start, c.end);
    return {
      rule: c.rule.id,
      start: o.start,
      text: paragraph.slice(o.start, o.end),
      kind: c.kind,
      refused: no,
    };
  };
  return [...kept.map((c) => show(c, false)), ...refused.map((c) => show(c, true))];
}

/** Every time expression of one paragraph, with offsets into it. */
export function findTimexes(
  paragraph: string,
  ctx: TimexContext,
  lang: Language = arabic(),
): TimexMatch[] {
  const n = normalizeWithMap(paragraph);
  return findTimexesNormalized(n, ctx, lang).map((t) => {
    const span = toOriginal(n, t.start, t.end);
    return { ...t, ...span, text: paragraph.slice(span.start, span.end) };
  });
}
