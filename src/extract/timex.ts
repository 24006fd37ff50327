// Finds the time expressions of one paragraph: every rule runs over the normalised text,
// the longest non-overlapping matches win, and each is normalised to a TimeML value.
import { parseIsoDay, valueRange } from './calendar';
import {
  ambiguousMonths,
  ambiguousWeekdays,
  compiledRules,
  coreWords,
  phraseKey,
  dualByName,
  listOf,
  type CompiledRule,
} from './patterns';
import { resolve, type Groups } from './resolve';
import { markers } from './rules';
import { tenseAround } from './tense';
import { normalizeArabic, normalizeWithMap, toOriginal, type Normalized } from './text';
import type { TimexContext, TimexMatch } from './types';

interface Candidate {
  rule: CompiledRule;
  start: number; // normalised offsets, clitic excluded
  end: number;
  groups: Groups;
  kind: TimexMatch['kind'];
}

const words = (list: string[]) => new Set(list.map(normalizeArabic));
let deixisBlockers: Set<string> | null = null;
let yearBlockers: Set<string> | null = null;

function nextWord(norm: string, from: number): string {
  return /^\s*([\p{L}\p{N}]+)/u.exec(norm.slice(from, from + 40))?.[1] ?? '';
}

const commaAt = (c: string | undefined) => c === '،' || c === ',';
function betweenCommas(norm: string, start: number, end: number): boolean {
  let s = start - 1;
  while (s >= 0 && norm[s] === ' ') s--;
  let e = end;
  while (e < norm.length && norm[e] === ' ') e++;
  return commaAt(norm[s]) || commaAt(norm[e]) || s < 0;
}

/** Rejects matches whose words are ambiguous without the context that makes them dates. */
function accept(c: Candidate, norm: string): Candidate['kind'] | null {
  const g = c.groups;
  deixisBlockers ??= words(markers.deixisBlockers.words);
  yearBlockers ??= words(markers.yearBlockers.words);
  const id = c.rule.id;
  const monthOnly = !g.year && !g.day && !g.dayord;
  if (g.month && ambiguousMonths.has(normalizeArabic(g.month)) && !g.month2) {
    const context = g.year || g.day || g.dayord || g.prep || g.part || g.mw || g.rel;
    if (!context) return null;
  }
  if (
    id === 'date-ar-month' &&
    monthOnly &&
    g.month &&
    !g.prep &&
    !g.part &&
    !g.mw &&
    !g.rel &&
    !g.month2
  )
    return null; // a bare month name mid-sentence is too often something else (مارس = practised)
  if (
    g.weekday &&
    !g.deixis &&
    !g.day &&
    !g.dayord &&
    ambiguousWeekdays.has(normalizeArabic(g.weekday))
  ) {
    if (!g.yawm && !g.rel && !g.daypart && !betweenCommas(norm, c.start, c.end)) return null;
  }
  if (id === 'date-year') {
    if (!g.prep && !g.part && !g.yw) return null;
    if (yearBlockers.has(nextWord(norm, c.end))) return null;
  }
  // «العام» alone is not a date; «هذا العام», «العام الماضي», «نهاية العام» are
  if (id === 'date-relative-period' && !g.this && !g.rel && !g.part) return null;
  if (id === 'date-deixis' && deixisBlockers.has(nextWord(norm, c.end)) && !g.weekday) return null;
  // «في ذلك اليوم» points back to a day already named, not to today
  if (
    id === 'date-deixis' &&
    /(?:^|[^\p{L}])[وفبل]?(?:ذلك|تلك)\s+$/u.test(norm.slice(Math.max(0, c.start - 8), c.start))
  )
    return null;
  if (id === 'duration') {
    const dual = g.unit && dualByName.has(normalizeArabic(g.unit));
    if (!g.num && !dual && !g.lead) return null;
  }
  if (id === 'date-offset') {
    // «قبل يومين من الانتخابات»، «بعد عام على التصويت»: counted from another happening
    if (
      /^(?:\s+(?:واحد|واحده|فقط|تقريبا|فحسب)){0,2}\s+(?:من|علي)\s/u.test(
        norm.slice(c.end, c.end + 24),
      )
    )
      return 'vague';
    const plural = listOf(g.unit ?? '', ['UNIT_PLURAL']);
    if (!g.num && plural) return 'vague';
  }
  return c.kind;
}

/** How many words before a core word an expression may start («في أواخر شهر» + month). */
const WORDS_BACK = 6;
const WORD_START =
  /(?<![\u0621-\u064A\u0671-\u06D3A-Za-z0-9])[\u0621-\u064A\u0671-\u06D3A-Za-z0-9]/g;

function candidates(norm: string): Candidate[] {
  const starts: number[] = [];
  for (const m of norm.matchAll(WORD_START)) starts.push(m.index);
  // each start to try, with the kinds of core word that follow it closely
  const at = new Map<number, Set<string>>();
  const core = coreWords();
  core.re.lastIndex = 0;
  for (const hit of norm.matchAll(core.re)) {
    const kinds = /^\d/.test(hit[0]) ? ['DIGIT'] : (core.classes.get(phraseKey(hit[0])) ?? []);
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= hit.index) lo = mid + 1;
      else hi = mid;
    }
    for (let i = Math.max(0, lo - 1 - WORDS_BACK); i < lo; i++) {
      const set = at.get(starts[i]!) ?? new Set<string>();
      for (const k of kinds) set.add(k);
      at.set(starts[i]!, set);
    }
  }
  const out: Candidate[] = [];
  for (const rule of compiledRules())
    for (const [s, kinds] of at) {
      let relevant = false;
      for (const k of kinds) if (rule.classes.has(k)) relevant = true;
      if (!relevant) continue;
      rule.re.lastIndex = s;
      const m = rule.re.exec(norm);
      if (!m) continue;
      const groups = (m.groups ?? {}) as Groups;
      const cl = groups.cl?.length ?? 0;
      const c: Candidate = { rule, start: s + cl, end: s + m[0].length, groups, kind: rule.kind };
      const kind = accept(c, norm);
      if (kind) out.push({ ...c, kind });
    }
  return out;
}

/** Longest first, then earlier rule; keep those that overlap nothing kept. */
function select(cs: Candidate[], length: number): Candidate[] {
  const sorted = [...cs].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || a.rule.order - b.rule.order || a.start - b.start,
  );
  // the chars already covered by a kept match: a candidate is checked over its own length only
  const taken = new Uint8Array(length);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Time expressions with offsets into the normalised text `n.text`. */
export function findTimexesNormalized(n: Normalized, ctx: TimexContext): TimexMatch[] {
  const anchor = ctx.anchor ? parseIsoDay(ctx.anchor) : null;
  let previous = ctx.previous ? valueRange(ctx.previous.value) : null;
  let previousFine = ctx.previousFine ? valueRange(ctx.previousFine.value) : null;
  return select(candidates(n.text), n.text.length).map((c) => {
    const base = {
      start: c.start,
      end: c.end,
      text: n.text.slice(c.start, c.end),
      rule: c.rule.id,
    };
    if (c.kind !== 'date')
      return { ...base, kind: c.kind, value: null, precision: null, mod: null };
    const r = resolve(
      c.groups,
      anchor,
      tenseAround(n.text, c.start, c.end),
      c.rule.value,
      previous,
      previousFine,
    );
    if (r.ok) {
      previous = r.date;
      if (r.date.precision !== 'year') previousFine = r.date;
    }
    if (!r.ok)
      return { ...base, kind: 'date', value: null, precision: null, mod: null, reason: r.reason };
    return {
      ...base,
      kind: 'date',
      value: r.date.value,
      precision: r.date.precision,
      mod: r.date.mod,
      range: { start: r.date.start, end: r.date.end },
      after: r.after,
    };
  });
}

/** Every time expression of one paragraph, with offsets into it. */
export function findTimexes(paragraph: string, ctx: TimexContext): TimexMatch[] {
  const n = normalizeWithMap(paragraph);
  return findTimexesNormalized(n, ctx).map((t) => {
    const span = toOriginal(n, t.start, t.end);
    return { ...t, ...span, text: paragraph.slice(span.start, span.end) };
  });
}
