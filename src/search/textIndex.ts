// Token index over event summaries and the source sentences of their mentions, built
// once per data load. Lookups are prefix matches on sorted tokens, so typing part of a
// word already narrows the list.
import type { Timeline } from '../model';
import { foldWord, forEachWord, matchForms, tokenize } from './arabic';
import { intersect, union } from './sortedSets';

export interface TextIndex {
  eventCount: number;
  /** Distinct token forms, sorted by code unit. */
  tokens: string[];
  /** postings of tokens[k] = events.subarray(offsets[k], offsets[k + 1]), ascending. */
  offsets: Uint32Array;
  events: Uint32Array;
}

/** Grows a Uint32Array by doubling; avoids millions of boxed numbers at 100k events. */
class U32Builder {
  data = new Uint32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** Calls back with each searchable text region of an event: its summary and the sentence
 * of every mention (as offsets into the paragraph, so nothing is copied). */
function forEachText(
  timeline: Timeline,
  paragraphs: Map<string, string[]>,
  eventIndex: number,
  cb: (text: string, start: number, end: number) => void,
): void {
  const e = timeline.events[eventIndex];
  if (!e) return;
  cb(e.summary.ar, 0, e.summary.ar.length);
  for (const m of e.mentions) {
    const p = paragraphs.get(m.articleId)?.[m.paragraph];
    if (p !== undefined) cb(p, Math.max(0, m.sentence.start), Math.min(p.length, m.sentence.end));
  }
}

function paragraphMap(timeline: Timeline): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const a of timeline.articles) {
    const texts: string[] = [];
    for (const p of a.paragraphs) texts[p.index] = p.text;
    map.set(a.id, texts);
  }
  return map;
}

/** The texts an event is searchable by. */
export function eventTexts(timeline: Timeline, eventIndex: number): string[] {
  const out: string[] = [];
  forEachText(timeline, paragraphMap(timeline), eventIndex, (t, s, e) => out.push(t.slice(s, e)));
  return out;
}

/**
 * Builds the index a slice of events at a time, so it can run in idle time after the data
 * loads (at 100k events the whole build is a long task) and finish at once when needed.
 */
export class TextIndexBuilder {
  private readonly ids = new Map<string, number>();
  private readonly lastSeen = new U32Builder(); // per token id: 1 + last event indexed under it
  private readonly pairTokens = new U32Builder();
  private readonly pairEvents = new U32Builder();
  // One lookup per written word: its token ids, resolved the first time it is seen.
  private readonly wordIds = new Map<string, number[]>();
  private readonly paragraphs: Map<string, string[]>;
  private next = 0;
  private result: TextIndex | null = null;

  constructor(private readonly timeline: Timeline) {
    this.paragraphs = paragraphMap(timeline);
  }

  private idsOf(word: string): number[] {
    const out: number[] = [];
    for (const token of foldWord(word))
      for (const form of matchForms(token)) {
        let id = this.ids.get(form);
        if (id === undefined) {
          id = this.ids.size;
          this.ids.set(form, id);
          this.lastSeen.push(0);
        }
        out.push(id);
      }
    this.wordIds.set(word, out);
    return out;
  }

  private readonly add = (word: string) => {
    const stamp = this.next + 1;
    for (const id of this.wordIds.get(word) ?? this.idsOf(word)) {
      if (this.lastSeen.data[id] === stamp) continue;
      this.lastSeen.data[id] = stamp;
      this.pairTokens.push(id);
      this.pairEvents.push(this.next);
    }
  };

  private readonly scan = (text: string, start: number, end: number) =>
    forEachWord(text, start, end, this.add);

  /** Indexes events until `budgetMs` has passed; true once every event is indexed. */
  step(budgetMs: number): boolean {
    const until = performance.now() + budgetMs;
    const n = this.timeline.events.length;
    while (this.next < n) {
      forEachText(this.timeline, this.paragraphs, this.next, this.scan);
      this.next++;
      if ((this.next & 255) === 0 && performance.now() >= until) break;
    }
    return this.next >= n;
  }

  /** The finished index (indexing what is left first). */
  finish(): TextIndex {
    if (this.result) return this.result;
    this.step(Infinity);
    const { ids, pairTokens, pairEvents } = this;
    const tokens = [...ids.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const rank = new Uint32Array(ids.size);
    tokens.forEach((t, k) => (rank[ids.get(t)!] = k));
    // Counting sort of the (token, event) pairs by token rank; events stay ascending.
    const offsets = new Uint32Array(tokens.length + 1);
    for (let p = 0; p < pairTokens.length; p++) offsets[rank[pairTokens.data[p]!]! + 1]!++;
    for (let k = 1; k <= tokens.length; k++) offsets[k]! += offsets[k - 1]!;
    const events = new Uint32Array(pairTokens.length);
    const fill = offsets.slice(0, tokens.length);
    for (let p = 0; p < pairTokens.length; p++)
      events[fill[rank[pairTokens.data[p]!]!]!++] = pairEvents.data[p]!;
    this.result = { eventCount: this.timeline.events.length, tokens, offsets, events };
    return this.result;
  }
}

export function buildTextIndex(timeline: Timeline): TextIndex {
  return new TextIndexBuilder(timeline).finish();
}

function lowerBound(tokens: string[], q: string): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]! < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Events with a token that starts with the given form. */
function prefixPostings(index: TextIndex, form: string): Uint32Array[] {
  const lists: Uint32Array[] = [];
  for (let k = lowerBound(index.tokens, form); k < index.tokens.length; k++) {
    if (!index.tokens[k]!.startsWith(form)) break;
    lists.push(index.events.subarray(index.offsets[k]!, index.offsets[k + 1]!));
  }
  return lists;
}

/** Events matching every word of the query (as a prefix); null for an empty query. */
export function searchText(index: TextIndex, query: string): Uint32Array | null {
  const words = tokenize(query);
  if (words.length === 0) return null;
  let result: Uint32Array | null = null;
  for (const w of words) {
    const lists = matchForms(w).flatMap((f) => prefixPostings(index, f));
    const hits = union(lists, index.eventCount);
    result = result === null ? hits : intersect(result, hits);
    if (result.length === 0) break;
  }
  return result;
}
