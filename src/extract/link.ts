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
import { BlockingIndex } from './blocking';

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
  termIds?: {
    ids: Map<string, number>;
    idf: Float64Array;
    idf2: Float64Array;
    /** Where the mentions' term numbers are kept: views of shared chunks, not a buffer each. */
    chunk: Int32Array;
    used: number;
  };
  /** What weighing asks of each mention, and each actor's worth, worked out once per run. */
  prepared?: Map<Draft, Prepared>;
  actorWorth?: Map<string, number>;
  /** familiesCompatible by pair of families, asked once per pair (not once per pair of mentions). */
  compatible?: Map<string, Map<string, boolean>>;
  /** Numbers for date values (prep, and the blocking index's periods) and article ids (prep),
   * and for the actors, places, kinds and trigger words of the clusters' summaries, in the
   * order they are met. */
  numbered?: Numbered;
}

interface Numbered {
  dates: Map<string, number>;
  articles: Map<string, number>;
  actors: Map<string, number>;
  places: Map<string, number>;
  kinds: Map<string, number>;
  triggers: Map<string, number>;
}

const numbering = (s: TermStats): Numbered =>
  (s.numbered ??= {
    dates: new Map(),
    articles: new Map(),
    actors: new Map(),
    places: new Map(),
    kinds: new Map(),
    triggers: new Map(),
  });

function numberOf(m: Map<string, number>, k: string): number {
  let v = m.get(k);
  if (v === undefined) m.set(k, (v = m.size));
  return v;
}

function compatible(s: TermStats, a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const memo = (s.compatible ??= new Map());
  let row = memo.get(a);
  if (!row) memo.set(a, (row = new Map()));
  let v = row.get(b);
  if (v === undefined) row.set(b, (v = familiesCompatible(a, b)));
  return v;
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
    const byId = Float64Array.from(all, (t) => idf(s, t));
    s.termIds = {
      ids,
      idf: byId,
      idf2: byId.map((v) => v ** 2),
      chunk: new Int32Array(0),
      used: 0,
    };
  }
  const t = s.termIds;
  const n = d.terms.length;
  if (t.used + n > t.chunk.length) {
    // a new chunk; the views of the old one keep it alive as long as their mentions need it
    t.chunk = new Int32Array(Math.max(TERM_CHUNK, n));
    t.used = 0;
  }
  for (let i = 0; i < n; i++) {
    const id = t.ids.get(d.terms[i]!);
    if (id === undefined) return null;
    t.chunk[t.used + i] = id;
  }
  t.used += n;
  return t.chunk.subarray(t.used - n, t.used);
}
/** Term numbers per chunk: a typed array of its own per mention cost the collector more. */
const TERM_CHUNK = 1 << 16;

/** Length of a mention's idf-weighted term vector. */
const normOf = (ts: readonly string[], s: TermStats): number =>
  Math.sqrt(ts.reduce((n, t) => n + idf(s, t) ** 2, 0));

/** How many terms two sorted lists share. */
function sharedCount(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

/**
 * The idf² of one mention's terms by term number, zero elsewhere: linking weighs the mention it
 * places against many members, and a lookup per member term is cheaper than a merge.
 */
const dense: { of: Prepared | null; w: Float64Array } = { of: null, w: new Float64Array(0) };

/** Spreads (or with `on` false, clears) a mention's terms into `dense`. */
function spread(p: Prepared, s: TermStats, on: boolean): void {
  const ids = p.termIds;
  if (!ids) return;
  for (let i = 1; i < ids.length; i++) if (ids[i - 1]! >= ids[i]!) return; // not a set in order
  const idf2 = s.termIds!.idf2;
  if (dense.w.length < idf2.length) dense.w = new Float64Array(idf2.length);
  for (let i = 0; i < ids.length; i++) dense.w[ids[i]!] = on ? idf2[ids[i]!]! : 0;
  dense.of = on ? p : null;
}

/** Cosine of the idf-weighted term sets of two mentions. */
function similarity(a: Draft, pa: Prepared, b: Draft, pb: Prepared, s: TermStats): number {
  const x = pa.termIds;
  const y = pb.termIds;
  let dot = 0;
  if (x && pb === dense.of) {
    // b's weights spread over all terms: a's terms in order, adding nothing where b has none,
    // sum what the merge below would (the same idf² in the same order) without its branches
    const w = dense.w;
    for (let i = 0; i < x.length; i++) dot += w[x[i]!]!;
  } else if (x && y) {
    // the terms' numbers merge like the sorted terms, and their idf² add up in the same order
    const idf2 = s.termIds!.idf2;
    for (let i = 0, j = 0; i < x.length && j < y.length;) {
      const p = x[i]!;
      const q = y[j]!;
      if (p === q) {
        dot += idf2[p]!;
        i++;
        j++;
      } else if (p < q) i++;
      else j++;
    }
  } else for (const t of shared(a.terms, b.terms)) dot += idf(s, t) ** 2;
  return dot === 0 ? 0 : dot / (pa.norm * pb.norm || 1);
}

/** The shared terms that weigh most, for the explanation. */
const topShared = (a: Draft, b: Draft, s: TermStats) =>
  shared(a.terms, b.terms)
    .sort((u, v) => idf(s, v) - idf(s, u) || (u < v ? -1 : 1))
    .slice(0, 4);

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
  /** Each names participants of its own (not a broad actor), none of them the other's. */
  otherActors: -1,
  /** Two references to a year or month (not a day) that name an actor in common: background
   * of the subject («منذ عام 2014», «في 2014») usually points at the period's one happening. */
  coarseShared: 3,
  samePlace: 1,
  otherPlace: -3.5,
  /** One kind of happening carried out by two agents (Turkey's strikes, the coalition's). */
  otherAgent: -5.5,
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
  'otherActors',
  'coarseShared',
  'samePlace',
  'otherPlace',
  'otherAgent',
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

/** What weighing a pair asks of a mention every time, worked out once per linking run. */
interface Prepared {
  /** Its date's value and its article as numbers of this run (one number compare per pair). */
  date: number;
  article: number;
  year: boolean;
  expected: boolean;
  range: { start: number; end: number };
  /** Its actors' ids, each once, sorted (a list: a mention names a few). */
  sortedActorIds: string[];
  /** Whether one of them names a participant of its own (OWN_ACTOR); -1 until asked. */
  own: number;
  specificPlaces: readonly string[];
  coarse: boolean;
  dateRarity: number;
  triggerRarity: number;
  /** Its terms as numbers (null when one is unknown to the stats), and the vector's length. */
  termIds: Int32Array | null;
  norm: number;
}

function prep(d: Draft, s: TermStats): Prepared {
  const cache = (s.prepared ??= new Map());
  let p = cache.get(d);
  if (!p) {
    const numbered = numbering(s);
    p = {
      date: numberOf(numbered.dates, d.date.value),
      article: numberOf(numbered.articles, d.articleId),
      year: d.date.precision === 'year',
      expected: d.expected,
      range: modRange(d.date),
      sortedActorIds: d.actors.length ? [...new Set(d.actors.map((x) => x.id))].sort() : NO_IDS,
      own: -1,
      specificPlaces: d.places.length ? d.places.filter(isSpecificPlace) : NO_IDS,
      coarse: d.date.precision === 'year' || d.date.precision === 'month',
      dateRarity: rarity(s, `#${d.date.value}`),
      triggerRarity: d.trigger ? rarity(s, `!${d.trigger.key}`) : 0,
      termIds: termIdsOf(d, s),
      norm: normOf(d.terms, s),
    };
    cache.set(d, p);
  }
  return p;
}

const NO_IDS: string[] = [];

/** An actor's weight from which naming it says who took part (not a broad country, not media). */
const OWN_ACTOR = 0.5;

/** Whether a mention names a participant of its own, asked once per mention. */
function ownActor(p: Prepared, ctx: LinkContext): boolean {
  if (p.own < 0) {
    p.own = 0;
    for (const id of p.sortedActorIds) if (ctx.weightOf(id) >= OWN_ACTOR) p.own = 1;
  }
  return p.own === 1;
}

/** The first of `a` that `b` holds (a mention's kinds and families: a few each), leaving out
 * the weak families when asked; a loop, not a closure per pair. */
function firstIn(a: readonly string[], b: readonly string[], strong = false): string | undefined {
  for (const x of a) if (!(strong && isWeakFamily(x)) && b.includes(x)) return x;
  return undefined;
}

/** Whether a place of `a` and one of `b` nest (loops, not closures: weighing runs per pair). */
function anyNest(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (placesNest(x, y)) return true;
  return false;
}

/** How much sharing an actor says: its kind's weight times its rarity (once per actor). */
function actorWorth(ctx: LinkContext, id: string): number {
  const memo = (ctx.stats.actorWorth ??= new Map());
  let v = memo.get(id);
  if (v === undefined) memo.set(id, (v = ctx.weightOf(id) * rarity(ctx.stats, `@${id}`)));
  return v;
}

/** Feature values of a pair by FEATURES' order; NaN where a feature says nothing. */
type Values = Float64Array;
const IX = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<Feature, number>;
const CONTENT_IX = Uint8Array.from(FEATURES, (f) => (CONTENT.has(f) ? 1 : 0));

/**
 * Weighs a pair of mentions into `out` and returns its veto, if any. Linking weighs millions of
 * pairs, so this allocates nothing unless `notes` asks what each feature saw.
 */
function weigh(
  a: Draft,
  pa: Prepared,
  b: Draft,
  pb: Prepared,
  ctx: LinkContext,
  out: Values,
  notes: PairFeatures['notes'] | null,
  /** The pair's cosine when the caller has it (linking works it out for the bound first). */
  known = NaN,
): string | null {
  out.fill(NaN);
  out[IX.bias] = 1;
  if (pa.expected !== pb.expected && (pa.year || pb.year))
    return notes ? 'an expectation naming only a year is not what came of it' : 'veto';
  const { stats } = ctx;
  const ra = pa.range;
  const rb = pb.range;
  if (pa.date === pb.date) {
    if (a.date.mod && b.date.mod && a.date.mod !== b.date.mod)
      return notes ? `${a.date.mod} and ${b.date.mod} of ${a.date.value}` : 'veto';
    // a date few mentions give says more than a busy day of the news
    if (a.date.precision === 'day') {
      out[IX.sameDay] = pa.dateRarity;
      if (notes) notes.sameDay = `same day ${a.date.value}`;
    } else {
      out[IX.sameCoarseDate] = pa.dateRarity;
      if (notes) notes.sameCoarseDate = `same ${a.date.precision} ${a.date.value}`;
    }
  } else if (contains(ra, rb) || contains(rb, ra)) {
    out[IX.dateWithin] = 1;
    if (notes) notes.dateWithin = `${a.date.value} and ${b.date.value}, one within the other`;
  } else if (
    a.date.precision === 'day' &&
    b.date.precision === 'day' &&
    Math.abs(a.date.start - b.date.start) === 1
  ) {
    // one source that gives two days means two happenings; only two sources can disagree
    if (pa.article === pb.article)
      return notes ? `one article, two days: ${a.date.value}, ${b.date.value}` : 'veto';
    out[IX.dayApart] = 1;
    if (notes) notes.dayApart = `dates a day apart: ${a.date.value}, ${b.date.value}`;
  } else return notes ? `dates do not fit: ${a.date.value}, ${b.date.value}` : 'veto';

  if (!compatible(stats, a.family, b.family))
    return notes ? `kinds clash: ${a.family} vs ${b.family}` : 'veto';
  if (a.trigger && b.trigger && a.trigger.key === b.trigger.key && isSpecific(a.trigger)) {
    out[IX.sameTrigger] = pa.triggerRarity;
    if (notes) notes.sameTrigger = `same trigger «${a.trigger.key}»`;
  }
  const kind = b.kinds.length ? firstIn(a.kinds, b.kinds) : undefined;
  if (kind) {
    out[IX.sameKind] = 1;
    if (notes) notes.sameKind = `same kind ${kind}`;
  } else if (a.kinds.length && b.kinds.length) {
    out[IX.otherKind] = 1;
    if (notes) notes.otherKind = `other kinds ${a.kinds.join('/')} vs ${b.kinds.join('/')}`;
  } else if (a.families.length && b.families.length) {
    const f = firstIn(a.families, b.families, true);
    if (f) {
      out[IX.sameFamily] = 1;
      if (notes) notes.sameFamily = `same family ${f}`;
    }
  }

  // the same kind by two agents: two happenings
  if ((kind || out[IX.sameFamily] === 1) && a.agent && b.agent && a.agent !== b.agent) {
    out[IX.otherAgent] = 1;
    if (notes) notes.otherAgent = `other agents ${a.agent} vs ${b.agent}`;
  }

  const mine = pa.sortedActorIds;
  if (mine.length && pb.sortedActorIds.length) {
    let v = 0;
    let any = false;
    for (const id of pb.sortedActorIds)
      if (mine.includes(id)) {
        any = true;
        v += actorWorth(ctx, id);
      }
    v = Math.min(2, v);
    if (v > 0) {
      out[IX.actors] = v;
      if (notes)
        notes.actors = `shares ${pb.sortedActorIds.filter((id) => mine.includes(id)).join(', ')}`;
    }
    // each names participants of its own, none of them the other's: two sets of parties
    if (!any) {
      if (ownActor(pa, ctx) && ownActor(pb, ctx)) {
        out[IX.otherActors] = 1;
        if (notes)
          notes.otherActors = `other participants ${pa.sortedActorIds.join('/')} vs ${pb.sortedActorIds.join('/')}`;
      }
    }
    if (any && pa.coarse && pb.coarse) {
      out[IX.coarseShared] = 1;
      if (notes)
        notes.coarseShared = `both years or months, both name ${b.actors.find((x) => mine.includes(x.id))!.id}`;
    }
  }

  // a city, district or base in common says much, a province a little; two mentions that each
  // name a specific place, none of them the other's or within it, are in two places
  if (a.places.length && b.places.length) {
    let common = 0;
    let specific = 0;
    for (const x of a.places)
      if (b.places.includes(x)) {
        common++;
        if (isSpecificPlace(x)) specific++;
      }
    if (specific) {
      out[IX.samePlace] = Math.min(1.5, specific);
      if (notes)
        notes.samePlace = `same place ${a.places.filter((x) => b.places.includes(x) && isSpecificPlace(x)).join(', ')}`;
    } else if (common) {
      out[IX.samePlace] = 0.5;
      if (notes)
        notes.samePlace = `same province or region ${a.places.filter((x) => b.places.includes(x)).join(', ')}`;
    } else {
      const sa = pa.specificPlaces;
      const sb = pb.specificPlaces;
      if (sa.length && sb.length && !anyNest(sa, sb)) {
        out[IX.otherPlace] = 1;
        if (notes) notes.otherPlace = `different places ${sa.join('/')} vs ${sb.join('/')}`;
      }
    }
  }

  if (a.numbers.length && b.numbers.length) {
    const n = sharedCount(a.numbers, b.numbers);
    if (n) {
      out[IX.numbers] = Math.min(2, n);
      if (notes) notes.numbers = `same numbers ${shared(a.numbers, b.numbers).join(', ')}`;
    }
  }

  const cos = known === known ? known : similarity(a, pa, b, pb, stats);
  if (cos > 0) {
    out[IX.words] = cos;
    if (notes) notes.words = `words ${topShared(a, b, stats).join(' ')} (cos ${cos.toFixed(2)})`;
  }

  if (pa.article === pb.article) {
    if (a.paragraph === b.paragraph && a.sentence.start === b.sentence.start) {
      // «الأسبوع المقبل، يوم 22 يوليو»: two dates of one predicate
      if (a.date.value !== b.date.value) {
        out[IX.sameSentenceNestedDate] = 1;
        if (notes) notes.sameSentenceNestedDate = 'one sentence, one date within the other';
      } else {
        out[IX.sameSentenceSameDate] = 1;
        if (notes) notes.sameSentenceSameDate = 'one sentence, the same date twice: two predicates';
      }
    } else if (a.paragraph === b.paragraph) {
      out[IX.sameArticle] = 1;
      out[IX.sameParagraph] = 1;
      if (notes) {
        notes.sameArticle = 'same article';
        notes.sameParagraph = 'same paragraph, another sentence';
      }
    } else {
      out[IX.sameArticle] = 1;
      if (notes) notes.sameArticle = 'same article, another paragraph';
    }
  }
  return null;
}

/**
 * The features of a pair of mentions (see WEIGHTS); a veto when they cannot be one happening.
 * The notes are written only when `explain` asks.
 */
export function pairFeatures(a: Draft, b: Draft, ctx: LinkContext, explain = true): PairFeatures {
  const out: Values = new Float64Array(FEATURES.length);
  const notes: PairFeatures['notes'] = {};
  const veto = weigh(
    a,
    prep(a, ctx.stats),
    b,
    prep(b, ctx.stats),
    ctx,
    out,
    explain ? notes : null,
  );
  const values: PairFeatures['values'] = {};
  FEATURES.forEach((f, i) => {
    if (!Number.isNaN(out[i])) values[f] = out[i];
  });
  return veto ? { veto, values, notes } : { values, notes };
}

const weightArrays = new WeakMap<Record<Feature, number>, Float64Array>();
const weightArray = (w: Record<Feature, number>) => {
  let a = weightArrays.get(w);
  if (!a) weightArrays.set(w, (a = Float64Array.from(FEATURES, (f) => w[f])));
  return a;
};

/** One buffer for the pairs weighed without explanation (nothing keeps it past the call). */
const scratch: Values = new Float64Array(FEATURES.length);

/**
 * The evidence that two mentions report one happening. Symmetric; the context weighs shared
 * words, actors and triggers by their rarity among all the mentions being linked.
 */
export function explainPair(a: Draft, b: Draft, ctx: LinkContext, explain = true): PairEvidence {
  const out = explain ? new Float64Array(FEATURES.length) : scratch;
  const notes: PairFeatures['notes'] | null = explain ? {} : null;
  const pa = prep(a, ctx.stats);
  const pb = prep(b, ctx.stats);
  const veto = weigh(a, pa, b, pb, ctx, out, notes);
  if (veto) return { score: 0, linked: false, veto, evidence: explain ? [veto] : NONE };
  const evidence: string[] = explain ? [] : NONE;
  const score = tally(pa, pb, ctx, out, notes, evidence);
  if (!tallied.enough && explain)
    evidence.push(
      `too little shared besides the date (${tallied.content.toFixed(1)} < ${tallied.need})`,
    );
  return { score, linked: tallied.linked, evidence };
}
const NONE: string[] = [];

/** What the last tally found beside the score (module state: the hot path allocates nothing). */
const tallied = { content: 0, need: 0, enough: false, linked: false };

/** A weighed pair's score, rounded to a tenth; whether it links is left in `tallied`. */
function tally(
  pa: Prepared,
  pb: Prepared,
  ctx: LinkContext,
  out: Values,
  notes: PairFeatures['notes'] | null,
  evidence: string[],
): number {
  const weights = weightArray(ctx.weights);
  let score = 0;
  let content = 0;
  for (let k = 0; k < out.length; k++) {
    const v = out[k]!;
    if (v !== v) continue; // NaN: the feature says nothing
    const w = weights[k]! * v;
    score += w;
    if (CONTENT_IX[k]) content += w;
    const note = notes?.[FEATURES[k]!];
    if (note) evidence.push(`${note} (${w >= 0 ? '+' : ''}${w.toFixed(1)})`);
  }
  score = Math.round(score * 10) / 10;
  const need =
    MIN_CONTENT[
      out[IX.dateWithin] === 1
        ? pa.article === pb.article
          ? 'withinArticle'
          : 'within'
        : out[IX.dayApart] === 1
          ? 'dayApart'
          : 'same'
    ];
  const enough = content >= need;
  tallied.content = content;
  tallied.need = need;
  tallied.enough = enough;
  tallied.linked = enough && score >= ctx.threshold;
  return score;
}

/** A pair's score as explainPair gives it, NaN for a veto; whether it links is in `tallied`. */
function quickScore(
  a: Draft,
  pa: Prepared,
  b: Draft,
  pb: Prepared,
  ctx: LinkContext,
  cos: number,
): number {
  if (weigh(a, pa, b, pb, ctx, scratch, null, cos)) return NaN;
  return tally(pa, pb, ctx, scratch, null, NONE);
}

interface Cluster {
  order: number;
  drafts: Draft[];
  /** What weighing asks of its first MAX_MEMBERS members (the ones a new mention meets). */
  preps: Prepared[];
  best: Draft; // the most precise date
  start: number;
  end: number;
  /** The specific families of its mentions' predicates, each once (a list: `fits` reads it for
   * every candidate, and a set's iterator is an allocation each time). */
  families: string[];
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
/** A cluster's members compared with a new mention, at most: its most precise ones (mentions
 * are placed most precise first). On the references no cluster reaches this; on a big corpus
 * it bounds the work per mention, which grew with the corpus while it was 12 (a 20 MB article:
 * 115 cosines per mention placed against 70 for a 1 MB one; at 8, with the cosines of
 * wordsAtMost reused when weighing, 50 against 36, for 0.3% more events). */
const MAX_MEMBERS = 8;
/** A blocking key held by more clusters than this says too little to search by. */
const MAX_KEY_CLUSTERS = 500;
/** Every cluster of a period is a candidate while the period holds no more than this many
 * (a small corpus compares everything; a busy day of a big one goes by features). */
const MAX_PERIOD_CLUSTERS = 200;
/** A date's periods in the index (numbers of `ClusterIndex.period`): where a cluster with a
 * member of that date is filed, and where a mention of that date looks. */
interface Periods {
  /** The date itself, and the periods that hold it (`in`). */
  at: number;
  in: number[];
  /** The date and the periods holding it, and for a day the days either side (`at`). */
  lookAt: number[];
  /** The date, among the periods that hold members (`in`). */
  lookIn: number;
}

/**
 * Candidate clusters for a mention, from indexes instead of a scan: clusters at a period that
 * holds the mention's date, or inside it, found through what the mention is about (its trigger,
 * distinctive actors, places, numbers and rarest words), so that a busy day of a big corpus is
 * not compared mention by mention. `at` files a cluster under each of its members' dates,
 * `in` under each period that holds one of them.
 */
class ClusterIndex {
  private keys = new BlockingIndex((f) => (f === ALL ? MAX_PERIOD_CLUSTERS : MAX_KEY_CLUSTERS));
  private periodsOf = new Map<string, Periods>();
  /** Numbers for the mentions' numbers, which no other table numbers. */
  private numberCodes = new Map<string, number>();
  /** Numbers for terms the run did not number (see rarest). */
  private extraTerms: Map<string, number> | undefined;
  /** The features and periods of the mention being placed: it is looked up, then added, then
   * never again. */
  private about: { d: Draft | null; f: [number[], number[]]; periods: Periods | null } = {
    d: null,
    f: [[], []],
    periods: null,
  };
  /** Hits per cluster (by its order) in the current lookup; a cluster counts once per key. */
  private hits = new Int32Array(64);
  /** The clusters hit, in the order of their first hit, and their rank numbers. */
  private touched = new Int32Array(64);
  private ranked = new Float64Array(64);

  constructor(
    private ctx: LinkContext,
    private clusters: readonly Cluster[],
  ) {}

  /** What a draft is about, as blocking features; `distinctive` leaves out the trigger. */
  private features(d: Draft, distinctive = false): number[] {
    return this.aboutOf(d).f[distinctive ? 1 : 0];
  }

  private aboutOf(d: Draft): ClusterIndex['about'] {
    const memo = this.about;
    if (memo.d !== d) {
      const all = this.featuresNow(d);
      // the same list without the trigger, which comes second when there is one
      memo.d = d;
      memo.f = [all, d.trigger ? [all[0]!, ...all.slice(2)] : all];
      memo.periods = this.periods(d.date);
    }
    return memo;
  }

  /** The features as codes: a number from the run's numbering of its kind, tagged with the
   * kind (ALL, 0, is the only untagged code). Numbers, not strings such as `a:<id>`: a big
   * corpus asks for millions of them. */
  private featuresNow(d: Draft): number[] {
    const s = this.ctx.stats;
    const out = [ALL];
    if (d.trigger) out.push(featureCode(triggerCode(s, d.trigger.key), TRIGGER));
    for (const k of d.kinds) out.push(featureCode(kindCode(s, k), KIND));
    for (const a of d.actors)
      if (this.ctx.weightOf(a.id) >= 1) out.push(featureCode(actorCode(s, a.id), ACTOR));
    for (const p of d.places) out.push(featureCode(placeCode(s, p), PLACE));
    for (const n of d.numbers) out.push(featureCode(numberOf(this.numberCodes, n), NUMBER));
    for (const t of this.rarest(d, 6)) out.push(featureCode(t, WORD));
    return out;
  }

  /** The numbers (in the run's term numbering) of a mention's `k` rarest terms, the earliest
   * in sorted order of a tie. */
  private rarest(d: Draft, k: number): number[] {
    const s = this.ctx.stats;
    const ids = prep(d, s).termIds;
    const numbers = s.termIds!;
    if (!ids) {
      // a term the run did not number (not one of the mentions linked): numbered after them
      const extra = (this.extraTerms ??= new Map());
      return [...d.terms]
        .sort((x, y) => idf(s, y) - idf(s, x) || (x < y ? -1 : 1))
        .slice(0, k)
        .map((t) => numbers.ids.get(t) ?? numbers.ids.size + numberOf(extra, t));
    }
    // by number (the numbers keep the terms' sorted order): the best k kept in order as they
    // come, the rarest first, the lower number of a tie
    const idfOf = numbers.idf;
    const top: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const w = idfOf[id]!;
      let at = top.length;
      for (; at > 0; at--) {
        const v = idfOf[top[at - 1]!]!;
        if (!(w > v || (w === v && id < top[at - 1]!))) break;
      }
      if (at >= k) continue;
      // in at `at`, the rest one place on, the (k+1)-th dropped (no splice: it returns an array)
      if (top.length < k) top.push(id);
      for (let j = top.length - 1; j > at; j--) top[j] = top[j - 1]!;
      top[at] = id;
    }
    return top;
  }

  /** A period's number in one of the two indexes: its date value's number, `at` or `in`. */
  private period(value: string, inside: boolean): number {
    return numberOf(numbering(this.ctx.stats).dates, value) * 2 + (inside ? 1 : 0);
  }

  private periods(d: Draft['date']): Periods {
    const key = `${d.value}|${d.start}|${d.end}`;
    let out = this.periodsOf.get(key);
    if (!out) {
      const holding = periodsHolding(d);
      // the day before and after: two sources may date one happening a day apart
      const either = d.precision === 'day' ? [isoDay(d.start - 1), isoDay(d.start + 1)] : [];
      out = {
        at: this.period(d.value, false),
        in: holding.filter((p) => p !== d.value).map((p) => this.period(p, true)),
        lookAt: [...holding, ...either].map((p) => this.period(p, false)),
        lookIn: this.period(d.value, true),
      };
      this.periodsOf.set(key, out);
    }
    return out;
  }

  add(c: Cluster, d: Draft): void {
    const periods = this.aboutOf(d).periods!;
    for (const f of this.features(d)) this.keys.put(periods.at, f, c.order);
    const distinctive = this.features(d, true);
    for (const p of periods.in) for (const f of distinctive) this.keys.put(p, f, c.order);
  }

  /** The clusters with most hits (the earliest of a tie), at most MAX_CANDIDATES. */
  candidates(d: Draft): Cluster[] {
    if (this.hits.length < this.clusters.length) {
      const size = Math.max(this.clusters.length, this.hits.length * 2);
      this.hits = new Int32Array(size);
      this.touched = new Int32Array(size);
      this.ranked = new Float64Array(size);
    }
    const { hits, touched } = this;
    const periods = this.aboutOf(d).periods!;
    const all = this.features(d);
    let n = 0;
    for (const p of periods.lookAt) n = this.keys.count(p, all, hits, touched, n);
    n = this.keys.count(periods.lookIn, this.features(d, true), hits, touched, n);
    // most hits first, the earliest cluster of a tie: one number per cluster sorts as that
    // order does (a numeric sort in place, where a comparator allocated per mention)
    const ranked = this.ranked.subarray(0, n);
    for (let i = 0; i < n; i++) {
      const c = touched[i]!;
      ranked[i] = (RANK_HITS - hits[c]!) * RANK_ORDERS + c;
      hits[c] = 0;
    }
    ranked.sort();
    const found: Cluster[] = [];
    for (let i = 0; i < Math.min(n, MAX_CANDIDATES); i++)
      found.push(this.clusters[ranked[i]! % RANK_ORDERS]!);
    return found;
  }
}
/** Bounds of the rank numbers: hits per cluster and clusters, far above what a run has (hits
 * are at most a mention's features times its periods; RANK_HITS × RANK_ORDERS < 2^53). */
const RANK_HITS = 1 << 20;
const RANK_ORDERS = 2 ** 32;
/** The feature every mention has: all clusters of a period. */
const ALL = 0;
/** The kinds of the other features, the low bits of their codes. */
const TRIGGER = 1;
const KIND = 2;
const ACTOR = 3;
const PLACE = 4;
const NUMBER = 5;
const WORD = 6;
const featureCode = (n: number, kind: number) => n * 8 + kind;

function fits(c: Cluster, d: Draft, pd: Prepared, s: TermStats): boolean {
  const r = pd.range;
  if (!(contains(c, r) || contains(r, c) || Math.abs(c.start - r.start) === 1)) return false;
  for (const f of c.families) if (!compatible(s, f, d.family)) return false;
  return true;
}

/** The member of the last bestPair, and whether their pair links. */
const paired: { to: Draft | null; linked: boolean } = { to: null, linked: false };

/**
 * The best evidence between a mention and a cluster, its strongest pair with a member: its
 * score, the member and whether the pair links left in `paired`; NaN when the cluster is ruled out.
 * `memberCos` holds the cosine with each member, as wordsAtMost left it for this mention.
 */
function bestPair(
  c: Cluster,
  d: Draft,
  pd: Prepared,
  ctx: LinkContext,
  memberCos: Float64Array,
): number {
  let best = 0;
  let to: Draft | null = null;
  let linked = false;
  let sum = 0;
  const n = Math.min(c.drafts.length, MAX_MEMBERS);
  for (let k = 0; k < n; k++) {
    const m = c.drafts[k]!;
    const score = quickScore(m, c.preps[k]!, d, pd, ctx, memberCos[k]!);
    if (score !== score) return NaN; // a member rules it out: the cluster is not this happening
    sum += score;
    if (!to || score > best) {
      best = score;
      to = m;
      linked = tallied.linked;
    }
  }
  // one close member is not enough when the others say it is another happening: a mention
  // that fits one report of an event but none of the rest would chain two events together
  if (sum / n < ctx.threshold - MEAN_MARGIN) return NaN;
  paired.to = to;
  paired.linked = linked;
  return best;
}

/**
 * What the members a new mention is weighed against (a cluster's first MAX_MEMBERS) hold
 * together, kept compact per cluster so that a cluster can be ruled out without reading its
 * members: bit sets of their terms, actors, places, articles, kinds and specific triggers, the
 * one date they all give (if they do), whether one is a year or a month or names numbers, and
 * the shortest term vector. From it `bound` gives a score no pair
 * with a member can exceed. On a busy day of a big corpus most clusters that fit a mention's
 * date cannot beat the best one found, and weighing their members was most of linking.
 */
class Summaries {
  /** Per cluster: bits of terms, actors, places, articles, kinds and triggers, its date, flags. */
  private bits = new Int32Array(0);
  private minNorm = new Float64Array(0);

  private grow(order: number) {
    if (order < this.minNorm.length) return;
    const size = Math.max(order + 1, this.minNorm.length * 2, 256);
    const bits = new Int32Array(size * SUMMARY_WORDS);
    bits.set(this.bits);
    this.bits = bits;
    const norms = new Float64Array(size).fill(Infinity);
    norms.set(this.minNorm);
    this.minNorm = norms;
  }

  add(order: number, p: Prepared, d: Draft, s: TermStats, first: boolean): void {
    this.grow(order);
    const at = order * SUMMARY_WORDS;
    const b = this.bits;
    b[at + DATE] = first || b[at + DATE] === p.date ? p.date : -1;
    setBit(b, at + DATES, DATE_BITS, p.date);
    for (const k of d.kinds) setBit(b, at + KINDS, KIND_BITS, kindCode(s, k));
    if (d.trigger && isSpecific(d.trigger))
      setBit(b, at + TRIGGERS, TRIGGER_BITS, triggerCode(s, d.trigger.key));
    const ids = p.termIds;
    // terms not a set in order (drafts from elsewhere than the extractor): no bound on words
    if (ids && ids.every((t, i) => i === 0 || ids[i - 1]! < t))
      for (const t of ids) setBit(b, at, TERM_BITS, t);
    else b[at + FLAGS]! |= UNKNOWN_TERMS;
    for (const id of p.sortedActorIds) setBit(b, at + ACTORS, ACTOR_BITS, actorCode(s, id));
    for (const id of d.places) setBit(b, at + PLACES, PLACE_BITS, placeCode(s, id));
    setBit(b, at + ARTICLES, ARTICLE_BITS, p.article);
    if (p.coarse) b[at + FLAGS]! |= COARSE;
    if (d.numbers.length) b[at + FLAGS]! |= NUMBERS;
    if (p.norm < this.minNorm[order]!) this.minNorm[order] = p.norm;
  }

  /**
   * The highest score a mention (its probe) can reach with any of a cluster's summarised
   * members; `canLink` is left false when none of those pairs can have the content evidence a
   * link needs (MIN_CONTENT), whatever its score. `words`, when given, is the highest cosine of
   * the mention's words with a member's (wordsAtMost), in place of the bits' bound of it.
   */
  bound(order: number, q: Probe, w: Float64Array, words?: number): number {
    const at = order * SUMMARY_WORDS;
    const b = this.bits;
    const flags = b[at + FLAGS]!;
    let sharesActor = false;
    let worth = 0;
    for (let i = 0; i < q.actors.length; i++)
      if (hasBit(b, at + ACTORS, ACTOR_BITS, q.actors[i]!)) {
        sharesActor = true;
        worth += q.worths[i]!;
      }
    let place = false;
    for (const c of q.places) if (hasBit(b, at + PLACES, PLACE_BITS, c)) place = true;
    const sameArticle = hasBit(b, at + ARTICLES, ARTICLE_BITS, q.article) ? 1 : 0;
    let kind = false;
    for (const k of q.kinds) if (hasBit(b, at + KINDS, KIND_BITS, k)) kind = true;
    const trigger = q.trigger >= 0 && hasBit(b, at + TRIGGERS, TRIGGER_BITS, q.trigger);
    // members that all give the mention's own date: the same day or period, nothing looser
    const oneDate = b[at + DATE] === q.date;
    let cos = words ?? 1;
    if (words === undefined && q.terms && !(flags & UNKNOWN_TERMS)) {
      let dot = 0;
      for (let i = 0; i < q.terms.length; i++) {
        if (hasBit(b, at, TERM_BITS, q.terms[i]!)) dot += q.idf2[i]!;
      }
      const norms = q.norm * this.minNorm[order]!;
      cos = dot === 0 ? 0 : norms > 0 ? Math.min(1, dot / norms) : 1;
    }
    const content =
      up(w, IX.sameTrigger, trigger ? q.triggerRarity : 0) +
      Math.max(
        up(w, IX.sameKind, kind ? 1 : 0),
        up(w, IX.otherKind, q.kinds.length ? 1 : 0),
        up(w, IX.sameFamily, q.families),
      ) +
      up(w, IX.otherAgent, 1) +
      up(w, IX.actors, Math.min(2, worth)) +
      up(w, IX.otherActors, 1) +
      up(w, IX.coarseShared, sharesActor && q.coarse && flags & COARSE ? 1 : 0) +
      up(w, IX.samePlace, place ? 1.5 : 0) +
      up(w, IX.otherPlace, 1) +
      up(w, IX.numbers, q.numbers && flags & NUMBERS ? 2 : 0) +
      up(w, IX.words, cos);
    // a pair of two dates needs more content than one of the same date (MIN_CONTENT)
    const sameDate = oneDate || hasBit(b, at + DATES, DATE_BITS, q.date);
    this.canLink = content + CONTENT_SLACK >= (sameDate ? MIN_CONTENT.same : MIN_NEED_TWO_DATES);
    return (
      w[IX.bias]! +
      Math.max(
        up(w, IX.sameDay, q.isDay ? q.dateRarity : 0),
        up(w, IX.sameCoarseDate, q.isDay ? 0 : q.dateRarity),
        oneDate ? 0 : up(w, IX.dateWithin, 1),
        oneDate ? 0 : up(w, IX.dayApart, 1),
      ) +
      content +
      (up(w, IX.sameArticle, 1) +
        up(w, IX.sameParagraph, 1) +
        Math.max(up(w, IX.sameSentenceSameDate, 1), up(w, IX.sameSentenceNestedDate, 1))) *
        sameArticle
    );
  }

  /** Set by `bound`: whether a pair with one of the cluster's members can link at all. */
  canLink = true;
}

/** A feature's most its weight can add at value `v`: nothing when the weight is against. */
const up = (w: Float64Array, f: number, v: number) => Math.max(0, w[f]!) * v;
/** The least content a pair of two different dates needs. */
const MIN_NEED_TWO_DATES = Math.min(
  MIN_CONTENT.within,
  MIN_CONTENT.withinArticle,
  MIN_CONTENT.dayApart,
);
/** Content adds up its terms in another order than the bound. */
const CONTENT_SLACK = 1e-6;

/** 1024 bits of terms (a term sets bit `id mod 1024`), 128 of actors, 64 of places, articles,
 * kinds, specific triggers and dates. */
const TERM_BITS = 1024;
const ACTORS = TERM_BITS / 32;
const ACTOR_BITS = 128;
const PLACES = ACTORS + ACTOR_BITS / 32;
const PLACE_BITS = 64;
const ARTICLES = PLACES + PLACE_BITS / 32;
const ARTICLE_BITS = 64;
const KINDS = ARTICLES + ARTICLE_BITS / 32;
const KIND_BITS = 64;
const TRIGGERS = KINDS + KIND_BITS / 32;
const TRIGGER_BITS = 64;
/** Bits of the members' dates (Prepared.date). */
const DATES = TRIGGERS + TRIGGER_BITS / 32;
const DATE_BITS = 64;
/** The members' one date (Prepared.date), or -1 when they give several. */
const DATE = DATES + DATE_BITS / 32;
const FLAGS = DATE + 1;
const SUMMARY_WORDS = FLAGS + 1;
const COARSE = 1;
const NUMBERS = 2;
const UNKNOWN_TERMS = 4;

function setBit(b: Int32Array, at: number, bits: number, code: number): void {
  const k = code % bits;
  b[at + (k >> 5)]! |= 1 << (k & 31);
}
function hasBit(b: Int32Array, at: number, bits: number, code: number): boolean {
  const k = code % bits;
  return (b[at + (k >> 5)]! & (1 << (k & 31))) !== 0;
}
const actorCode = (s: TermStats, id: string) => numberOf(numbering(s).actors, id);
const placeCode = (s: TermStats, id: string) => numberOf(numbering(s).places, id);
const kindCode = (s: TermStats, k: string) => numberOf(numbering(s).kinds, k);
const triggerCode = (s: TermStats, key: string) => numberOf(numbering(s).triggers, key);

/** What `bound` asks of the mention being placed, worked out once for all its candidates. */
interface Probe {
  actors: number[];
  worths: number[];
  places: number[];
  article: number;
  terms: Int32Array | null;
  idf2: Float64Array;
  norm: number;
  isDay: boolean;
  dateRarity: number;
  triggerRarity: number;
  /** Its date's number, its kinds' and its trigger word's codes (-1 for none). */
  date: number;
  kinds: number[];
  trigger: number;
  families: number;
  coarse: boolean;
  numbers: boolean;
}

function probe(d: Draft, p: Prepared, ctx: LinkContext): Probe {
  const s = ctx.stats;
  const idf2 = s.termIds?.idf2;
  return {
    actors: p.sortedActorIds.map((id) => actorCode(s, id)),
    worths: p.sortedActorIds.map((id) => actorWorth(ctx, id)),
    places: d.places.map((id) => placeCode(s, id)),
    article: p.article,
    terms: p.termIds,
    idf2: p.termIds && idf2 ? idf2Of(p.termIds, idf2) : NO_WEIGHTS,
    norm: p.norm,
    isDay: d.date.precision === 'day',
    dateRarity: p.dateRarity,
    triggerRarity: d.trigger ? p.triggerRarity : 0,
    date: p.date,
    kinds: d.kinds.map((k) => kindCode(s, k)),
    trigger: d.trigger ? triggerCode(s, d.trigger.key) : -1,
    families: d.families.length ? 1 : 0,
    coarse: p.coarse,
    numbers: d.numbers.length > 0,
  };
}

/** The idf² of terms by number (a loop: Array.from over a typed array iterates). */
function idf2Of(terms: Int32Array, idf2: Float64Array): Float64Array {
  const out = new Float64Array(terms.length);
  for (let i = 0; i < terms.length; i++) out[i] = idf2[terms[i]!]!;
  return out;
}
const NO_WEIGHTS = new Float64Array(0);

/** A pair's score is rounded to a tenth, and the bound adds up its terms in another order. */
const BOUND_SLACK = 0.05 + 1e-6;

/**
 * The bound linking uses for a cluster of these members (its first MAX_MEMBERS) against a
 * mention: no pair of the mention with one of them scores higher (tests check it does not).
 */
export function clusterBound(
  members: readonly Draft[],
  d: Draft,
  ctx: LinkContext,
  words = false,
): number {
  return boundOf(members, d, ctx, words).bound;
}

/**
 * Whether linking weighs a cluster of these members against a mention at all: false only when
 * no pair of it with one of them has the content a link needs (tests check it is never false
 * for a pair that links).
 */
export function clusterCanLink(
  members: readonly Draft[],
  d: Draft,
  ctx: LinkContext,
  words = false,
): boolean {
  return boundOf(members, d, ctx, words).canLink;
}

/** The summaries' bound, or with `words` the bound with the members' words worked out
 * (wordsAtMost). */
function boundOf(members: readonly Draft[], d: Draft, ctx: LinkContext, words: boolean) {
  const summaries = new Summaries();
  const first = members.slice(0, MAX_MEMBERS);
  const preps = first.map((m) => prep(m, ctx.stats));
  first.forEach((m, i) => summaries.add(0, preps[i]!, m, ctx.stats, i === 0));
  const pd = prep(d, ctx.stats);
  const q = probe(d, pd, ctx);
  const most = words ? wordsAtMost(first, preps, d, pd, ctx.stats) : undefined;
  const bound = summaries.bound(0, q, weightArray(ctx.weights), most) + BOUND_SLACK;
  return { bound, canLink: summaries.canLink };
}

/**
 * The highest cosine of a mention's words with those of a cluster's first MAX_MEMBERS members,
 * as weighing works it out. The summaries' bits bound it by all the members' words together,
 * which on a busy day is most of what the mention says: the largest gap between the bound and
 * the scores weighing then finds (the words weigh most). It reads the members' prepared term
 * numbers only (a member's draft is read only when its terms have none). Each member's cosine
 * is left in `cos` when given: weighing the pairs needs them again.
 */
function wordsAtMost(
  drafts: readonly Draft[],
  preps: readonly Prepared[],
  d: Draft,
  pd: Prepared,
  s: TermStats,
  cos?: Float64Array,
): number {
  let most = 0;
  for (let k = 0; k < preps.length; k++) {
    const v = similarity(drafts[k]!, preps[k]!, d, pd, s);
    if (cos) cos[k] = v;
    most = Math.max(most, v);
  }
  return most;
}
/** The cosines of the mention being placed with a candidate's members (wordsAtMost). */
const memberCos = new Float64Array(MAX_MEMBERS);

/** The bounds and candidate ranks of the clusters that fit the mention being placed. */
const fitBounds = new Float64Array(MAX_CANDIDATES);
const fitRanks = new Int32Array(MAX_CANDIDATES);

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
  const index = new ClusterIndex(ctx, clusters);
  const summaries = new Summaries();
  const weights = weightArray(ctx.weights);
  // each mention's cluster by the mention's place in `drafts` (not a map of 100,000s of drafts)
  const clusterOf = new Int32Array(drafts.length);
  const order = Array.from(drafts.keys()).sort((i, j) => byPrecision(drafts[i]!, drafts[j]!));
  for (const i of order) {
    const d = drafts[i]!;
    const pd = prep(d, ctx.stats);
    spread(pd, ctx.stats, true);
    let target: Cluster | null = null;
    let targetTo: Draft | null = null;
    let targetScore = 0;
    let targetRank = 0;
    // the clusters that fit, the most promising first: once the best found beats what a
    // cluster could reach at most, it and the rest need not be weighed. The one chosen is the
    // same as weighing all in the candidates' order: the best score, the earliest of a tie.
    const q = probe(d, pd, ctx);
    const candidates = index.candidates(d);
    // the fitting ones by bound, highest first, the earlier candidate of a tie (at most
    // MAX_CANDIDATES: an insertion into typed arrays, where objects and a sort allocated)
    let fitting = 0;
    for (let rank = 0; rank < candidates.length; rank++) {
      const c = candidates[rank]!;
      if (!fits(c, d, pd, ctx.stats)) continue;
      const bound = summaries.bound(c.order, q, weights) + BOUND_SLACK;
      if (!summaries.canLink) continue;
      let at = fitting++;
      for (; at > 0 && fitBounds[at - 1]! < bound; at--) {
        fitBounds[at] = fitBounds[at - 1]!;
        fitRanks[at] = fitRanks[at - 1]!;
      }
      fitBounds[at] = bound;
      fitRanks[at] = rank;
    }
    for (let f = 0; f < fitting; f++) {
      const bound = fitBounds[f]!;
      const rank = fitRanks[f]!;
      const c = candidates[rank]!;
      if (bound < ctx.threshold || (target && bound < targetScore)) break;
      // the bound again with the words worked out: weighing the members costs more
      const words = wordsAtMost(c.drafts, c.preps, d, pd, ctx.stats, memberCos);
      const tight = summaries.bound(c.order, q, weights, words) + BOUND_SLACK;
      if (!summaries.canLink || tight < ctx.threshold || (target && tight < targetScore)) continue;
      const score = bestPair(c, d, pd, ctx, memberCos);
      if (
        score === score &&
        paired.linked &&
        (!target || score > targetScore || (score === targetScore && rank < targetRank))
      ) {
        target = c;
        targetTo = paired.to;
        targetScore = score;
        targetRank = rank;
      }
    }
    spread(pd, ctx.stats, false);
    if (target && targetTo) {
      if (target.preps.length < MAX_MEMBERS) summaries.add(target.order, pd, d, ctx.stats, false);
      add(target, d, pd);
      if (trace)
        trace.joins.set(d, { to: targetTo, evidence: explainPair(targetTo, d, ctx).evidence });
      index.add(target, d);
      clusterOf[i] = target.order;
    } else {
      const c: Cluster = {
        order: clusters.length,
        drafts: [d],
        preps: [pd],
        best: d,
        ...modRange(d.date),
        families: d.family && !isWeakFamily(d.family) ? [d.family] : [],
      };
      clusters.push(c);
      summaries.add(c.order, pd, d, ctx.stats, true);
      index.add(c, d);
      clusterOf[i] = c.order;
    }
  }
  // mentions in the order the articles give them, for stable summaries and ids; grouped in
  // one pass (a filter over all mentions per cluster made 16,000 one-mention events take 10 s)
  const members = clusters.map((): Draft[] => []);
  drafts.forEach((d, i) => members[clusterOf[i]!]!.push(d));
  const live = clusters.map((c) => ({ ...c, drafts: members[c.order]! }));
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

function add(c: Cluster, d: Draft, pd: Prepared): void {
  c.drafts.push(d);
  if (c.preps.length < MAX_MEMBERS) c.preps.push(pd);
  if (d.family && !isWeakFamily(d.family) && !c.families.includes(d.family))
    c.families.push(d.family);
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
  const actors = [...new Set(c.drafts.flatMap((d) => d.actors.map((a) => a.id)))];
  // day-precise mentions that give different days: the sources disagree; the event takes the
  // day most of them give (the earliest of a tie) and lists the others
  const days = new Map<string, number[]>();
  c.drafts.forEach((d, i) => {
    if (d.date.precision !== 'day') return;
    const list = days.get(d.date.value);
    if (list) list.push(i);
    else days.set(d.date.value, [i]);
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
  // events that happened, by type, in order of their start: an expectation looks only at
  // those inside its own period (a binary search), not at every event of its type
  const byType = new Map<string, number[]>();
  clusters.forEach((o, j) => {
    if (o.best.expected) return;
    const list = byType.get(events[j]!.type);
    if (list) list.push(j);
    else byType.set(events[j]!.type, [j]);
  });
  for (const list of byType.values())
    list.sort((x, y) => clusters[x]!.start - clusters[y]!.start || x - y);
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
    const list = byType.get(events[i]!.type) ?? [];
    let lo = 0;
    for (let hi = list.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (clusters[list[mid]!]!.start < c.start) lo = mid + 1;
      else hi = mid;
    }
    let best = -1;
    let bestScore = 0;
    for (let k = lo; k < list.length && clusters[list[k]!]!.start <= c.end; k++) {
      const j = list[k]!;
      const o = clusters[j]!;
      if (!contains(c, o)) continue;
      if (written && isoDay(o.start) <= written) continue;
      if (!events[j]!.actors.some((a) => actors.has(a))) continue;
      let overlap = 1;
      for (const w of summaryWords(j)) if (mine.has(w)) overlap++;
      // the earliest cluster wins a tie, as when every event of the type was looked at
      if (overlap > bestScore || (overlap === bestScore && j < best))
        [best, bestScore] = [j, overlap];
    }
    if (best >= 0) events[i]!.relations = [{ type: 'anticipates', event: events[best]!.id }];
  });
}
