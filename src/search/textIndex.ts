// Token index over event summaries and the source sentences of their mentions, built
// once per data load. Lookups are prefix matches on sorted tokens, so typing part of a
// word already narrows the list.
import type { Timeline } from '../model';
import { matchForms, tokenize } from './arabic';
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

/** The texts an event is searchable by. */
export function eventTexts(timeline: Timeline, eventIndex: number): string[] {
  const e = timeline.events[eventIndex];
  if (!e) return [];
  const texts = [e.summary.ar];
  for (const m of e.mentions) {
    const p = paragraphText(timeline, m.articleId, m.paragraph);
    if (p !== undefined) texts.push(p.slice(m.sentence.start, m.sentence.end));
  }
  return texts;
}

let paragraphCache: { timeline: Timeline; map: Map<string, string[]> } | null = null;
function paragraphText(timeline: Timeline, articleId: string, paragraph: number) {
  if (paragraphCache?.timeline !== timeline) {
    const map = new Map<string, string[]>();
    for (const a of timeline.articles) {
      const texts: string[] = [];
      for (const p of a.paragraphs) texts[p.index] = p.text;
      map.set(a.id, texts);
    }
    paragraphCache = { timeline, map };
  }
  return paragraphCache.map.get(articleId)?.[paragraph];
}

export function buildTextIndex(timeline: Timeline): TextIndex {
  const ids = new Map<string, number>();
  const lastSeen = new U32Builder(); // per token id: 1 + last event indexed under it
  const pairTokens = new U32Builder();
  const pairEvents = new U32Builder();
  const n = timeline.events.length;
  for (let i = 0; i < n; i++) {
    for (const text of eventTexts(timeline, i))
      for (const token of tokenize(text))
        for (const form of matchForms(token)) {
          let id = ids.get(form);
          if (id === undefined) {
            id = ids.size;
            ids.set(form, id);
            lastSeen.push(0);
          }
          if (lastSeen.data[id] === i + 1) continue;
          lastSeen.data[id] = i + 1;
          pairTokens.push(id);
          pairEvents.push(i);
        }
  }
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
  return { eventCount: n, tokens, offsets, events };
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
