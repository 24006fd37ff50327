// The timeline as the page holds it: the companion's columns (typed-array views, no object per
// event, mention or paragraph) with accessors that build the contract's objects on demand. The
// head (events, summaries, actors) draws, filters and lists the timeline; the body (mentions,
// articles, paragraph texts) may arrive after it (`attachBody`). Until then `hasSources` is false
// and whatever reads a source waits for `sources`.
import {
  COMPANION_VERSION,
  decodeBody,
  decodeHead,
  encodeCompanion,
  MAX_HEADER_BYTES,
  NONE,
  readHeader,
  unpackDay,
  type BodyColumns,
  type CompanionHeader,
  type HeadColumns,
} from './companion';
import type {
  Actor,
  Article,
  EventType,
  Mention,
  Paragraph,
  Timeline,
  TimelineDate,
  TimelineEvent,
  Undated,
} from './schema';
import { eventTypes, mods, precisions, publishedSources, SCHEMA_VERSION } from './vocabulary';

export type ArticleMeta = Omit<Article, 'paragraphs'>;
export type Relation = NonNullable<TimelineEvent['relations']>[number];

/** A mention of an article, as the reader lists them: the event and the mention's number. */
export interface ArticleMention {
  event: number;
  mention: number;
}

/** Summaries decoded lately; labels and list rows ask for the same few again and again. */
const SUMMARY_CACHE = 4096;

export class TimelineStore {
  readonly schemaVersion = SCHEMA_VERSION;
  readonly title: Timeline['title'];
  readonly subtitle: Timeline['subtitle'];
  readonly sides: Timeline['sides'];
  readonly actors: Actor[];
  readonly undated: Undated[];
  readonly eventCount: number;
  /** Resolves when the body is in (at once when it came with the head). */
  readonly sources: Promise<void>;

  private b: BodyColumns | null = null;
  private resolveSources!: () => void;
  private readonly listeners = new Set<() => void>();
  private readonly summaryCache = new Map<number, string>();
  private readonly relations = new Map<number, Relation[]>();
  private readonly disagreement = new Map<number, NonNullable<TimelineDate['disagreement']>>();
  private incomingIndex: Map<string, { from: number; type: string }[]> | null = null;
  private articleByPool: Int32Array | null = null;
  private articleMentionIndex: { offsets: Uint32Array; mentions: Uint32Array } | null = null;
  private mentionEvent: Uint32Array | null = null;
  private ranks: Uint32Array | null = null;

  constructor(
    readonly header: CompanionHeader,
    readonly c: HeadColumns,
  ) {
    const meta = c.meta;
    this.title = meta.title;
    this.subtitle = meta.subtitle;
    this.sides = meta.sides;
    this.actors = meta.actors;
    this.undated = meta.undated;
    this.eventCount = c.eventId.length;
    for (const [i, r] of meta.relations) this.relations.set(i, r);
    for (const [i, d] of meta.disagreement) this.disagreement.set(i, d);
    this.sources = new Promise((resolve) => (this.resolveSources = resolve));
  }

  // ------------------------------------------------------------------------ the body

  get hasSources(): boolean {
    return this.b !== null;
  }

  /** The body's bytes, from file offset `base` (0 for a buffer of the whole file). */
  attachBody(buffer: ArrayBuffer, base = this.header.headBytes): void {
    if (this.b) return;
    this.b = decodeBody(buffer, this.header, this.c, base);
    this.resolveSources();
    for (const l of this.listeners) l();
  }

  private get body(): BodyColumns {
    if (!this.b) throw new Error('the sources of the timeline have not arrived yet');
    return this.b;
  }

  /** Articles: 0 until the body is in. */
  get articleCount(): number {
    return this.b ? this.b.articleId.length : 0;
  }

  /** Called once the body arrives (for useSyncExternalStore); returns the unsubscribe. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  // ---------------------------------------------------------------------------- events

  eventId(i: number): string {
    return this.c.pool.get(this.c.eventId[i]!);
  }

  /** Each event's place in id order (ties in file order): comparing two ranks is comparing two
   * ids, with no string decoded. */
  get idRanks(): Uint32Array {
    if (!this.ranks) {
      const order = this.c.eventIdOrder;
      this.ranks = new Uint32Array(order.length);
      for (let k = 0; k < order.length; k++) this.ranks[order[k]!] = k;
    }
    return this.ranks;
  }

  /** The index of the event with this id, or -1 (a binary search over the id order). */
  eventIndex(id: string): number {
    const order = this.c.eventIdOrder;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.eventId(order[mid]!) < id) lo = mid + 1;
      else hi = mid;
    }
    return lo < order.length && this.eventId(order[lo]!) === id ? order[lo]! : -1;
  }

  type(i: number): EventType {
    return eventTypes[this.c.eventType[i]!]!;
  }

  date(i: number): TimelineDate {
    const c = this.c;
    const mod = c.eventMod[i]!;
    const d: TimelineDate = {
      value: c.pool.get(c.eventValue[i]!),
      precision: precisions[c.eventPrecision[i]!]!,
      mod: mod === 255 ? null : mods[mod]!,
      start: unpackDay(c.eventStart[i]!),
      end: unpackDay(c.eventEnd[i]!),
    };
    const dis = this.disagreement.get(i);
    if (dis) d.disagreement = dis;
    return d;
  }

  summary(i: number): string {
    let s = this.summaryCache.get(i);
    if (s === undefined) {
      s = this.c.summaries.get(i);
      if (this.summaryCache.size >= SUMMARY_CACHE) this.summaryCache.clear();
      this.summaryCache.set(i, s);
    }
    return s;
  }

  /** The event's actors as pool references (cheap: a view, no strings). */
  actorRefs(i: number): Uint32Array {
    const o = this.c.eventActorOffsets;
    return this.c.eventActors.subarray(o[i]!, o[i + 1]!);
  }

  /** Any string of the pool by reference (actor ids from actorRefs …). */
  poolString(ref: number): string {
    return this.c.pool.get(ref);
  }

  eventActors(i: number): string[] {
    return Array.from(this.actorRefs(i), (r) => this.c.pool.get(r));
  }

  mentionCount(i: number): number {
    const o = this.c.eventMentionOffsets;
    return o[i + 1]! - o[i]!;
  }

  /** The distinct articles reporting the event. */
  sourceCount(i: number): number {
    const o = this.c.eventMentionOffsets;
    const seen = new Set<number>();
    const articles = this.body.mentionArticle;
    for (let k = o[i]!; k < o[i + 1]!; k++) seen.add(articles[k]!);
    return seen.size;
  }

  /** Mention k of the whole file (not of one event). */
  private mentionAt(k: number): Mention {
    const c = this.body;
    const value = c.timexValue[k]!;
    const actors: Mention['actors'] = [];
    for (let j = c.mentionActorOffsets[k]!; j < c.mentionActorOffsets[k + 1]!; j++)
      actors.push({
        start: c.mentionActorStart[j]!,
        end: c.mentionActorEnd[j]!,
        id: c.pool.get(c.mentionActorId[j]!),
      });
    const timex: Mention['timex'] = {
      start: c.timexStart[k]!,
      end: c.timexEnd[k]!,
      text: c.pool.get(c.timexText[k]!),
    };
    if (value !== NONE) timex.value = c.pool.get(value);
    return {
      articleId: c.pool.get(c.mentionArticle[k]!),
      paragraph: c.mentionParagraph[k]!,
      sentence: { start: c.sentenceStart[k]!, end: c.sentenceEnd[k]! },
      timex,
      actors,
    };
  }

  mentions(i: number): Mention[] {
    const o = this.c.eventMentionOffsets;
    const out: Mention[] = [];
    for (let k = o[i]!; k < o[i + 1]!; k++) out.push(this.mentionAt(k));
    return out;
  }

  /** The paragraph a mention cites and its sentence's offsets in it (for search): null when
   * the file has no such paragraph. Needs the body. */
  mentionSentence(i: number, m: number): { text: string; start: number; end: number } | null {
    const c = this.body;
    const j = this.c.eventMentionOffsets[i]! + m;
    const text = this.paragraphText(
      this.articleOfRef(c.mentionArticle[j]!),
      c.mentionParagraph[j]!,
    );
    return text === undefined ? null : { text, start: c.sentenceStart[j]!, end: c.sentenceEnd[j]! };
  }

  relationsOf(i: number): Relation[] | undefined {
    return this.relations.get(i);
  }

  /** Events whose relations point at this one. */
  incoming(id: string): { from: number; type: string }[] {
    if (!this.incomingIndex) {
      const index = new Map<string, { from: number; type: string }[]>();
      for (const [from, list] of this.relations)
        for (const r of list)
          index.set(r.event, [...(index.get(r.event) ?? []), { from, type: r.type }]);
      this.incomingIndex = index;
    }
    return this.incomingIndex.get(id) ?? [];
  }

  /** The event as the contract has it, in the schema's key order. */
  event(i: number): TimelineEvent {
    const e: TimelineEvent = {
      id: this.eventId(i),
      date: this.date(i),
      type: this.type(i),
      summary: { ar: this.summary(i) },
      actors: this.eventActors(i),
      mentions: this.mentions(i),
    };
    const r = this.relations.get(i);
    if (r) e.relations = r;
    return e;
  }

  // -------------------------------------------------------------------------- articles

  /** The article index of a body-pool reference (an article id), or -1. */
  private articleOfRef(ref: number): number {
    if (!this.articleByPool) {
      const c = this.body;
      const map = new Int32Array(c.pool.size).fill(-1);
      // The first article with an id wins, as a lookup in the file's order would.
      for (let k = this.articleCount - 1; k >= 0; k--) map[c.articleId[k]!] = k;
      this.articleByPool = map;
    }
    return ref < this.articleByPool.length ? this.articleByPool[ref]! : -1;
  }

  /** The index of the article with this id, or -1 (the first of that id in file order): a
   * binary search over the id order, as for events (a scan decoded every id, and the undated
   * list asks for a hundred titles at once). */
  articleIndex(id: string): number {
    const c = this.b;
    if (!c) return -1;
    const order = c.articleIdOrder;
    const idOf = (k: number) => c.pool.get(c.articleId[order[k]!]!);
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (idOf(mid) < id) lo = mid + 1;
      else hi = mid;
    }
    return lo < order.length && idOf(lo) === id ? order[lo]! : -1;
  }

  article(k: number): ArticleMeta {
    const c = this.body;
    const published = c.articlePublished[k]!;
    const source = c.articleSource[k]!;
    const opt = (ref: number) => (ref === NONE ? null : c.pool.get(ref));
    return {
      id: c.pool.get(c.articleId[k]!),
      title: c.pool.get(c.articleTitle[k]!),
      outlet: opt(c.articleOutlet[k]!),
      published: published === NONE ? null : unpackDay(published),
      url: opt(c.articleUrl[k]!),
      publishedSource: source === 0 ? null : publishedSources[source - 1]!,
    };
  }

  /** The article a mention cites: by the mention's own reference, no id comparison. */
  articleOfMention(event: number, mention: number): number {
    return this.articleOfRef(
      this.body.mentionArticle[this.c.eventMentionOffsets[event]! + mention]!,
    );
  }

  /** The paragraph numbers the article has, in file order. */
  paragraphNumbers(k: number): Uint32Array {
    const c = this.body;
    const o = c.articleParagraphOffsets;
    return c.paragraphIndex.subarray(o[k]!, o[k + 1]!);
  }

  /** A paragraph's text; undefined when the article has no such paragraph (or k is -1). */
  paragraphText(k: number, paragraph: number): string | undefined {
    if (k < 0) return undefined;
    const c = this.body;
    const o = c.articleParagraphOffsets;
    for (let j = o[k]!; j < o[k + 1]!; j++)
      if (c.paragraphIndex[j] === paragraph) return c.texts.get(j);
    return undefined;
  }

  /** The article's paragraph at a position (not a paragraph number), as the file lists them. */
  paragraphAt(k: number, position: number): Paragraph | undefined {
    const c = this.body;
    const j = c.articleParagraphOffsets[k]! + position;
    if (position < 0 || j >= c.articleParagraphOffsets[k + 1]!) return undefined;
    return { index: c.paragraphIndex[j]!, text: c.texts.get(j) };
  }

  /** The article's paragraphs. */
  paragraphs(k: number): Paragraph[] {
    const c = this.body;
    const o = c.articleParagraphOffsets;
    const out: Paragraph[] = [];
    for (let j = o[k]!; j < o[k + 1]!; j++)
      out.push({ index: c.paragraphIndex[j]!, text: c.texts.get(j) });
    return out;
  }

  /** The event each mention of the file belongs to. */
  private mentionEvents(): Uint32Array {
    if (!this.mentionEvent) {
      const o = this.c.eventMentionOffsets;
      const out = new Uint32Array(o[this.eventCount]!);
      for (let i = 0; i < this.eventCount; i++) out.fill(i, o[i]!, o[i + 1]!);
      this.mentionEvent = out;
    }
    return this.mentionEvent;
  }

  /** Every mention of an article, in event order: one pass over the mentions, once per file. */
  articleMentions(k: number): { event: number; mention: Mention }[] {
    if (!this.articleMentionIndex) {
      const refs = this.body.mentionArticle;
      const counts = new Uint32Array(this.articleCount + 1);
      for (let j = 0; j < refs.length; j++) {
        const a = this.articleOfRef(refs[j]!);
        if (a >= 0) counts[a + 1]!++;
      }
      for (let a = 1; a <= this.articleCount; a++) counts[a]! += counts[a - 1]!;
      const fill = counts.slice(0, this.articleCount);
      const mentions = new Uint32Array(counts[this.articleCount]!);
      for (let j = 0; j < refs.length; j++) {
        const a = this.articleOfRef(refs[j]!);
        if (a >= 0) mentions[fill[a]!++] = j;
      }
      this.articleMentionIndex = { offsets: counts, mentions };
    }
    const { offsets, mentions } = this.articleMentionIndex;
    const events = this.mentionEvents();
    return Array.from(mentions.subarray(offsets[k]!, offsets[k + 1]!), (j) => ({
      event: events[j]!,
      mention: this.mentionAt(j),
    }));
  }

  /** The article as the contract has it. */
  fullArticle(k: number): Article {
    return { ...this.article(k), paragraphs: this.paragraphs(k) };
  }

  /** The whole timeline as the contract's objects (export, linking): needs the body. */
  toTimeline(): Timeline {
    return {
      schemaVersion: SCHEMA_VERSION,
      ...(this.title ? { title: this.title } : {}),
      ...(this.subtitle ? { subtitle: this.subtitle } : {}),
      ...(this.sides ? { sides: this.sides } : {}),
      articles: Array.from({ length: this.articleCount }, (_, k) => this.fullArticle(k)),
      actors: this.actors,
      events: Array.from({ length: this.eventCount }, (_, i) => this.event(i)),
      undated: this.undated,
    };
  }
}

/** A store over a whole companion file (head and texts in one buffer). */
export function openCompanion(buffer: ArrayBuffer): TimelineStore {
  const header = readHeader(
    new Uint8Array(buffer, 0, Math.min(buffer.byteLength, MAX_HEADER_BYTES)),
  );
  const store = new TimelineStore(header, decodeHead(buffer, header));
  store.attachBody(buffer, 0);
  return store;
}

/** A store for a timeline already in memory (tests, the user's own articles): encoded and read
 * back, so that every store is read the same way. */
export function storeOf(t: Timeline): TimelineStore {
  const bytes = encodeCompanion(t);
  return openCompanion(bytes.buffer as ArrayBuffer);
}

export { COMPANION_VERSION };
