// Merges mentions of one happening into events. Two mentions are weighed on evidence that a
// newsroom would use: dates that are equal or hold one another, compatible kinds of happening
// (trigger families), the participants they share (a person or a named group outweighs a
// country), places, the rare words and the numbers of their clauses. Each merge keeps the
// evidence that made it, so `npm run eval` can say why two mentions are one event or two.
import type { EventType, TimelineEvent } from '../model';
import { modRange, fromDayNumber, isoDay, monthValue, weekValue, yearValue } from './calendar';
import type { Draft } from './article';
import { familiesCompatible, isSpecific, isWeakFamily } from './events';
import { isSpecificPlace, placesNest } from './places';

const PRECISION_RANK = { day: 0, week: 1, month: 2, year: 3 } as const;

/** A pair of mentions is one happening when its evidence (log-odds) adds up to this. */
export const LINK_THRESHOLD = 0;

/** Evidence for and against two mentions reporting one happening. */
export interface PairEvidence {
  score: number;
  linked: boolean;
  /** A reason that rules the pair out whatever else it shares. */
  veto?: string;
  evidence: string[];
}

/** What the linker did, for explanations: the mention each mention joined, and why. */
export interface LinkTrace {
  joins: Map<Draft, { to: Draft; evidence: string[] }>;
  context?: LinkContext;
}

/** What weighing a pair needs beyond the two mentions. */
export interface LinkContext {
  stats: TermStats;
  /** How much sharing an actor says (a person more than a country; a news agency nothing). */
  weightOf: (actorId: string) => number;
  /** The weights of the evidence (WEIGHTS unless a tuning run tries others). */
  weights: Record<Feature, number>;
  threshold: number;
}

/** How rare each stem, actor and trigger is among the mentions being linked. */
export interface TermStats {
  n: number;
  df: Map<string, number>;
  /** idf by term, worked out once (a pair of mentions asks for the same terms again and again). */
  idf?: Map<string, number>;
  /** The mentions' terms as numbers in their sorted order, and each one's idf². */
  termIds?: { ids: Map<string, number>; idf2: Float64Array; of: WeakMap<Draft, Int32Array> };
}

function termStats(drafts: readonly Draft[]): TermStats {
  const df = new Map<string, number>();
  const count = (k: string) => df.set(k, (df.get(k) ?? 0) + 1);
  for (const d of drafts) {
    for (const t of d.terms) count(t);
    for (const id of new Set(d.actors.map((a) => a.id))) count(`@${id}`);
    if (d.trigger) count(`!${d.trigger.key}`);
    count(`#${d.date.value}`);
  }
  return { n: drafts.length, df };
}

/**
 * Mentions assumed to lie beyond the ones being linked, none of them holding the term: in two
 * articles every shared word would otherwise look common, in a big corpus the corpus decides.
 */
const BACKGROUND = 200;
function idf(s: TermStats, t: string): number {
  const memo = (s.idf ??= new Map());
  let v = memo.get(t);
  if (v === undefined)
    memo.set(t, (v = Math.log((s.n + BACKGROUND + 1) / ((s.df.get(t) ?? 0) + 0.5))));
  return v;
}
/** Rarity in [0, 1]: ~1 for what one mention has, ~0 for what nearly all have. */
const rarity = (s: TermStats, k: string) =>
  Math.max(0, Math.min(1, idf(s, k) / Math.log(s.n + BACKGROUND + 1)));

/** The shared terms of two sorted lists. */
function shared(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]!);
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return out;
}

/** A mention's terms as numbers; numbers keep the terms' sorted order, so merges agree. */
function termIdsOf(d: Draft, s: TermStats): Int32Array | null {
  if (!s.termIds) {
    const all = [...s.df.keys()].sort();
    const ids = new Map(all.map((t, i) => [t, i]));
    s.termIds = { ids, idf2: Float64Array.from(all, (t) => idf(s, t) ** 2), of: new WeakMap() };
  }
  const t = s.termIds;
  let out = t.of.get(d);
  if (!out) {
    out = Int32Array.from(d.terms, (x) => t.ids.get(x) ?? -1);
    t.of.set(d, out);
  }
  return out.includes(-1) ? null : out;
}

const norms = new WeakMap<TermStats, WeakMap<readonly string[], number>>();
/** Length of a mention's idf-weighted term vector (once per mention and stats). */
function normOf(ts: readonly string[], s: TermStats): number {
  let m = norms.get(s);
  if (!m) norms.set(s, (m = new WeakMap()));
  let v = m.get(ts);
  if (v === undefined) m.set(ts, (v = Math.sqrt(ts.reduce((n, t) => n + idf(s, t) ** 2, 0))));
  return v;
}

/** Cosine of the idf-weighted term sets, with the shared terms that weigh most. */
function similarity(a: Draft, b: Draft, s: TermStats): { cos: number; top: () => string[] } {
  const x = termIdsOf(a, s);
  const y = termIdsOf(b, s);
  // the terms' numbers merge like the sorted terms, and their idf² add up in the same order
  if (x && y) {
    const idf2 = s.termIds!.idf2;
    let dot = 0;
    let found = false;
    for (let i = 0, j = 0; i < x.length && j < y.length;) {
      const p = x[i]!;
      const q = y[j]!;
      if (p === q) {
        dot += idf2[p]!;
        found = true;
        i++;
        j++;
      } else if (p < q) i++;
      else j++;
    }
    if (!found) return { cos: 0, top: () => [] };
    const top = () =>
      shared(a.terms, b.terms)
        .sort((u, v) => idf(s, v) - idf(s, u) || (u < v ? -1 : 1))
        .slice(0, 4);
    return { cos: dot / (normOf(a.terms, s) * normOf(b.terms, s) || 1), top };
  }
  const both = shared(a.terms, b.terms);
  if (!both.length) return { cos: 0, top: () => [] };
  const dot = both.reduce((n, t) => n + idf(s, t) ** 2, 0);
  const top = () => [...both].sort((x, y) => idf(s, y) - idf(s, x) || (x < y ? -1 : 1)).slice(0, 4);
  return { cos: dot / (normOf(a.terms, s) * normOf(b.terms, s) || 1), top };
}

const contains = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start <= b.start && b.end <= a.end;

/**
 * What weighs for and against two mentions being one happening, each feature a number the
 * weights below turn into evidence. The weights were set by fitting a logistic model to the
 * pairs of three references (seeds, the dev set, the real corpus) and rounded; they read as
 * log-odds: +1 makes a link about e times likelier.
 */
export const WEIGHTS = {
  /** Before any evidence: most pairs of mentions are two happenings. */
  bias: -1,
  sameDay: 0.5,
  sameCoarseDate: 1,
  dateWithin: 2,
  /** One happening that sources date a day apart: kept only on strong evidence (the same
   * sentence, nearly), and then the disagreement is shown. */
  dayApart: -5,
  /** The same trigger word, by how rare it is («أعدم» more than «قتل»). */
  sameTrigger: 1,
  sameKind: 1.5,
  otherKind: -5.5,
  sameFamily: 0,
  /** Shared actors, by kind (a person more than a country) and rarity, capped. */
  actors: 1.5,
  /** Two references to a year or month (not a day) that name an actor in common: background
   * of the subject («منذ عام 2014», «في 2014») usually points at the period's one happening. */
  coarseShared: 3,
  samePlace: 1,
  otherPlace: -1.5,
  numbers: 2.5,
  /** Cosine of the idf-weighted words of the two clauses. */
  words: 11.5,
  sameArticle: -1.5,
  sameParagraph: -10,
  sameSentenceSameDate: 0,
  sameSentenceNestedDate: 1,
} as const;

export type Feature = keyof typeof WEIGHTS;
const FEATURES = Object.keys(WEIGHTS) as Feature[];

/** The evidence about what happened (not when, nor where in the sources). */
const CONTENT = new Set<Feature>([
  'sameTrigger',
  'sameKind',
  'otherKind',
  'sameFamily',
  'actors',
  'coarseShared',
  'samePlace',
  'otherPlace',
  'numbers',
  'words',
]);
/**
 * The content evidence a pair needs beside its score, by how its dates relate: dates that fit
 * say when, not what, and the looser the fit the more the two must share (a month mention
 * joins a day of it only on a person, a place or the same words; within one article a day and
 * its month are nearly always two happenings).
 */
const MIN_CONTENT: Record<'same' | 'within' | 'withinArticle' | 'dayApart', number> = {
  same: 1,
  within: 3.5,
  withinArticle: 6,
  dayApart: 6,
};

export interface PairFeatures {
  veto?: string;
  values: Partial<Record<Feature, number>>;
  /** What each feature saw, for the explanation (left empty when not asked for). */
  notes: Partial<Record<Feature, string>>;
}

interface Prepared {
  actorIds: Set<string>;
  /** Its actors' ids, each once, sorted. */
  sortedActorIds: string[];
}
const prepared = new WeakMap<Draft, Prepared>();
/** What pairFeatures asks of a mention every time it is weighed, worked out once. */
function prep(d: Draft): Prepared {
  let p = prepared.get(d);
  if (!p) {
    const actorIds = new Set(d.actors.map((x) => x.id));
    p = { actorIds, sortedActorIds: [...actorIds].sort() };
    prepared.set(d, p);
  }
  return p;
}

/**
 * The features of a pair of mentions (see WEIGHTS); a veto when they cannot be one happening.
 * The notes are written only when `explain` asks (linking weighs many pairs, explains one).
 */
export function pairFeatures(a: Draft, b: Draft, ctx: LinkContext, explain = true): PairFeatures {
  const values: PairFeatures['values'] = { bias: 1 };
  const notes: PairFeatures['notes'] = {};
  const set = (f: Feature, v: number, note: () => string) => {
    values[f] = v;
    if (explain) notes[f] = note();
  };
  const veto = (why: () => string): PairFeatures => ({
    veto: explain ? why() : 'veto',
    values,
    notes,
  });
  if (a.expected !== b.expected && (a.date.precision === 'year' || b.date.precision === 'year'))
    return veto(() => 'an expectation naming only a year is not what came of it');
  const ra = modRange(a.date);
  const rb = modRange(b.date);
  if (a.date.value === b.date.value) {
    if (a.date.mod && b.date.mod && a.date.mod !== b.date.mod)
      return veto(() => `${a.date.mod} and ${b.date.mod} of ${a.date.value}`);
    // a date few mentions give says more than a busy day of the news
    const r = rarity(ctx.stats, `#${a.date.value}`);
    if (a.date.precision === 'day') set('sameDay', r, () => `same day ${a.date.value}`);
    else set('sameCoarseDate', r, () => `same ${a.date.precision} ${a.date.value}`);
  } else if (contains(ra, rb) || contains(rb, ra))
    set('dateWithin', 1, () => `${a.date.value} and ${b.date.value}, one within the other`);
  else if (
    a.date.precision === 'day' &&
    b.date.precision === 'day' &&
    Math.abs(a.date.start - b.date.start) === 1
  ) {
    // one source that gives two days means two happenings; only two sources can disagree
    if (a.articleId === b.articleId)
      return veto(() => `one article, two days: ${a.date.value}, ${b.date.value}`);
    set('dayApart', 1, () => `dates a day apart: ${a.date.value}, ${b.date.value}`);
  } else return veto(() => `dates do not fit: ${a.date.value}, ${b.date.value}`);

  if (!familiesCompatible(a.family, b.family))
    return veto(() => `kinds clash: ${a.family} vs ${b.family}`);
  const { stats, weightOf } = ctx;
  if (a.trigger && b.trigger && a.trigger.key === b.trigger.key && isSpecific(a.trigger))
    set(
      'sameTrigger',
      rarity(stats, `!${a.trigger.key}`),
      () => `same trigger «${a.trigger!.key}»`,
    );
  const kind = a.kinds.find((k) => b.kinds.includes(k));
  if (kind) set('sameKind', 1, () => `same kind ${kind}`);
  else if (a.kinds.length && b.kinds.length)
    set('otherKind', 1, () => `other kinds ${a.kinds.join('/')} vs ${b.kinds.join('/')}`);
  else {
    const f = a.families.find((x) => !isWeakFamily(x) && b.families.includes(x));
    if (f) set('sameFamily', 1, () => `same family ${f}`);
  }

  const mine = prep(a).actorIds;
  const both = prep(b).sortedActorIds.filter((id) => mine.has(id));
  if (both.length) {
    const v = Math.min(
      2,
      both.reduce((n, id) => n + weightOf(id) * rarity(stats, `@${id}`), 0),
    );
    if (v > 0) set('actors', v, () => `shares ${both.join(', ')}`);
  }

  const coarse = (d: Draft) => d.date.precision === 'year' || d.date.precision === 'month';
  if (coarse(a) && coarse(b)) {
    const anyShared = b.actors.find((x) => mine.has(x.id));
    if (anyShared) set('coarseShared', 1, () => `both years or months, both name ${anyShared.id}`);
  }

  // a city, district or base in common says much, a province a little; two mentions that each
  // name a specific place, none of them the other's or within it, are in two places
  const placesBoth = a.places.filter((p) => b.places.includes(p));
  const specific = placesBoth.filter(isSpecificPlace);
  if (specific.length)
    set('samePlace', Math.min(1.5, specific.length), () => `same place ${specific.join(', ')}`);
  else if (placesBoth.length)
    set('samePlace', 0.5, () => `same province or region ${placesBoth.join(', ')}`);
  else {
    const pa = a.places.filter(isSpecificPlace);
    const pb = b.places.filter(isSpecificPlace);
    if (pa.length && pb.length && !pa.some((x) => pb.some((y) => placesNest(x, y))))
      set('otherPlace', 1, () => `different places ${pa.join('/')} vs ${pb.join('/')}`);
  }

  const nums = shared(a.numbers, b.numbers);
  if (nums.length)
    set('numbers', Math.min(2, nums.length), () => `same numbers ${nums.join(', ')}`);

  const sim = similarity(a, b, stats);
  if (sim.cos > 0)
    set('words', sim.cos, () => `words ${sim.top().join(' ')} (cos ${sim.cos.toFixed(2)})`);

  if (a.articleId === b.articleId) {
    if (a.paragraph === b.paragraph && a.sentence.start === b.sentence.start) {
      // «الأسبوع المقبل، يوم 22 يوليو»: two dates of one predicate
      if (a.date.value !== b.date.value)
        set('sameSentenceNestedDate', 1, () => 'one sentence, one date within the other');
      else
        set('sameSentenceSameDate', 1, () => 'one sentence, the same date twice: two predicates');
    } else if (a.paragraph === b.paragraph) {
      set('sameArticle', 1, () => 'same article');
      set('sameParagraph', 1, () => 'same paragraph, another sentence');
    } else set('sameArticle', 1, () => 'same article, another paragraph');
  }
  return { values, notes };
}

/**
 * The evidence that two mentions report one happening. Symmetric; the context weighs shared
 * words, actors and triggers by their rarity among all the mentions being linked.
 */
export function explainPair(a: Draft, b: Draft, ctx: LinkContext, explain = true): PairEvidence {
  const f = pairFeatures(a, b, ctx, explain);
  if (f.veto) return { score: 0, linked: false, veto: f.veto, evidence: [f.veto] };
  let score = 0;
  let content = 0;
  const evidence: string[] = [];
  for (const k of FEATURES) {
    const v = f.values[k];
    if (v === undefined) continue;
    const w = ctx.weights[k] * v;
    score += w;
    if (CONTENT.has(k)) content += w;
    if (f.notes[k]) evidence.push(`${f.notes[k]} (${w >= 0 ? '+' : ''}${w.toFixed(1)})`);
  }
  score = Math.round(score * 10) / 10;
  const need =
    MIN_CONTENT[
      f.values.dateWithin
        ? a.articleId === b.articleId
          ? 'withinArticle'
          : 'within'
        : f.values.dayApart
          ? 'dayApart'
          : 'same'
    ];
  const enough = content >= need;
  if (!enough && explain)
    evidence.push(`too little shared besides the date (${content.toFixed(1)} < ${need})`);
  return { score, linked: enough && score >= ctx.threshold, evidence };
}

interface Cluster {
  order: number;
  drafts: Draft[];
  best: Draft; // the most precise date
  start: number;
  end: number;
  /** The specific families of its mentions' predicates. */
  families: Set<string>;
}

const holding = new Map<string, string[]>();
/** The values of the periods that hold this one, itself included (a day: its week, month, year). */
function holdingValues(d: Draft['date']): string[] {
  const key = `${d.value}|${d.start}|${d.end}`;
  let out = holding.get(key);
  if (!out) {
    if (holding.size > 50_000) holding.clear();
    holding.set(key, (out = periodsHolding(d)));
  }
  return [...out];
}

function periodsHolding(d: Draft['date']): string[] {
  const first = fromDayNumber(d.start);
  const last = fromDayNumber(d.end);
  const set = new Set([d.value, yearValue(first.y).value, yearValue(last.y).value]);
  if (d.precision === 'day' || d.precision === 'week') {
    if (first.y === last.y && first.m === last.m) set.add(monthValue(first.y, first.m).value);
    if (d.precision === 'day') set.add(weekValue(d.start).value);
  }
  return [...set];
}

/** The clusters that compete for a mention are looked at up to this many, best keys first. */
const MAX_CANDIDATES = 40;
/** How far below the threshold a mention's mean evidence with a cluster's members may be. */
const MEAN_MARGIN = 2;
/** A cluster's members compared with a new mention, at most. */
const MAX_MEMBERS = 12;
/** A blocking key held by more clusters than this says too little to search by. */
const MAX_KEY_CLUSTERS = 5000;
/** Every cluster of a period is a candidate while the period holds no more than this many
 * (a small corpus compares everything; a busy day of a big one goes by features). */
const MAX_PERIOD_CLUSTERS = 200;

/**
 * Candidate clusters for a mention, from indexes instead of a scan: clusters at a period that
 * holds the mention's date, or inside it, found through what the mention is about (its trigger,
 * distinctive actors, places, numbers and rarest words), so that a busy day of a big corpus is
 * not compared mention by mention. `at:` files a cluster under each of its members' dates,
 * `in:` under each period that holds one of them.
 */
class ClusterIndex {
  private byKey = new Map<string, Set<Cluster>>();
  private featuresOf = new Map<Draft, [string[], string[]]>();

  constructor(private ctx: LinkContext) {}

  /** What a draft is about, as blocking features; `distinctive` leaves out the trigger. */
  private features(d: Draft, distinctive = false): string[] {
    let f = this.featuresOf.get(d);
    if (!f) this.featuresOf.set(d, (f = [this.featuresNow(d, false), this.featuresNow(d, true)]));
    return f[distinctive ? 1 : 0];
  }

  private featuresNow(d: Draft, distinctive: boolean): string[] {
    const rare = [...d.terms]
      .sort((x, y) => idf(this.ctx.stats, y) - idf(this.ctx.stats, x) || (x < y ? -1 : 1))
      .slice(0, 6);
    return [
      '*',
      ...(d.trigger && !distinctive ? [`t:${d.trigger.key}`] : []),
      ...d.kinds.map((k) => `k:${k}`),
      ...d.actors.filter((a) => this.ctx.weightOf(a.id) >= 1).map((a) => `a:${a.id}`),
      ...d.places.map((p) => `p:${p}`),
      ...d.numbers.map((n) => `n:${n}`),
      ...rare.map((t) => `w:${t}`),
    ];
  }

  private put(k: string, c: Cluster) {
    let set = this.byKey.get(k);
    if (!set) this.byKey.set(k, (set = new Set()));
    set.add(c);
  }

  add(c: Cluster, d: Draft): void {
    for (const f of this.features(d)) this.put(`at:${d.date.value}|${f}`, c);
    for (const p of holdingValues(d.date))
      if (p !== d.date.value) for (const f of this.features(d, true)) this.put(`in:${p}|${f}`, c);
  }

  candidates(d: Draft): Cluster[] {
    const hits = new Map<Cluster, number>();
    const count = (k: string) => {
      const set = this.byKey.get(k);
      const cap = k.endsWith('|*') ? MAX_PERIOD_CLUSTERS : MAX_KEY_CLUSTERS;
      if (set && set.size <= cap) for (const c of set) hits.set(c, (hits.get(c) ?? 0) + 1);
    };
    const periods = holdingValues(d.date);
    // the day before and after: two sources may date one happening a day apart
    if (d.date.precision === 'day')
      periods.push(isoDay(d.date.start - 1), isoDay(d.date.start + 1));
    for (const f of this.features(d)) for (const p of periods) count(`at:${p}|${f}`);
    for (const f of this.features(d, true)) count(`in:${d.date.value}|${f}`);
    return [...hits]
      .sort((x, y) => y[1] - x[1] || x[0].order - y[0].order)
      .slice(0, MAX_CANDIDATES)
      .map(([c]) => c);
  }
}

function fits(c: Cluster, d: Draft): boolean {
  const r = modRange(d.date);
  if (!(contains(c, r) || contains(r, c) || Math.abs(c.start - r.start) === 1)) return false;
  return [...c.families].every((f) => familiesCompatible(f, d.family));
}

/** The best evidence between a mention and a cluster: its strongest pair with a member. */
function bestPair(c: Cluster, d: Draft, ctx: LinkContext): { to: Draft; e: PairEvidence } | null {
  let best: { to: Draft; e: PairEvidence } | null = null;
  let sum = 0;
  const n = Math.min(c.drafts.length, MAX_MEMBERS);
  for (let k = 0; k < n; k++) {
    const m = c.drafts[k]!;
    const e = explainPair(m, d, ctx, false);
    if (e.veto) return null; // a member rules it out: the cluster is not this happening
    sum += e.score;
    if (!best || e.score > best.e.score) best = { to: m, e };
  }
  // one close member is not enough when the others say it is another happening: a mention
  // that fits one report of an event but none of the rest would chain two events together
  if (sum / n < ctx.threshold - MEAN_MARGIN) return null;
  return best;
}

/** Most precise first, so that days form the events and coarser mentions join them. */
const byPrecision = (a: Draft, b: Draft) =>
  PRECISION_RANK[a.date.precision] - PRECISION_RANK[b.date.precision] ||
  (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0) ||
  a.paragraph - b.paragraph ||
  a.timex.start - b.timex.start;

export function link(
  drafts: Draft[],
  weightOf: (actorId: string) => number,
  trace?: LinkTrace,
  tuning?: { weights: Record<Feature, number>; threshold: number },
): TimelineEvent[] {
  const ctx: LinkContext = {
    stats: termStats(drafts),
    weightOf,
    weights: tuning?.weights ?? WEIGHTS,
    threshold: tuning?.threshold ?? LINK_THRESHOLD,
  };
  if (trace) trace.context = ctx;
  const clusters: Cluster[] = [];
  const index = new ClusterIndex(ctx);
  const clusterOf = new Map<Draft, Cluster>();
  for (const d of [...drafts].sort(byPrecision)) {
    let target: { c: Cluster; to: Draft; e: PairEvidence } | null = null;
    for (const c of index.candidates(d)) {
      if (!fits(c, d)) continue;
      const p = bestPair(c, d, ctx);
      if (p && p.e.linked && (!target || p.e.score > target.e.score)) target = { c, ...p };
    }
    if (target) {
      add(target.c, d);
      if (trace)
        trace.joins.set(d, { to: target.to, evidence: explainPair(target.to, d, ctx).evidence });
      index.add(target.c, d);
      clusterOf.set(d, target.c);
    } else {
      const c: Cluster = {
        order: clusters.length,
        drafts: [d],
        best: d,
        ...modRange(d.date),
        families: new Set(d.family && !isWeakFamily(d.family) ? [d.family] : []),
      };
      clusters.push(c);
      index.add(c, d);
      clusterOf.set(d, c);
    }
  }
  // mentions in the order the articles give them, for stable summaries and ids; grouped in
  // one pass (a filter over all mentions per cluster made 16,000 one-mention events take 10 s)
  const members = new Map<Cluster, Draft[]>();
  for (const d of drafts) {
    const c = clusterOf.get(d)!;
    const list = members.get(c);
    if (list) list.push(d);
    else members.set(c, [d]);
  }
  const live = clusters.map((c) => ({ ...c, drafts: members.get(c) ?? [] }));
  const events = live.map(toEvent);
  uniqueIds(events);
  anticipate(live, events);
  return events.sort(
    (a, b) =>
      a.date.start.localeCompare(b.date.start) ||
      a.date.end.localeCompare(b.date.end) ||
      a.id.localeCompare(b.id),
  );
}

function add(c: Cluster, d: Draft): void {
  c.drafts.push(d);
  if (d.family && !isWeakFamily(d.family)) c.families.add(d.family);
  const rank = PRECISION_RANK[d.date.precision] - PRECISION_RANK[c.best.date.precision];
  if (rank < 0 || (rank === 0 && d.date.end - d.date.start < c.best.date.end - c.best.date.start))
    c.best = d;
  ({ start: c.start, end: c.end } = modRange(c.best.date));
}

function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The event's kind: the most specific kind its mentions give, by how many give it. */
function typeOf(drafts: readonly Draft[]): EventType {
  const votes = new Map<EventType, number>();
  for (const d of drafts)
    votes.set(d.type, (votes.get(d.type) ?? 0) + (d.trigger && isSpecific(d.trigger) ? 1 : 0.1));
  return [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'other';
}

/**
 * Two keys can share a 32-bit hash (article ids can be chosen to): the later event takes a
 * suffix. A suffixed id ends in `-2`, `-3` …, never in eight hex digits, so it is new.
 */
function uniqueIds(events: TimelineEvent[]): void {
  const seen = new Set<string>();
  for (const e of events) {
    let id = e.id;
    for (let k = 2; seen.has(id); k++) id = `${e.id}-${k}`;
    e.id = id;
    seen.add(id);
  }
}

function toEvent(c: Cluster): TimelineEvent {
  const first = c.drafts[0]!;
  const informative = [...c.drafts].sort((a, b) => b.informativeness - a.informativeness)[0]!;
  const type = typeOf(c.drafts);
  const key = `${first.articleId}:${first.paragraph}:${first.timex.start}`;
  const actors: string[] = [];
  for (const d of c.drafts) for (const a of d.actors) if (!actors.includes(a.id)) actors.push(a.id);
  // day-precise mentions that give different days: the sources disagree; the event takes the
  // day most of them give (the earliest of a tie) and lists the others
  const days = new Map<string, number[]>();
  c.drafts.forEach((d, i) => {
    if (d.date.precision === 'day') days.set(d.date.value, [...(days.get(d.date.value) ?? []), i]);
  });
  const ranked = [...days].sort((x, y) => y[1].length - x[1].length || (x[0] < y[0] ? -1 : 1));
  const best = ranked.length ? c.drafts[ranked[0]![1][0]!]!.date : c.best.date;
  const others = new Map(ranked.slice(1));
  return {
    id: `${best.value.toLowerCase()}-${type}-${hash(key)}`,
    date: {
      value: best.value,
      precision: best.precision,
      mod: best.mod,
      start: isoDay(best.start),
      end: isoDay(best.end),
      ...(others.size
        ? {
            disagreement: [...others].map(([value, mentions]) => ({ value, mentions })),
          }
        : {}),
    },
    type,
    summary: { ar: informative.summary },
    actors,
    mentions: c.drafts.map((d) => ({
      articleId: d.articleId,
      paragraph: d.paragraph,
      sentence: d.sentence,
      timex: d.timex,
      actors: [...d.actors, ...d.sentenceActors].sort((x, y) => x.start - y.start || x.end - y.end),
    })),
  };
}

const words = (s: string) => new Set(s.split(/[^\p{L}]+/u).filter((w) => w.length > 3));

/** An expectation anticipates the happening of its type that came after it was written. */
function anticipate(clusters: Cluster[], events: TimelineEvent[]): void {
  const byType = new Map<string, number[]>();
  clusters.forEach((o, j) => {
    if (o.best.expected) return;
    // pushed, not copied: a copy per event made 16,000 events of one type take 6 s
    const list = byType.get(events[j]!.type);
    if (list) list.push(j);
    else byType.set(events[j]!.type, [j]);
  });
  const wordsOf = new Map<number, Set<string>>();
  const summaryWords = (j: number) => {
    let w = wordsOf.get(j);
    if (!w) wordsOf.set(j, (w = words(events[j]!.summary.ar)));
    return w;
  };
  clusters.forEach((c, i) => {
    if (!c.best.expected) return;
    const written = c.drafts[0]!.published;
    const mine = summaryWords(i);
    const actors = new Set(events[i]!.actors);
    let best = -1;
    let bestScore = 0;
    for (const j of byType.get(events[i]!.type) ?? []) {
      const o = clusters[j]!;
      if (!contains(c, o)) continue;
      if (written && isoDay(o.start) <= written) continue;
      if (!events[j]!.actors.some((a) => actors.has(a))) continue;
      const overlap = [...summaryWords(j)].filter((w) => mine.has(w)).length + 1;
      if (overlap > bestScore) [best, bestScore] = [j, overlap];
    }
    if (best >= 0) events[i]!.relations = [{ type: 'anticipates', event: events[best]!.id }];
  });
}
