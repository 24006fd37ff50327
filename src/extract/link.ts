// Merges mentions of one happening into events: compatible dates (one range holds the
// other), compatible types, shared actors; expectations stay apart from what happened
// and are linked to it with `anticipates`.
import type { EventType, TimelineEvent } from '../model';
import {
  modRange,
  fromDayNumber,
  isoDay,
  monthValue,
  weekValue,
  yearValue,
  type DateValue,
} from './calendar';
import type { Draft } from './article';
import { isSpecific } from './events';

const PRECISION_RANK = { day: 0, week: 1, month: 2, year: 3 } as const;
/** Countries take part in nearly every event of this subject; alone they do not tie two mentions. */
const BROAD = new Set(['us', 'iraq']);

interface Cluster {
  order: number;
  /** Merged into another cluster: left in the indexes, skipped. */
  merged?: boolean;
  drafts: Draft[];
  type: EventType;
  start: number;
  end: number;
  best: Draft; // the most precise date
  actors: Set<string>;
  /** Keys of the sentences its mentions come from. */
  sentences: Set<string>;
  expected: boolean;
}

const contains = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start <= b.start && b.end <= a.end;

function datesFit(a: Cluster, d: Draft): boolean {
  // «نهاية العام» is the year's last stretch, not any day of it
  const r = modRange(d.date);
  if (!(contains(a, r) || contains(r, a))) return false;
  // a START and an END of the same period are two moments
  const m1 = a.best.date.mod;
  const m2 = d.date.mod;
  return !(m1 && m2 && m1 !== m2 && a.best.date.value === d.date.value);
}

/** Kinds of happening that one report may call by another name (a visit is held as talks); a
 * threat is its own happening, not the attack it answers or announces. */
const FAMILY: Partial<Record<EventType, string>> = {
  talks: 'diplomacy',
  visit: 'diplomacy',
  agreement: 'diplomacy',
  withdrawal: 'forces',
  'military-deployment': 'forces',
  invasion: 'forces',
  attack: 'violence',
};

type TypeRelation = 'same' | 'weak' | 'family' | 'clash';
function typeRelation(a: EventType, b: EventType): TypeRelation {
  if (a === b) return 'same';
  // saying or reporting that something happened is compatible with what happened
  if (!isSpecific(a) || !isSpecific(b)) return 'weak';
  return FAMILY[a] && FAMILY[a] === FAMILY[b] ? 'family' : 'clash';
}

/**
 * Whether a mention reports the happening of an event. The dates must fit (one period
 * holds the other); then the more the dates differ in precision, the more the mention
 * must share: a distinctive actor (not just the two countries), or the same kind.
 */
/** Happenings rare enough that two reports of one kind in one period are one happening. */
const RARE = new Set<EventType>(['invasion', 'withdrawal', 'agreement', 'military-deployment']);

const sentenceKey = (d: Draft) => `${d.articleId}:${d.paragraph}:${d.sentence.start}`;
const sameSentence = (c: Cluster, d: Draft) => c.sentences.has(sentenceKey(d));

function compatible(c: Cluster, d: Draft): boolean {
  if (!datesFit(c, d)) return false;
  const sameValue = c.best.date.value === d.date.value;
  // an expectation stays apart from the report of what came of it when it named only a year
  // («later this year»); a plan for a month or a day is the happening, announced
  if (c.expected !== d.expected && !sameValue) {
    const plan = c.expected ? c.best.date : d.date;
    if (plan.precision === 'year') return false;
  }
  const rel = typeRelation(c.type, d.type);
  if (rel === 'clash') return false;
  // «الأسبوع المقبل، يوم 22 يوليو»: two dates of one sentence, one inside the other
  if (sameSentence(c, d)) return true;
  if (rel === 'same' && RARE.has(d.type)) return true;
  const ids = new Set(d.actors.map((a) => a.id));
  const shared = [...ids].filter((id) => c.actors.has(id));
  const distinctive = shared.some((id) => !BROAD.has(id));
  if (sameValue)
    return (
      distinctive ||
      (shared.length > 0 && rel !== 'family') ||
      (rel === 'same' && isSpecific(c.type) && (ids.size === 0 || c.actors.size === 0))
    );
  if (rel === 'same') return distinctive;
  return distinctive && rel !== 'family';
}

function add(c: Cluster, d: Draft): void {
  c.drafts.push(d);
  c.sentences.add(sentenceKey(d));
  for (const a of d.actors) c.actors.add(a.id);
  if (!isSpecific(c.type) && isSpecific(d.type)) c.type = d.type;
  else if (c.type === 'other') c.type = d.type;
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

const holding = new Map<string, string[]>();

/** The values of the periods that hold this one, itself included (a day: its week, month, year). */
function holdingValues(d: DateValue): string[] {
  const key = `${d.value}|${d.start}|${d.end}`;
  let out = holding.get(key);
  if (!out) {
    if (holding.size > 50_000) holding.clear();
    const first = fromDayNumber(d.start);
    const last = fromDayNumber(d.end);
    const set = new Set([d.value, yearValue(first.y).value, yearValue(last.y).value]);
    if (d.precision === 'day' || d.precision === 'week') {
      if (first.y === last.y && first.m === last.m) set.add(monthValue(first.y, first.m).value);
      if (d.precision === 'day') set.add(weekValue(d.start).value);
    }
    out = [...set];
    holding.set(key, out);
  }
  return out;
}

const yearsOf = (start: number, end: number) =>
  new Set([fromDayNumber(start).y, fromDayNumber(end).y]);

/**
 * Candidate events for a mention, from indexes instead of a scan. An event that fits holds
 * the mention's date or lies inside it, and then (see compatible) it has the same value, or
 * a distinctive actor of the mention in that year, or the mention's rare kind in that year,
 * or a mention in the same sentence: one index for each.
 */
class ClusterIndex {
  private byValue = new Map<string, Set<Cluster>>();
  private byYearActor = new Map<string, Set<Cluster>>();
  private byYearKind = new Map<string, Set<Cluster>>();
  private bySentence = new Map<string, Set<Cluster>>();

  private put(map: Map<string, Set<Cluster>>, key: string, c: Cluster): void {
    const set = map.get(key);
    if (set) set.add(c);
    else map.set(key, new Set([c]));
  }

  /**
   * Files a cluster under what it gained from its new mentions: its (possibly new) best value,
   * kind and period, and the actors and sentences of `added`. Only the new mentions are
   * visited, so linking stays linear in the number of mentions; keys the cluster no longer
   * has are left behind and filtered by `compatible`.
   */
  index(c: Cluster, added: readonly Draft[]): void {
    this.put(this.byValue, c.best.date.value, c);
    for (const y of yearsOf(c.start, c.end)) {
      for (const d of added)
        for (const a of d.actors)
          if (!BROAD.has(a.id)) this.put(this.byYearActor, `${y}|${a.id}`, c);
      this.put(this.byYearKind, `${y}|${c.type}`, c);
    }
    for (const d of added) this.put(this.bySentence, sentenceKey(d), c);
  }

  candidates(d: Draft): Cluster[] {
    const found = new Set<Cluster>();
    const from = (set: Set<Cluster> | undefined) => {
      if (set) for (const c of set) found.add(c);
    };
    for (const v of holdingValues(d.date)) from(this.byValue.get(v));
    for (const y of yearsOf(d.date.start, d.date.end)) {
      for (const a of d.actors) if (!BROAD.has(a.id)) from(this.byYearActor.get(`${y}|${a.id}`));
      if (RARE.has(d.type)) from(this.byYearKind.get(`${y}|${d.type}`));
    }
    from(this.bySentence.get(sentenceKey(d)));
    return [...found].filter((c) => !c.merged).sort((a, b) => a.order - b.order);
  }
}

export function link(drafts: Draft[]): TimelineEvent[] {
  const clusters: Cluster[] = [];
  const index = new ClusterIndex();
  for (const d of drafts) {
    const fits = index.candidates(d).filter((c) => compatible(c, d));
    // the closest fit: most shared actors, then the nearest date
    const score = (c: Cluster) =>
      d.actors.filter((a) => c.actors.has(a.id)).length * 1000 - Math.abs(c.start - d.date.start);
    const target = fits.sort((a, b) => score(b) - score(a) || a.order - b.order)[0];
    if (target) {
      add(target, d);
      const added = [d];
      // the mention ties together every event it fits: they were one happening
      for (const other of fits.slice(1))
        if (other.best.date.value === target.best.date.value || compatible(target, other.best)) {
          for (const m of other.drafts) add(target, m);
          for (const m of other.drafts) added.push(m);
          other.merged = true;
        }
      // a cluster's period only narrows as it grows, so the years it was filed under still hold it
      index.index(target, added);
    } else {
      const c: Cluster = {
        order: clusters.length,
        drafts: [d],
        type: d.type,
        ...modRange(d.date),
        best: d,
        actors: new Set(d.actors.map((a) => a.id)),
        sentences: new Set([sentenceKey(d)]),
        expected: d.expected,
      };
      clusters.push(c);
      index.index(c, [d]);
    }
  }
  const live = clusters.filter((c) => !c.merged);
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
  const key = `${first.articleId}:${first.paragraph}:${first.timex.start}`;
  const actors: string[] = [];
  for (const d of c.drafts) for (const a of d.actors) if (!actors.includes(a.id)) actors.push(a.id);
  return {
    id: `${c.best.date.value.toLowerCase()}-${c.type}-${hash(key)}`,
    date: {
      value: c.best.date.value,
      precision: c.best.date.precision,
      mod: c.best.date.mod,
      start: isoDay(c.best.date.start),
      end: isoDay(c.best.date.end),
    },
    type: c.type,
    summary: { ar: informative.summary },
    actors,
    mentions: c.drafts.map((d) => ({
      articleId: d.articleId,
      paragraph: d.paragraph,
      sentence: d.sentence,
      timex: d.timex,
      actors: d.actors,
    })),
  };
}

const words = (s: string) => new Set(s.split(/[^\p{L}]+/u).filter((w) => w.length > 3));

/** An expectation anticipates the happening of its type that came after it was written. */
function anticipate(clusters: Cluster[], events: TimelineEvent[]): void {
  const byType = new Map<string, number[]>();
  clusters.forEach((o, j) => {
    if (!o.expected) byType.set(o.type, [...(byType.get(o.type) ?? []), j]);
  });
  clusters.forEach((c, i) => {
    if (!c.expected) return;
    const written = c.drafts[0]!.published;
    const mine = words(events[i]!.summary.ar);
    let best = -1;
    let bestScore = 0;
    for (const j of byType.get(c.type) ?? []) {
      const o = clusters[j]!;
      if (!contains(c, o)) continue;
      if (written && isoDay(o.start) <= written) continue;
      if (![...o.actors].some((a) => c.actors.has(a))) continue;
      const overlap = [...words(events[j]!.summary.ar)].filter((w) => mine.has(w)).length + 1;
      if (overlap > bestScore) [best, bestScore] = [j, overlap];
    }
    if (best >= 0) events[i]!.relations = [{ type: 'anticipates', event: events[best]!.id }];
  });
}
