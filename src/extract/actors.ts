// Actors in a paragraph: gazetteer aliases, nisba adjectives and dated role phrases,
// matched word by word through clitics; unknown people introduced by a role phrase
// («عضو البرلمان العراقي، ياسر الحسيني») become new actors of the article.
import { gazetteerStopPhrases, markers } from './rules';
import { normalizeArabic, normalizeWithMap, toOriginal, type Normalized } from './text';
import {
  adjacent,
  readings,
  tokenize,
  tokensOf,
  wordSlot,
  type Reading,
  type Token,
  type Word,
} from './tokens';
import { englishName, honorificAt, opensName } from './names';
import { transliterate } from './transliterate';

export { transliterate };
import type { GazetteerActor } from './types';

export interface ActorSpan {
  id: string;
  start: number;
  end: number;
}

type EntryKind = 'alias' | 'adjective' | 'role' | 'stop';
interface Entry {
  words: string[];
  id: string;
  kind: EntryKind;
  /** A person's full name (two words or more): still counts inside someone else's name. */
  fullName?: boolean;
  /** A name (not a role) of a person. */
  person?: boolean;
  from?: string;
  to?: string;
}

const NISBA_SUFFIXES = ['', 'ه', 'ين', 'ون', 'ان', 'تين', 'تان'];

function addEntry(index: Map<string, Entry[]>, phrase: string, e: Omit<Entry, 'words'>): void {
  const words = tokenize(normalizeArabic(phrase)).map((t) => t.text);
  const first = words[0];
  if (!first) return;
  const list = index.get(first) ?? [];
  list.push({ ...e, words });
  index.set(first, list);
}

function buildIndex(actors: GazetteerActor[], stops: string[] = []): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  for (const phrase of stops) addEntry(index, phrase, { id: '', kind: 'stop' });
  for (const a of actors) {
    for (const alias of new Set([a.name.ar, ...a.aliases]))
      addEntry(index, alias, {
        id: a.id,
        kind: 'alias',
        fullName: a.kind === 'person' && alias.trim().includes(' '),
        person: a.kind === 'person',
      });
    // English names appear in quoted posts and signatures («— Ambassador Alina L. Romanowski»)
    if (a.name.en) {
      addEntry(index, a.name.en, { id: a.id, kind: 'alias' });
      const last = a.name.en.split(/\s+/).at(-1) ?? '';
      if (a.kind === 'person' && last.length >= 5)
        addEntry(index, last, { id: a.id, kind: 'alias' });
    }
    for (const adj of a.adjectives ?? []) {
      const base = normalizeArabic(adj);
      for (const suffix of NISBA_SUFFIXES) {
        addEntry(index, base + suffix, { id: a.id, kind: 'adjective' });
        addEntry(index, `ال${base}${suffix}`, { id: a.id, kind: 'adjective' });
      }
    }
    for (const r of a.roles ?? [])
      addEntry(index, r.phrase, { id: a.id, kind: 'role', from: r.from, to: r.to });
  }
  return index;
}

interface Hit extends ActorSpan {
  kind: EntryKind;
  fullName?: boolean;
  person?: boolean;
}

const inOffice = (e: Entry, published: string | null) =>
  e.kind !== 'role' ||
  (published !== null && (!e.from || e.from <= published) && (!e.to || published < e.to));

type Starts = readonly { r: Reading; entries: readonly Entry[] }[];
const NO_STARTS: Starts = [];
/** Long-lived indexes (the gazetteer's, the role nouns') keep what a word begins in its record. */
const slots = new WeakMap<Map<string, Entry[]>, number>();
const keepInWords = (index: Map<string, Entry[]>) => {
  slots.set(index, wordSlot());
  return index;
};

/** The entries a word can begin, by its readings. */
function startsOf(index: Map<string, Entry[]>, word: Word): Starts {
  const slot = slots.get(index);
  if (slot !== undefined) {
    const kept = word.slots[slot] as Starts | undefined;
    if (kept) return kept;
  }
  let found: { r: Reading; entries: readonly Entry[] }[] | null = null;
  for (const r of readings(word)) {
    const entries = index.get(r.form);
    if (entries) (found ??= []).push({ r, entries });
  }
  const s = found ?? NO_STARTS;
  if (slot !== undefined) word.slots[slot] = s;
  return s;
}

const bySecond = new WeakMap<readonly Entry[], Map<string, readonly Entry[]>>();
/**
 * The entries of a long list («رئيس …», «وزير …») that the next word can continue, in their
 * order: one-word entries and those whose second word it is.
 */
function narrowed(entries: readonly Entry[], next: string | undefined): readonly Entry[] {
  if (entries.length <= 4) return entries;
  let m = bySecond.get(entries);
  if (!m) bySecond.set(entries, (m = new Map()));
  const key = next ?? '';
  let list = m.get(key);
  if (!list) {
    list = entries.filter((e) => e.words.length === 1 || e.words[1] === next);
    if (m.size >= 1000) m.clear();
    m.set(key, list);
  }
  return list;
}

function matchAt(
  norm: string,
  tokens: Token[],
  i: number,
  index: Map<string, Entry[]>,
  published: string | null,
  out: Hit[],
): void {
  const tok = tokens[i]!;
  const starts = startsOf(index, tok.word);
  for (let k = 0; k < starts.length; k++) {
    const { r, entries } = starts[k]!;
    for (const e of narrowed(entries, tokens[i + 1]?.text)) {
      if (!inOffice(e, published)) continue;
      let j = 1;
      while (j < e.words.length) {
        const next = tokens[i + j];
        if (!next || next.text !== e.words[j] || !adjacent(norm, tokens[i + j - 1]!, next)) break;
        j++;
      }
      if (j < e.words.length) continue;
      // «للولايات» = ل + الولايات: the span keeps the merged lam
      const skip =
        r.form.startsWith('ا') && !tok.text.slice(r.skip).startsWith('ا') ? r.skip - 1 : r.skip;
      out.push({
        id: e.id,
        kind: e.kind,
        fullName: e.fullName,
        person: e.person,
        start: tok.start + Math.max(0, skip),
        end: tokens[i + j - 1]!.end,
      });
    }
  }
}

/** A person's full name inside a longer name of someone else still names them («نظام صدام حسين»). */
const nestedName = (h: Hit, k: Hit) =>
  h.kind === 'alias' &&
  h.fullName === true &&
  k.kind !== 'stop' &&
  k.kind !== 'adjective' &&
  k.id !== h.id &&
  k.start <= h.start &&
  h.end <= k.end;

/**
 * Longest names win; adjectives inside a longer name still count (الحكومة العراقية -> iraq
 * too); a stop phrase wins like a name and then names nothing.
 */
const NO_HITS: readonly Hit[] = [];
function resolveOverlaps(all: Hit[]): Hit[] {
  const hits = [...all];
  hits.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || (a.id < b.id ? -1 : 1),
  );
  // kept hits by start: one that overlaps h starts less than the longest hit's length before it
  const longest = hits.reduce((m, h) => Math.max(m, h.end - h.start), 0);
  const byStart = new Map<number, Hit[]>(); // by char offset: sparse, so not an array
  const kept: Hit[] = [];
  for (const h of hits) {
    let clash = false;
    for (let at = Math.max(0, h.start - longest + 1); at < h.end && !clash; at++)
      for (const k of byStart.get(at) ?? NO_HITS)
        if (
          k.end > h.start &&
          (k.id === h.id || h.kind !== 'adjective' || k.kind === 'adjective') &&
          !nestedName(h, k)
        ) {
          clash = true;
          break;
        }
    if (clash) continue;
    kept.push(h);
    const at = byStart.get(h.start);
    if (at) at.push(h);
    else byStart.set(h.start, [h]);
  }
  const sorted = kept
    .filter((h) => h.kind !== 'stop')
    .sort((a, b) => a.start - b.start || a.end - b.end);
  // «قائد فيلق القدس قاسم سليماني»: the role is that person's, not today's holder's
  return sorted.filter((h, i) => {
    if (h.kind !== 'role') return true;
    let next: Hit | undefined;
    for (let j = i + 1; j < sorted.length && !next; j++) {
      const n = sorted[j]!;
      if (n.start > h.end + ROLE_GAP) break;
      if (n.start >= h.end && n.kind !== 'adjective') next = n;
    }
    return !(next?.person && next.id !== h.id && next.start - h.end <= ROLE_GAP);
  });
}

/** How far after a role phrase a name still belongs to it («السفير الأميركي آنذاك رايان كروكر»). */
const ROLE_GAP = 12;

export interface ActorMatcher {
  /** Spans in normalised offsets. */
  findNormalized(n: Normalized, published: string | null): ActorSpan[];
  find(text: string, published: string | null): ActorSpan[];
  extend(actors: GazetteerActor[]): ActorMatcher;
}

interface Index {
  entries: Map<string, Entry[]>;
  /** Hits by paragraph: an article's paragraphs are matched again once its people are known.
   * Keyed by the paragraph's normalised record, so they go with the article (a cache of the
   * last few hundred texts kept them alive long enough to be copied into the old generation,
   * and the collector spent more time on them than matching again would). */
  seen?: WeakMap<Normalized, { published: string | null; hits: Hit[] }>;
}

function hitsOf(index: Index, n: Normalized, published: string | null): Hit[] {
  const seen = (index.seen ??= new WeakMap());
  const before = seen.get(n);
  if (before && before.published === published) return before.hits;
  const norm = n.text;
  const tokens = tokensOf(norm);
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) matchAt(norm, tokens, i, index.entries, published, hits);
  seen.set(n, { published, hits });
  return hits;
}

function matcherOf(indexes: Index[]): ActorMatcher {
  const self: ActorMatcher = {
    findNormalized(n, published) {
      const hits = indexes.flatMap((index) => hitsOf(index, n, published));
      return resolveOverlaps(hits).map(({ id, start, end }) => ({ id, start, end }));
    },
    find(text, published) {
      const n = normalizeWithMap(text);
      return self
        .findNormalized(n, published)
        .map((s) => ({ id: s.id, ...toOriginal(n, s.start, s.end) }));
    },
    extend(actors) {
      return actors.length ? matcherOf([...indexes, { entries: buildIndex(actors) }]) : self;
    },
  };
  return self;
}

export function createActorMatcher(
  actors: GazetteerActor[],
  stopPhrases: string[] = gazetteerStopPhrases,
): ActorMatcher {
  return matcherOf([{ entries: keepInWords(buildIndex(actors, stopPhrases)) }]);
}

// ---- unknown people introduced by a role phrase --------------------------------------

let roleIndex: Map<string, Entry[]> | null = null;
let nameStops: Set<string> | null = null;
const NAME_LINKS = new Set(['عبد', 'ابو', 'ابي', 'بن', 'ابن', 'ال', 'ام']);

/** cyrb53: a 53-bit string hash, enough to tell apart the few names one ASCII form stands for. */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Id of a person a role phrase introduces: the ASCII form to read, then a tag from the
 * normalised Arabic name. The ASCII form folds letters together (س ص, ح ه, ت ط …) and drops
 * what it cannot write, so different names share it, or have none; the tag keeps them
 * apart. It starts with a digit, which no gazetteer id's last part does (a test checks).
 */
export function personId(norm: string): string {
  const readable = transliterate(norm).split(' ').filter(Boolean).join('-') || 'person';
  const h = hash53(norm);
  const tag = `${h % 10}${(Math.floor(h / 10) % 36 ** 7).toString(36).padStart(7, '0')}`;
  return `${readable}-${tag}`;
}

export interface Discovered {
  actor: GazetteerActor;
  /** Normalised span of the name in the paragraph. */
  start: number;
  end: number;
}

/**
 * People named right after a role phrase. `known` finds gazetteer actors in the same text,
 * for the affiliation (the nisba or organisation in the role) and to skip known names.
 */
export function discoverPeople(
  paragraph: string,
  n: Normalized,
  known: ActorSpan[],
  idOf: (id: string) => GazetteerActor | undefined,
): Discovered[] {
  roleIndex ??= (() => {
    const idx = new Map<string, Entry[]>();
    for (const w of markers.roleNouns.words) addEntry(idx, w, { id: 'role', kind: 'alias' });
    return keepInWords(idx);
  })();
  nameStops ??= new Set(markers.nameStops.words.map(normalizeArabic));
  const norm = n.text;
  const tokens = tokensOf(norm);
  const roles: Hit[] = [];
  const out: Discovered[] = [];
  // the first known span (in their order) that holds each token, found once per paragraph
  const holder = new Map<Token, ActorSpan>();
  let from = 0;
  for (const k of known) {
    while (from < tokens.length && tokens[from]!.end <= k.start) from++;
    for (let t = from; t < tokens.length && tokens[t]!.start < k.end; t++) {
      const tok = tokens[t]!;
      if (k.start <= tok.start && tok.end <= k.end && !holder.has(tok)) holder.set(tok, k);
    }
  }
  const knownAt = (t: Token) => holder.get(t);
  let words: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    roles.length = 0; // one array for every token: most begin no role
    matchAt(norm, tokens, i, roleIndex, null, roles);
    if (!roles.length) continue;
    // «وزير الخارجية العراقي» in office names a known person: nobody new follows
    if (idOf(knownAt(tokens[i]!)?.id ?? '')?.kind === 'person') continue;
    const roleEnd = roles.reduce((m, r) => Math.max(m, r.end), 0);
    let j = i;
    while (j < tokens.length && tokens[j]!.end <= roleEnd) j++;
    // qualifiers: «البرلمان العراقي», «باسم وزارة الدفاع الأميركية», «في بغداد»
    let affiliation: string | undefined;
    let q = 0;
    while (j < tokens.length && q < 5) {
      const t = tokens[j]!;
      const k = knownAt(t);
      if (k && idOf(k.id)?.kind === 'person') break; // the role names someone we know
      if (k) {
        const a = idOf(k.id);
        affiliation ??= a ? (a.kind === 'country' ? a.id : (a.affiliation ?? a.id)) : undefined;
      } else if (!t.text.startsWith('ال') && t.text !== 'في' && t.text !== 'باسم') break;
      j++;
      q++;
      if (/[،,:]/.test(norm.slice(t.end, tokens[j]?.start ?? t.end))) break;
    }
    // the name opens with a given name (or عبد/أبو … and a name word), maybe after an honorific
    // («رئيس مجلس إسناد الفلوجة الشيخ عبد الرحمن …»), within a few words and no punctuation
    words ??= tokens.map((t) => t.text); // once per paragraph, not per role phrase
    let opens = -1;
    for (let k = j; k < Math.min(tokens.length, j + 6); k++) {
      if (k > j && /[،,:؛.()"]/.test(norm.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
      const h = honorificAt(words, k);
      if (h && opensName(words, k + h)) {
        opens = k + h;
        break;
      }
      if (opensName(words, k)) {
        opens = k;
        break;
      }
    }
    if (opens < 0) continue;
    j = opens;
    const name: Token[] = [];
    while (j < tokens.length && name.length < 4) {
      const t = tokens[j]!;
      if (nameStops.has(t.text) || /\p{N}|[a-z]/u.test(t.text) || knownAt(t)) break;
      // «ال» words inside a name follow عبد/أبو/بن («عبد الأمير») or end it («الحسيني»)
      if (t.text.startsWith('ال') && t.text !== 'الله' && t.text !== 'الدين') {
        const prev = name.at(-1)?.text;
        const bound = prev !== undefined && NAME_LINKS.has(prev);
        const last =
          !tokens[j + 1] ||
          nameStops.has(tokens[j + 1]!.text) ||
          !adjacent(norm, t, tokens[j + 1]!);
        if (name.length === 0 || (!bound && !last)) break;
      }
      if (name.length > 0 && !adjacent(norm, name.at(-1)!, t)) break;
      name.push(t);
      j++;
    }
    if (name.length < 2) continue;
    const start = name[0]!.start;
    const end = name.at(-1)!.end;
    const full = name.map((t) => t.text).join(' '); // one space, whatever spaces or tabs stood between
    const span = toOriginal(n, start, end);
    const shown = paragraph.slice(span.start, span.end);
    const last = name.at(-1)!;
    const aliases = [shown];
    if (
      last.text.startsWith('ال') &&
      last.text.length >= 5 &&
      last.text !== 'الله' &&
      last.text !== 'الدين'
    )
      aliases.push(paragraph.slice(toOriginal(n, last.start, last.end).start, span.end));
    const en = englishName(name.map((t) => t.text)) || shown;
    out.push({
      actor: {
        id: personId(full),
        name: { ar: shown, en },
        kind: 'person',
        ...(affiliation ? { affiliation } : {}),
        aliases,
        examples: [],
      },
      start,
      end,
    });
    i = j - 1;
  }
  return out;
}
