// Token index over event summaries and the source sentences of their mentions, built
// once per data load. Lookups are prefix matches on sorted tokens, so typing part of a
// word already narrows the list.
import type { TimelineStore } from '../model/store';
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
  free(): void {
    this.data = new Uint32Array(0);
    this.length = 0;
  }
}

/** Calls back with each searchable text region of an event: its summary and the sentence
 * of every mention (as offsets into the paragraph, so nothing is copied). Needs the store's
 * body (the paragraph texts). */
function forEachText(
  timeline: TimelineStore,
  eventIndex: number,
  cb: (text: string, start: number, end: number) => void,
): void {
  if (eventIndex >= timeline.eventCount) return;
  const summary = timeline.summary(eventIndex);
  cb(summary, 0, summary.length);
  const count = timeline.mentionCount(eventIndex);
  for (let m = 0; m < count; m++) {
    const s = timeline.mentionSentence(eventIndex, m);
    if (s) cb(s.text, Math.max(0, s.start), Math.min(s.text.length, s.end));
  }
}

/** The texts an event is searchable by. */
export function eventTexts(timeline: TimelineStore, eventIndex: number): string[] {
  const out: string[] = [];
  forEachText(timeline, eventIndex, (t, s, e) => out.push(t.slice(s, e)));
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
  private next = 0;
  private result: TextIndex | null = null;

  constructor(private readonly timeline: TimelineStore) {}

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

  /** The sort of the (token, event) pairs by token, resumable: it is most of the work after
   * indexing (millions of pairs at 100k events), so it too runs in slices. */
  private sorting: {
    tokens: string[];
    rank: Uint32Array;
    offsets: Uint32Array;
    fill: Uint32Array | null;
    events: Uint32Array;
    counted: number;
    placed: number;
  } | null = null;

  /** Works until `budgetMs` has passed; true once the index is finished. */
  step(budgetMs: number): boolean {
    if (this.result) return true;
    const until = performance.now() + budgetMs;
    const n = this.timeline.eventCount;
    while (this.next < n) {
      forEachText(this.timeline, this.next, this.scan);
      this.next++;
      // Every 16 events: an event costs a few paragraph decodes, 256 of them overran a slice.
      if ((this.next & 15) === 0 && performance.now() >= until) return false;
    }
    const { ids, pairTokens, pairEvents } = this;
    if (!this.sorting) {
      const tokens = [...ids.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const rank = new Uint32Array(ids.size);
      tokens.forEach((t, k) => (rank[ids.get(t)!] = k));
      const offsets = new Uint32Array(tokens.length + 1);
      const events = new Uint32Array(pairTokens.length);
      this.sorting = { tokens, rank, offsets, fill: null, events, counted: 0, placed: 0 };
    }
    // Counting sort by token rank; events stay ascending within a token.
    const st = this.sorting;
    const slice = 1 << 16;
    const total = pairTokens.length;
    while (st.counted < total) {
      const end = Math.min(st.counted + slice, total);
      for (let p = st.counted; p < end; p++) st.offsets[st.rank[pairTokens.data[p]!]! + 1]!++;
      st.counted = end;
      if (performance.now() >= until && st.counted < total) return false;
    }
    if (!st.fill) {
      for (let k = 1; k <= st.tokens.length; k++) st.offsets[k]! += st.offsets[k - 1]!;
      st.fill = st.offsets.slice(0, st.tokens.length);
    }
    while (st.placed < total) {
      const end = Math.min(st.placed + slice, total);
      for (let p = st.placed; p < end; p++)
        st.events[st.fill[st.rank[pairTokens.data[p]!]!]!++] = pairEvents.data[p]!;
      st.placed = end;
      if (performance.now() >= until && st.placed < total) return false;
    }
    this.result = {
      eventCount: n,
      tokens: st.tokens,
      offsets: st.offsets,
      events: st.events,
    };
    // What only the build needed goes: at 100k events the pairs alone are ~20 MB.
    this.sorting = null;
    this.ids.clear();
    this.wordIds.clear();
    this.lastSeen.free();
    this.pairTokens.free();
    this.pairEvents.free();
    return true;
  }

  /** The finished index (doing what is left first). */
  finish(): TextIndex {
    this.step(Infinity);
    return this.result!;
  }
}

export function buildTextIndex(timeline: TimelineStore): TextIndex {
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
