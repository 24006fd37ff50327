// The compact companion of a timeline file (docs/data-contract.md, "Companion file"): the same
// timeline as columns of little-endian integers and UTF-8 string tables, which the page reads as
// typed-array views instead of building an object per event, mention and paragraph.
//
// Layout: a header (magic, versions, the head's and the file's length, a section table), the
// head's sections (everything but the paragraph texts), then the body (the paragraph texts), so
// that the timeline can be drawn when the head has arrived and the texts follow. Every section
// starts on an 8-byte boundary; padding is zeros, so the same timeline gives the same bytes.
import type { Timeline } from './schema';
import { eventTypes, mods, precisions, publishedSources, SCHEMA_VERSION } from './vocabulary';

export const COMPANION_MAGIC = 0x434c5441; // "ATLC" read as a little-endian u32
export const COMPANION_VERSION = 1;
/** "No value" in a u32 column (an absent outlet, url, timex value or publication day). */
export const NONE = 0xffffffff;

/** Section kinds, in file order: the head (what the timeline is drawn, filtered and listed
 * from), then the body (mentions, articles and their texts: what the details, the reader, the
 * search and the export read). */
export const S = {
  meta: 1,
  poolOffsets: 2,
  poolBytes: 3,
  eventId: 10,
  eventValue: 11,
  eventStart: 12,
  eventEnd: 13,
  eventPrecision: 14,
  eventMod: 15,
  eventType: 16,
  summaryOffsets: 17,
  summaryBytes: 18,
  eventActorOffsets: 19,
  eventActors: 20,
  eventMentionOffsets: 21,
  eventIdOrder: 22,
  bodyPoolOffsets: 29,
  bodyPoolBytes: 30,
  mentionArticle: 31,
  mentionParagraph: 32,
  sentenceStart: 33,
  sentenceEnd: 34,
  timexStart: 35,
  timexEnd: 36,
  timexText: 37,
  timexValue: 38,
  mentionActorOffsets: 39,
  mentionActorId: 40,
  mentionActorStart: 41,
  mentionActorEnd: 42,
  articleId: 50,
  articleTitle: 51,
  articleOutlet: 52,
  articlePublished: 53,
  articleUrl: 54,
  articleSource: 55,
  articleParagraphOffsets: 56,
  paragraphIndex: 57,
  articleIdOrder: 58,
  textOffsets: 70,
  textBytes: 71,
} as const;

type Kind = (typeof S)[keyof typeof S];
const KINDS = Object.values(S) as Kind[];
const FIRST_BODY_KIND: Kind = S.bodyPoolOffsets;
const isBody = (kind: number) => kind >= FIRST_BODY_KIND;
const U8_KINDS = new Set<Kind>([
  S.meta,
  S.poolBytes,
  S.bodyPoolBytes,
  S.summaryBytes,
  S.textBytes,
  S.eventPrecision,
  S.eventMod,
  S.eventType,
  S.articleSource,
]);

/** Header: 8 u32 (magic, version, schema version, head bytes, total bytes, JSON bytes lo/hi,
 * section count), then kind, offset and length (u32 each) per section. */
const FIXED_HEADER = 8;
export const headerBytes = (sections: number) => align((FIXED_HEADER + 3 * sections) * 4);
/** Enough bytes to read any version-1 header. */
export const MAX_HEADER_BYTES = headerBytes(KINDS.length);

function align(n: number): number {
  return Math.ceil(n / 8) * 8;
}

/** What is wrong with a companion file; the loader falls back to the JSON on it. */
export class CompanionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CompanionError';
  }
}

/** "2024-07-22" as 20240722: exact for any \d{4}-\d{2}-\d{2}, real day or not (the integrity
 * checks judge that, as for the JSON). */
export function packDay(iso: string): number {
  return Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

export function unpackDay(n: number): string {
  const y = Math.floor(n / 10000);
  const m = Math.floor(n / 100) % 100;
  const d = n % 100;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------- writing

/** Deduplicated strings, numbered in the order they are first seen. */
class Pool {
  private readonly ids = new Map<string, number>();
  readonly list: string[] = [];
  ref(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(s, id);
      this.list.push(s);
    }
    return id;
  }
  opt(s: string | null | undefined): number {
    return s === null || s === undefined ? NONE : this.ref(s);
  }
}

const encoder = new TextEncoder();

/** A string table: u32 byte offsets (count + 1) and the UTF-8 bytes. */
function stringTable(strings: readonly string[]): [Uint32Array, Uint8Array] {
  const parts = strings.map((s) => encoder.encode(s));
  const offsets = new Uint32Array(parts.length + 1);
  let total = 0;
  parts.forEach((p, i) => {
    total += p.length;
    offsets[i + 1] = total;
  });
  if (total > NONE) throw new CompanionError('a string table is over 4 GB');
  const bytes = new Uint8Array(total);
  parts.forEach((p, i) => bytes.set(p, offsets[i]!));
  return [offsets, bytes];
}

function u32(values: ArrayLike<number>, what: string): Uint32Array {
  const out = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isInteger(v) || v < 0 || v >= NONE)
      throw new CompanionError(`${what}: ${v} does not fit the companion's 32-bit columns`);
    out[i] = v;
  }
  return out;
}

export interface EncodeOptions {
  /** Byte length of the JSON file written beside it: the page uses the companion only when the
   * JSON it finds has that length (a companion left from an earlier run is then ignored). */
  jsonBytes?: number;
}

/** The companion of a timeline that passed the schema. */
export function encodeCompanion(t: Timeline, options: EncodeOptions = {}): Uint8Array<ArrayBuffer> {
  const pool = new Pool();
  const bodyPool = new Pool();
  const n = t.events.length;
  const sections = new Map<Kind, Uint8Array | Uint32Array>();
  const meta = {
    ...(t.title ? { title: t.title } : {}),
    ...(t.subtitle ? { subtitle: t.subtitle } : {}),
    ...(t.sides ? { sides: t.sides } : {}),
    actors: t.actors,
    undated: t.undated,
    // Rare per event: kept as [event index, value] pairs rather than columns.
    relations: t.events.flatMap((e, i) => (e.relations ? [[i, e.relations]] : [])),
    disagreement: t.events.flatMap((e, i) =>
      e.date.disagreement ? [[i, e.date.disagreement]] : [],
    ),
  };
  sections.set(S.meta, encoder.encode(JSON.stringify(meta)));

  const eventId = new Uint32Array(n);
  const eventValue = new Uint32Array(n);
  const eventStart = new Uint32Array(n);
  const eventEnd = new Uint32Array(n);
  const eventPrecision = new Uint8Array(n);
  const eventMod = new Uint8Array(n);
  const eventType = new Uint8Array(n);
  const actorOffsets = new Uint32Array(n + 1);
  const mentionOffsets = new Uint32Array(n + 1);
  const eventActors: number[] = [];
  const m: Record<
    | 'article'
    | 'paragraph'
    | 'sStart'
    | 'sEnd'
    | 'tStart'
    | 'tEnd'
    | 'tText'
    | 'tValue'
    | 'aId'
    | 'aStart'
    | 'aEnd',
    number[]
  > = {
    article: [],
    paragraph: [],
    sStart: [],
    sEnd: [],
    tStart: [],
    tEnd: [],
    tText: [],
    tValue: [],
    aId: [],
    aStart: [],
    aEnd: [],
  };
  const mentionActorOffsets: number[] = [0];
  t.events.forEach((e, i) => {
    eventId[i] = pool.ref(e.id);
    eventValue[i] = pool.ref(e.date.value);
    eventStart[i] = packDay(e.date.start);
    eventEnd[i] = packDay(e.date.end);
    eventPrecision[i] = precisions.indexOf(e.date.precision);
    eventMod[i] = e.date.mod === null ? 255 : mods.indexOf(e.date.mod);
    eventType[i] = eventTypes.indexOf(e.type);
    for (const a of e.actors) eventActors.push(pool.ref(a));
    actorOffsets[i + 1] = eventActors.length;
    for (const x of e.mentions) {
      m.article.push(bodyPool.ref(x.articleId));
      m.paragraph.push(x.paragraph);
      m.sStart.push(x.sentence.start);
      m.sEnd.push(x.sentence.end);
      m.tStart.push(x.timex.start);
      m.tEnd.push(x.timex.end);
      m.tText.push(bodyPool.ref(x.timex.text));
      m.tValue.push(bodyPool.opt(x.timex.value));
      for (const a of x.actors) {
        m.aId.push(bodyPool.ref(a.id));
        m.aStart.push(a.start);
        m.aEnd.push(a.end);
      }
      mentionActorOffsets.push(m.aId.length);
    }
    mentionOffsets[i + 1] = m.article.length;
  });
  const summaries = stringTable(t.events.map((e) => e.summary.ar));
  // Event indices in id order (code-unit order, as JS compares strings): lookups by id are a
  // binary search, with no map of every id on the page.
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const x = t.events[a]!.id;
    const y = t.events[b]!.id;
    return x < y ? -1 : x > y ? 1 : a - b;
  });

  const a = t.articles.length;
  const articleId = new Uint32Array(a);
  const articleTitle = new Uint32Array(a);
  const articleOutlet = new Uint32Array(a);
  const articlePublished = new Uint32Array(a);
  const articleUrl = new Uint32Array(a);
  const articleSource = new Uint8Array(a);
  const paragraphOffsets = new Uint32Array(a + 1);
  const paragraphIndex: number[] = [];
  const texts: string[] = [];
  t.articles.forEach((x, k) => {
    articleId[k] = bodyPool.ref(x.id);
    articleTitle[k] = bodyPool.ref(x.title);
    articleOutlet[k] = bodyPool.opt(x.outlet);
    articlePublished[k] = x.published === null ? NONE : packDay(x.published);
    articleUrl[k] = bodyPool.opt(x.url);
    articleSource[k] =
      x.publishedSource === null ? 0 : publishedSources.indexOf(x.publishedSource) + 1;
    for (const p of x.paragraphs) {
      paragraphIndex.push(p.index);
      texts.push(p.text);
    }
    paragraphOffsets[k + 1] = paragraphIndex.length;
  });
  const [poolOffsets, poolBytes] = stringTable(pool.list);
  const [bodyPoolOffsets, bodyPoolBytes] = stringTable(bodyPool.list);
  const [textOffsets, textBytes] = stringTable(texts);

  sections.set(S.poolOffsets, poolOffsets);
  sections.set(S.poolBytes, poolBytes);
  sections.set(S.eventId, eventId);
  sections.set(S.eventValue, eventValue);
  sections.set(S.eventStart, eventStart);
  sections.set(S.eventEnd, eventEnd);
  sections.set(S.eventPrecision, eventPrecision);
  sections.set(S.eventMod, eventMod);
  sections.set(S.eventType, eventType);
  sections.set(S.summaryOffsets, summaries[0]);
  sections.set(S.summaryBytes, summaries[1]);
  sections.set(S.eventActorOffsets, actorOffsets);
  sections.set(S.eventActors, u32(eventActors, 'event actors'));
  sections.set(S.eventMentionOffsets, mentionOffsets);
  sections.set(S.eventIdOrder, order);
  sections.set(S.bodyPoolOffsets, bodyPoolOffsets);
  sections.set(S.bodyPoolBytes, bodyPoolBytes);
  sections.set(S.mentionArticle, u32(m.article, 'mention article'));
  sections.set(S.mentionParagraph, u32(m.paragraph, 'mention paragraph'));
  sections.set(S.sentenceStart, u32(m.sStart, 'sentence start'));
  sections.set(S.sentenceEnd, u32(m.sEnd, 'sentence end'));
  sections.set(S.timexStart, u32(m.tStart, 'timex start'));
  sections.set(S.timexEnd, u32(m.tEnd, 'timex end'));
  sections.set(S.timexText, u32(m.tText, 'timex text'));
  sections.set(S.timexValue, Uint32Array.from(m.tValue));
  sections.set(S.mentionActorOffsets, u32(mentionActorOffsets, 'mention actors'));
  sections.set(S.mentionActorId, u32(m.aId, 'mention actor'));
  sections.set(S.mentionActorStart, u32(m.aStart, 'mention actor start'));
  sections.set(S.mentionActorEnd, u32(m.aEnd, 'mention actor end'));
  sections.set(S.articleId, articleId);
  sections.set(S.articleTitle, articleTitle);
  sections.set(S.articleOutlet, articleOutlet);
  sections.set(S.articlePublished, articlePublished);
  sections.set(S.articleUrl, articleUrl);
  sections.set(S.articleSource, articleSource);
  sections.set(S.articleParagraphOffsets, paragraphOffsets);
  sections.set(S.paragraphIndex, u32(paragraphIndex, 'paragraph index'));
  sections.set(
    S.articleIdOrder,
    Uint32Array.from({ length: a }, (_, k) => k).sort((x, y) => {
      const p = t.articles[x]!.id;
      const q = t.articles[y]!.id;
      return p < q ? -1 : p > q ? 1 : x - y;
    }),
  );
  sections.set(S.textOffsets, textOffsets);
  sections.set(S.textBytes, textBytes);

  // Lay out: header, head sections, body sections.
  const kinds = KINDS;
  const header = headerBytes(kinds.length);
  let at = header;
  const placed = kinds.map((kind) => {
    const data = sections.get(kind)!;
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const offset = at;
    at = align(at + bytes.length);
    return { kind, offset, bytes };
  });
  const firstBody = placed.find((p) => isBody(p.kind))!;
  if (at > NONE) throw new CompanionError('the timeline is over 4 GB as a companion file');
  const out = new Uint8Array(at);
  const h = new DataView(out.buffer);
  const jsonBytes = options.jsonBytes ?? 0;
  [
    COMPANION_MAGIC,
    COMPANION_VERSION,
    SCHEMA_VERSION,
    firstBody.offset,
    at,
    jsonBytes % 2 ** 32,
    Math.floor(jsonBytes / 2 ** 32),
    kinds.length,
  ].forEach((v, i) => h.setUint32(i * 4, v, true));
  placed.forEach((p, i) => {
    const base = (FIXED_HEADER + 3 * i) * 4;
    h.setUint32(base, p.kind, true);
    h.setUint32(base + 4, p.offset, true);
    h.setUint32(base + 8, p.bytes.length, true);
    out.set(p.bytes, p.offset);
  });
  return out;
}

// ---------------------------------------------------------------------------------- reading

export interface CompanionHeader {
  /** Bytes from the start of the file to the first body section. */
  headBytes: number;
  totalBytes: number;
  /** Length of the JSON it was written beside; 0 when unknown. */
  jsonBytes: number;
  sections: Map<number, { offset: number; length: number }>;
}

/** Reads and checks the header from the file's first bytes (at least MAX_HEADER_BYTES, or the
 * whole file if shorter). */
export function readHeader(first: Uint8Array): CompanionHeader {
  const h = new DataView(first.buffer, first.byteOffset, first.byteLength);
  const word = (i: number) => h.getUint32(i * 4, true);
  if (first.length < 4 || word(0) !== COMPANION_MAGIC)
    throw new CompanionError('not a timeline companion file');
  if (first.length < FIXED_HEADER * 4) throw new CompanionError('shorter than its header');
  if (word(1) !== COMPANION_VERSION)
    throw new CompanionError(`companion format ${word(1)}, this app reads ${COMPANION_VERSION}`);
  if (word(2) !== SCHEMA_VERSION)
    throw new CompanionError(`schemaVersion ${word(2)}, this app reads ${SCHEMA_VERSION}`);
  const [headBytes, totalBytes, count] = [word(3), word(4), word(7)];
  const jsonBytes = word(5) + word(6) * 2 ** 32;
  if (count !== KINDS.length)
    throw new CompanionError(`${count} sections, expected ${KINDS.length}`);
  if (first.length < headerBytes(count)) throw new CompanionError('shorter than its header');
  if (headBytes < headerBytes(count) || headBytes > totalBytes)
    throw new CompanionError('the head ends outside the file');
  const sections = new Map<number, { offset: number; length: number }>();
  let end = headerBytes(count);
  for (let i = 0; i < count; i++) {
    const [kind, offset, length] = [word(8 + 3 * i), word(9 + 3 * i), word(10 + 3 * i)];
    if (kind !== KINDS[i]) throw new CompanionError(`section ${i} is of kind ${kind}`);
    // In order, aligned, without overlap, each inside its part of the file.
    const body = isBody(kind);
    if (body && !isBody(KINDS[i - 1]!) && offset !== headBytes)
      throw new CompanionError('the body does not start where the head ends');
    if (offset % 8 !== 0 || offset < end || offset + length > (body ? totalBytes : headBytes))
      throw new CompanionError(`section ${kind} lies outside its place in the file`);
    if (!U8_KINDS.has(kind as Kind) && length % 4 !== 0)
      throw new CompanionError(`section ${kind} is not a whole number of 32-bit values`);
    end = offset + length;
    sections.set(kind, { offset, length });
  }
  return { headBytes, totalBytes, jsonBytes, sections };
}

/**
 * Whether the bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
 * past U+10FFFF), as a fatal TextDecoder would judge them. A loop over the bytes: Chromium's
 * fatal decode of the same 31 MB of Arabic took 1.4–2.3 s (it builds the string), this 30–250 ms.
 */
export function isUtf8(b: Uint8Array): boolean {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    if (c < 0xc2) return false; // a continuation byte, or an overlong two-byte form
    if (c < 0xe0) {
      if (i + 1 >= n || (b[i + 1]! & 0xc0) !== 0x80) return false;
      i += 2;
      continue;
    }
    if (c < 0xf0) {
      if (i + 2 >= n) return false;
      const c1 = b[i + 1]!;
      if ((c1 & 0xc0) !== 0x80 || (b[i + 2]! & 0xc0) !== 0x80) return false;
      if (c === 0xe0 && c1 < 0xa0) return false; // overlong
      if (c === 0xed && c1 > 0x9f) return false; // a surrogate
      i += 3;
      continue;
    }
    if (c < 0xf5) {
      if (i + 3 >= n) return false;
      const c1 = b[i + 1]!;
      if ((c1 & 0xc0) !== 0x80 || (b[i + 2]! & 0xc0) !== 0x80 || (b[i + 3]! & 0xc0) !== 0x80)
        return false;
      if (c === 0xf0 && c1 < 0x90) return false; // overlong
      if (c === 0xf4 && c1 > 0x8f) return false; // past U+10FFFF
      i += 4;
      continue;
    }
    return false;
  }
  return true;
}

/** A string table read lazily: one TextDecoder call per string asked for. */
export class StringTable {
  private readonly cache: (string | undefined)[];
  constructor(
    readonly offsets: Uint32Array,
    readonly bytes: Uint8Array,
    private readonly decoder: TextDecoder,
    cached: boolean,
  ) {
    if (offsets.length === 0 || offsets[0] !== 0 || offsets[offsets.length - 1] !== bytes.length)
      throw new CompanionError('a string table does not cover its bytes');
    for (let i = 1; i < offsets.length; i++)
      if (offsets[i]! < offsets[i - 1]!) throw new CompanionError('a string table runs backwards');
    this.cache = cached ? new Array<string | undefined>(offsets.length - 1) : [];
  }
  get size(): number {
    return this.offsets.length - 1;
  }
  get(i: number): string {
    const hit = this.cache[i];
    if (hit !== undefined) return hit;
    const s = this.decoder.decode(this.bytes.subarray(this.offsets[i]!, this.offsets[i + 1]!));
    if (this.cache.length) this.cache[i] = s;
    return s;
  }
  /** Decodes every string (with a fatal decoder: the loading worker's UTF-8 check). */
  each(f: (s: string, i: number) => void): void {
    for (let i = 0; i < this.size; i++) f(this.get(i), i);
  }
  /** Throws TypeError unless every string is UTF-8. One pass over the whole table instead of
   * one per string: valid as a whole, and no string starting inside a character (on a
   * continuation byte), means each string is valid on its own. */
  checkUtf8(): void {
    if (!isUtf8(this.bytes)) throw new TypeError('not UTF-8');
    const { bytes, offsets } = this;
    for (let i = 0; i < offsets.length - 1; i++) {
      const at = offsets[i]!;
      if (at < bytes.length && (bytes[at]! & 0xc0) === 0x80)
        throw new TypeError('a string starts inside a character');
    }
  }
}

export interface Meta {
  title?: Timeline['title'];
  subtitle?: Timeline['subtitle'];
  sides?: Timeline['sides'];
  actors: Timeline['actors'];
  undated: Timeline['undated'];
  relations: [number, NonNullable<Timeline['events'][number]['relations']>][];
  disagreement: [number, NonNullable<Timeline['events'][number]['date']['disagreement']>][];
}

/** The head's columns, as views on the file's bytes. */
export interface HeadColumns {
  meta: Meta;
  pool: StringTable;
  summaries: StringTable;
  eventId: Uint32Array;
  eventValue: Uint32Array;
  eventStart: Uint32Array;
  eventEnd: Uint32Array;
  eventPrecision: Uint8Array;
  eventMod: Uint8Array;
  eventType: Uint8Array;
  eventActorOffsets: Uint32Array;
  eventActors: Uint32Array;
  eventMentionOffsets: Uint32Array;
  eventIdOrder: Uint32Array;
}

/** The body's columns: mentions, articles and the paragraph texts. */
export interface BodyColumns {
  pool: StringTable;
  texts: StringTable;
  mentionArticle: Uint32Array;
  mentionParagraph: Uint32Array;
  sentenceStart: Uint32Array;
  sentenceEnd: Uint32Array;
  timexStart: Uint32Array;
  timexEnd: Uint32Array;
  timexText: Uint32Array;
  timexValue: Uint32Array;
  mentionActorOffsets: Uint32Array;
  mentionActorId: Uint32Array;
  mentionActorStart: Uint32Array;
  mentionActorEnd: Uint32Array;
  articleId: Uint32Array;
  articleTitle: Uint32Array;
  articleOutlet: Uint32Array;
  articlePublished: Uint32Array;
  articleUrl: Uint32Array;
  articleSource: Uint8Array;
  articleParagraphOffsets: Uint32Array;
  paragraphIndex: Uint32Array;
  /** Article indices in id order (ties in file order). */
  articleIdOrder: Uint32Array;
}

export interface DecodeOptions {
  /** Throw on malformed UTF-8 (the loading worker's check); the page decodes leniently. */
  fatal?: boolean;
}

/** Views on the sections of one part of the file, held in `buffer` from file offset `base`. */
function views(buffer: ArrayBuffer, header: CompanionHeader, base: number, part: string) {
  const at = (kind: Kind) => {
    const s = header.sections.get(kind)!;
    if (s.offset < base || s.offset - base + s.length > buffer.byteLength)
      throw new CompanionError(`the ${part} is incomplete`);
    return s;
  };
  return {
    u8: (kind: Kind) => new Uint8Array(buffer, at(kind).offset - base, at(kind).length),
    u32: (kind: Kind) => new Uint32Array(buffer, at(kind).offset - base, at(kind).length / 4),
  };
}

/** Checks that every value of `column` is below `limit` (or is NONE, when allowed). */
function refs(column: Uint32Array, limit: number, what: string, noneAllowed = false): void {
  for (let i = 0; i < column.length; i++) {
    const v = column[i]!;
    if (v >= limit && !(noneAllowed && v === NONE))
      throw new CompanionError(`${what} ${i} refers to ${v}, past the ${limit} there are`);
  }
}

/** CSR offsets: count + 1 values from 0, never decreasing, ending at the child count. */
function csr(offsets: Uint32Array, count: number, children: number, what: string): void {
  if (offsets.length !== count + 1 || offsets[0] !== 0 || offsets[count] !== children)
    throw new CompanionError(`${what} do not index their ${children} entries`);
  for (let i = 1; i <= count; i++)
    if (offsets[i]! < offsets[i - 1]!) throw new CompanionError(`${what} run backwards`);
}

function permutation(order: Uint32Array, what: string): void {
  const seen = new Uint8Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (i >= order.length || seen[i]) throw new CompanionError(`${what} is not a permutation`);
    seen[i] = 1;
  }
}

function sameLength(what: string, ...cols: ArrayLike<number>[]): number {
  for (const col of cols)
    if (col.length !== cols[0]!.length)
      throw new CompanionError(`${what} columns differ in length`);
  return cols[0]!.length;
}

/** A YYYYMMDD day: any \d{4}-\d{2}-\d{2} (or NONE, where allowed). */
const dayOk = (d: number, noneAllowed = false) => d <= 99_999_999 || (noneAllowed && d === NONE);

/** The head's columns from a buffer that starts at the file's start and holds at least the head
 * (it may hold the body too), with every reference, offset and code checked: a damaged file
 * fails here, not in a render. */
export function decodeHead(
  buffer: ArrayBuffer,
  header: CompanionHeader,
  options: DecodeOptions = {},
): HeadColumns {
  const decoder = new TextDecoder('utf-8', { fatal: options.fatal ?? false });
  const v = views(buffer, header, 0, 'head');
  let meta: Meta;
  try {
    meta = JSON.parse(decoder.decode(v.u8(S.meta))) as Meta;
  } catch (e) {
    throw new CompanionError(`its collection section is not JSON (${(e as Error).message})`);
  }
  if (
    typeof meta !== 'object' ||
    meta === null ||
    !Array.isArray(meta.actors) ||
    !Array.isArray(meta.undated) ||
    !Array.isArray(meta.relations) ||
    !Array.isArray(meta.disagreement)
  )
    throw new CompanionError('its collection section lacks actors, undated or relations');
  const pool = new StringTable(v.u32(S.poolOffsets), v.u8(S.poolBytes), decoder, true);
  const c: HeadColumns = {
    meta,
    pool,
    summaries: new StringTable(v.u32(S.summaryOffsets), v.u8(S.summaryBytes), decoder, false),
    eventId: v.u32(S.eventId),
    eventValue: v.u32(S.eventValue),
    eventStart: v.u32(S.eventStart),
    eventEnd: v.u32(S.eventEnd),
    eventPrecision: v.u8(S.eventPrecision),
    eventMod: v.u8(S.eventMod),
    eventType: v.u8(S.eventType),
    eventActorOffsets: v.u32(S.eventActorOffsets),
    eventActors: v.u32(S.eventActors),
    eventMentionOffsets: v.u32(S.eventMentionOffsets),
    eventIdOrder: v.u32(S.eventIdOrder),
  };
  const n = sameLength(
    'event',
    c.eventId,
    c.eventValue,
    c.eventStart,
    c.eventEnd,
    c.eventPrecision,
    c.eventMod,
    c.eventType,
    c.eventIdOrder,
  );
  if (c.summaries.size !== n) throw new CompanionError('summaries and events differ in number');
  csr(c.eventActorOffsets, n, c.eventActors.length, 'event actor offsets');
  if (c.eventMentionOffsets.length !== n + 1)
    throw new CompanionError('event mention offsets and events differ in number');
  csr(c.eventMentionOffsets, n, c.eventMentionOffsets[n]!, 'event mention offsets');
  for (let i = 0; i < n; i++) {
    // The schema: every event has at least one mention.
    if (c.eventMentionOffsets[i + 1] === c.eventMentionOffsets[i])
      throw new CompanionError(`event ${i} has no mention`);
    if (c.eventPrecision[i]! >= precisions.length)
      throw new CompanionError(`event ${i}: unknown precision`);
    if (c.eventMod[i]! >= mods.length && c.eventMod[i] !== 255)
      throw new CompanionError(`event ${i}: unknown mod`);
    if (c.eventType[i]! >= eventTypes.length) throw new CompanionError(`event ${i}: unknown type`);
    if (!dayOk(c.eventStart[i]!) || !dayOk(c.eventEnd[i]!))
      throw new CompanionError(`event ${i}: a day that is not YYYY-MM-DD`);
  }
  permutation(c.eventIdOrder, 'the event id order');
  refs(c.eventId, pool.size, 'event id');
  refs(c.eventValue, pool.size, 'event date value');
  refs(c.eventActors, pool.size, 'event actor');
  for (const [list, what] of [
    [meta.relations, 'relations'],
    [meta.disagreement, 'disagreement'],
  ] as const)
    for (const entry of list as unknown[])
      if (
        !Array.isArray(entry) ||
        !Number.isInteger(entry[0]) ||
        (entry[0] as number) < 0 ||
        (entry[0] as number) >= n ||
        !Array.isArray(entry[1])
      )
        throw new CompanionError(`${what}: an entry does not name an event`);
  return c;
}

/** The body's columns from a buffer that holds the body from file offset `base` (the head's
 * length when it came apart, 0 for a buffer of the whole file), checked against the head. */
export function decodeBody(
  buffer: ArrayBuffer,
  header: CompanionHeader,
  head: HeadColumns,
  base = header.headBytes,
  options: DecodeOptions = {},
): BodyColumns {
  const decoder = new TextDecoder('utf-8', { fatal: options.fatal ?? false });
  const v = views(buffer, header, base, 'body');
  const pool = new StringTable(v.u32(S.bodyPoolOffsets), v.u8(S.bodyPoolBytes), decoder, true);
  const c: BodyColumns = {
    pool,
    texts: new StringTable(v.u32(S.textOffsets), v.u8(S.textBytes), decoder, false),
    mentionArticle: v.u32(S.mentionArticle),
    mentionParagraph: v.u32(S.mentionParagraph),
    sentenceStart: v.u32(S.sentenceStart),
    sentenceEnd: v.u32(S.sentenceEnd),
    timexStart: v.u32(S.timexStart),
    timexEnd: v.u32(S.timexEnd),
    timexText: v.u32(S.timexText),
    timexValue: v.u32(S.timexValue),
    mentionActorOffsets: v.u32(S.mentionActorOffsets),
    mentionActorId: v.u32(S.mentionActorId),
    mentionActorStart: v.u32(S.mentionActorStart),
    mentionActorEnd: v.u32(S.mentionActorEnd),
    articleId: v.u32(S.articleId),
    articleTitle: v.u32(S.articleTitle),
    articleOutlet: v.u32(S.articleOutlet),
    articlePublished: v.u32(S.articlePublished),
    articleUrl: v.u32(S.articleUrl),
    articleSource: v.u8(S.articleSource),
    articleParagraphOffsets: v.u32(S.articleParagraphOffsets),
    paragraphIndex: v.u32(S.paragraphIndex),
    articleIdOrder: v.u32(S.articleIdOrder),
  };
  const m = sameLength(
    'mention',
    c.mentionArticle,
    c.mentionParagraph,
    c.sentenceStart,
    c.sentenceEnd,
    c.timexStart,
    c.timexEnd,
    c.timexText,
    c.timexValue,
  );
  if (m !== head.eventMentionOffsets[head.eventMentionOffsets.length - 1])
    throw new CompanionError('the mentions are not the ones the events count');
  sameLength('mention actor', c.mentionActorId, c.mentionActorStart, c.mentionActorEnd);
  const a = sameLength(
    'article',
    c.articleId,
    c.articleTitle,
    c.articleOutlet,
    c.articlePublished,
    c.articleUrl,
    c.articleSource,
    c.articleIdOrder,
  );
  permutation(c.articleIdOrder, 'the article id order');
  csr(c.mentionActorOffsets, m, c.mentionActorId.length, 'mention actor offsets');
  csr(c.articleParagraphOffsets, a, c.paragraphIndex.length, 'article paragraph offsets');
  if (c.texts.size !== c.paragraphIndex.length)
    throw new CompanionError('paragraph texts and paragraphs differ in number');
  for (const [col, what] of [
    [c.mentionArticle, 'mention article'],
    [c.timexText, 'timex text'],
    [c.mentionActorId, 'mention actor'],
    [c.articleId, 'article id'],
    [c.articleTitle, 'article title'],
  ] as const)
    refs(col, pool.size, what);
  refs(c.timexValue, pool.size, 'timex value', true);
  refs(c.articleOutlet, pool.size, 'article outlet', true);
  refs(c.articleUrl, pool.size, 'article url', true);
  for (let k = 0; k < a; k++) {
    if (!dayOk(c.articlePublished[k]!, true))
      throw new CompanionError(`article ${k}: a publication day that is not YYYY-MM-DD`);
    if (c.articleSource[k]! > publishedSources.length)
      throw new CompanionError(`article ${k}: unknown publication source`);
  }
  return c;
}
