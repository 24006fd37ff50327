// One article -> its paragraphs, the dated mentions it makes, and what it could not date.
// Offsets are computed on normalised text and mapped back to the paragraph at the end.
import type { Article, EventType, Undated } from '../model';
import { parseIsoDay, type DateValue } from './calendar';
import { discoverPeople, type ActorMatcher, type ActorSpan } from './actors';
import { findTriggers, isSpecific, pickTrigger, type TriggerSense } from './events';
import { placeMatcher } from './places';
import { findReferents } from './referents';
import { agentOf } from './agents';
import { termsOf } from './terms';
import { arabic, type Language } from './language';
import { regionBreak, regionEnd, sentenceSpans, type Span } from './sentences';
import { futureWithin } from './tense';
import { inferPublished, isDateline } from './published';
import { findTimexesNormalized } from './timex';
import { normalizeWithMap, splitParagraphs, toOriginal, type Normalized } from './text';
import type { ArticleInput, GazetteerActor, TimexMatch } from './types';

export interface Draft {
  articleId: string;
  paragraph: number;
  sentence: Span;
  timex: { text: string; start: number; end: number; value: string };
  actors: ActorSpan[];
  /** Actors of the rest of its sentence: shown with the mention (a participant is often named
   * past the next time expression, «… الثلاثاء، بحسب مصادر أمس، في هجمات تبناها داعش»), not
   * weighed when linking. */
  sentenceActors: ActorSpan[];
  date: DateValue;
  type: EventType;
  /** The predicate: the trigger the time expression anchors, if one is near. */
  trigger: (TriggerSense & { key: string }) | null;
  /** The family of its happening: the predicate's, or when the predicate only reports it
   * (قال، أعلن), the nearest specific trigger's of its clause. */
  family: string | null;
  /** Families of the triggers of its clause. */
  families: string[];
  /** Its specific (not generic) kinds of happening: a bombing and an execution are two. */
  kinds: string[];
  /** Stems of its content words and its numbers (see terms.ts), for comparing reports. */
  terms: string[];
  numbers: string[];
  /** Who carried out its happening, when the text attaches an actor to the trigger of its kind
   * («الضربات الجوية التركية», «قصف جوي للقوات العراقية», «نفذت قوات التحالف … ضربة»): the top
   * of that actor's affiliations, or the one leading it (agents.ts). Null when not given. */
  agent: string | null;
  /** Places it names (ids of places.json). */
  places: string[];
  /** Reported as expected (points after publication): kept apart from reports of what happened. */
  expected: boolean;
  summary: string;
  informativeness: number;
  published: string | null;
}

export interface ArticleResult {
  article: Article;
  drafts: Draft[];
  undated: Undated[];
  discovered: GazetteerActor[];
  /** Why a publication day the text suggests was not taken. */
  warnings?: string[];
}

interface Para {
  index: number;
  text: string;
  n: Normalized;
  timexes: TimexMatch[]; // normalised offsets
}

function regions(norm: string, sentence: Span, dated: TimexMatch[], lang: Language): Span[] {
  const out: Span[] = [];
  let start = sentence.start;
  dated.forEach((t, i) => {
    const next = dated[i + 1];
    const end = next
      ? regionBreak(norm, t.end, next.start, lang)
      : regionEnd(norm, sentence, t, lang);
    out.push({ start, end: Math.max(end, t.end) });
    start = end;
  });
  return out;
}

const within = (a: { start: number; end: number }, s: Span) => a.start >= s.start && a.end <= s.end;

/**
 * The items that lie within each span, in one sweep: `spans` are in order and do not overlap,
 * `items` are sorted by start. An item that no span holds is left out.
 */
function bucket<T extends Span>(items: readonly T[], spans: readonly Span[]): T[][] {
  const out = spans.map((): T[] => []);
  let k = 0;
  for (const it of items) {
    while (k < spans.length && spans[k]!.end <= it.start) k++;
    const s = spans[k];
    if (s && within(it, s)) out[k]!.push(it);
  }
  return out;
}

export function extractArticle(
  input: ArticleInput,
  matcher: ActorMatcher,
  actorById: (id: string) => GazetteerActor | undefined,
  lang: Language = arabic(),
): ArticleResult {
  const { continuations, dualAnaphors: duals } = lang.words;
  const texts = splitParagraphs(input.text);
  const normalized = texts.map((text) => ({ text, n: normalizeWithMap(text) }));
  // a publication day that is not a real day anchors nothing (the CLI reports it)
  const given = input.meta.published;
  const sidecar = given && parseIsoDay(given) !== null ? given : null;
  const inferred = sidecar ? null : inferPublished(normalized, lang);
  const published = sidecar ?? inferred?.day ?? null;
  const article: Article = {
    id: input.id,
    title: texts[0] ?? '',
    outlet: input.meta.outlet ?? null,
    published,
    url: input.meta.url ?? null,
    publishedSource: sidecar ? 'sidecar' : published ? 'inferred' : null,
    paragraphs: texts.map((text, index) => ({ index, text })),
  };

  // people introduced by a role phrase become actors for the whole article
  const discovered = new Map<string, GazetteerActor>();
  for (const p of normalized) {
    const known = matcher.findNormalized(p.n, published);
    for (const d of discoverPeople(p.text, p.n, known, actorById))
      if (!discovered.has(d.actor.id)) discovered.set(d.actor.id, d.actor);
  }
  const local = matcher.extend([...discovered.values()]);
  const byId = (id: string) => discovered.get(id) ?? actorById(id);

  const drafts: Draft[] = [];
  const undated: Undated[] = [];
  // in reading order, so «في العام نفسه» can lean on the date named before it
  let previous: TimexMatch | null = null;
  let previousFine: TimexMatch | null = null;
  const asContext = (t: TimexMatch | null) =>
    t?.value && t.range ? { value: t.value, ...t.range } : null;
  const earlier: { text: string; timexes: TimexMatch[] }[] = [];
  const paras: Para[] = normalized.map((p, index) => {
    const timexes = findTimexesNormalized(
      p.n,
      {
        anchor: published,
        previous: asContext(previous),
        previousFine: asContext(previousFine),
        earlier,
      },
      lang,
    );
    earlier.push({ text: p.n.text, timexes });
    const valued = timexes.filter((t) => t.value);
    previous = valued.at(-1) ?? previous;
    previousFine = valued.filter((t) => t.precision !== 'year').at(-1) ?? previousFine;
    return { index, ...p, timexes };
  });
  // who the article's unnamed references («التنظيم»، «الناشط»، «البيان») stand for, shown
  // with the mentions of their sentences
  const referred = findReferents(
    paras.map((p) => ({ norm: p.n.text, actors: local.findNormalized(p.n, published) })),
    byId,
    lang,
  );
  let lastCountries: string[] = [];
  // the last person the article named, for a sentence whose reporting verb has a pronoun subject
  let lastPerson: string | null = null;

  for (const p of paras) {
    const norm = p.n.text;
    const orig = (s: { start: number; end: number }) => toOriginal(p.n, s.start, s.end);
    const actors = local.findNormalized(p.n, published);
    const placeSpans = placeMatcher().findNormalized(p.n, published);
    const triggers = findTriggers(norm);
    const sentences = sentenceSpans(norm);
    for (const t of p.timexes)
      if (t.kind === 'date' && t.value === null) {
        const o = orig(t);
        undated.push({
          articleId: input.id,
          paragraph: p.index,
          timex: { text: p.text.slice(o.start, o.end), start: o.start, end: o.end },
          reason: t.reason ?? 'could not be normalised',
        });
      }
    let prevSubject: ActorSpan[] = [];
    const timexesBySentence = bucket(p.timexes, sentences);
    const actorsBySentence = bucket(actors, sentences);
    const triggersBySentence = bucket(triggers, sentences);
    const placesBySentence = bucket(placeSpans, sentences);
    const referredBySentence = bucket(referred[p.index]!, sentences);
    sentences.forEach((s, si) => {
      const dated = timexesBySentence[si]!.filter(
        (t) => t.kind === 'date' && t.value !== null && !isDateline(p, t),
      );
      const inSentence = actorsBySentence[si]!;
      const people = inSentence.filter((a) => byId(a.id)?.kind === 'person');
      if (!dated.length) {
        // «ونقلت عن مسؤول …»: a timeless sentence that continues the last report adds its actors
        const first = /^[\p{L}]+/u.exec(norm.slice(s.start))?.[0] ?? '';
        const last = drafts.at(-1);
        if (last && last.paragraph === p.index && continuations.has(first) && si > 0)
          for (const a of inSentence) addActor(last, { id: a.id, ...orig(a) });
        if (inSentence.length) prevSubject = inSentence.slice(0, 2);
        lastPerson = people.at(-1)?.id ?? lastPerson;
        return;
      }
      const rs = regions(norm, s, dated, lang);
      const actorsByRegion = bucket(inSentence, rs);
      const triggersByRegion = bucket(triggersBySentence[si]!, rs);
      const placesByRegion = bucket(placesBySentence[si]!, rs);
      rs.forEach((r, i) => {
        const t = dated[i]!;
        const mine = actorsByRegion[i]!;
        let chosen = mine;
        if (!mine.some((a) => a.start < t.start)) {
          // a predicate without its own subject takes the previous one («وانسحبت في 2011»)
          chosen = [...prevSubject, ...mine];
        }
        // «البلدين» names the last two countries: looked for only when there are two
        let anaphor: RegExpExecArray | undefined;
        if (lastCountries.length)
          for (const m of norm.slice(r.start, r.end).matchAll(LETTERS))
            if (duals.has(m[0])) {
              anaphor = m; // the first, without listing them all
              break;
            }
        const spans: ActorSpan[] = chosen.map((a) => ({ id: a.id, ...orig(a) }));
        // «وقال في كلمة …»: the speaker is the person named before
        if (
          i === 0 &&
          lastPerson &&
          lang.pronounSubject.test(norm.slice(s.start, r.end)) &&
          !chosen.some((a) => byId(a.id)?.kind === 'person')
        ) {
          const verb = /^[^\p{L}]*\p{L}+/u.exec(norm.slice(s.start))![0];
          spans.push({ id: lastPerson, ...orig({ start: s.start, end: s.start + verb.length }) });
        }
        if (anaphor && lastCountries.length) {
          const a = orig({
            start: r.start + anaphor.index,
            end: r.start + anaphor.index + anaphor[0].length,
          });
          for (const id of lastCountries) spans.push({ id, ...a });
        }
        const clause = clauseOf(norm, r, t);
        const inClause = triggersByRegion[i]!.filter((h) => within(h, clause));
        const trig = pickTrigger(inClause, t);
        const words = termsOf(norm, r, timexesBySentence[si]!);
        const range = { start: t.range!.start, end: t.range!.end };
        const o = orig(t);
        const tight = { start: Math.max(r.start, t.start - 25), end: Math.min(r.end, t.end + 25) };
        const draft: Draft = {
          articleId: input.id,
          paragraph: p.index,
          sentence: orig(s),
          timex: {
            text: p.text.slice(o.start, o.end),
            start: o.start,
            end: o.end,
            value: t.value!,
          },
          actors: [],
          date: { value: t.value!, precision: t.precision!, mod: t.mod, ...range },
          // «صوت البرلمان على إخراج القوات»: a vote whose object says what kind of happening it is
          type:
            trig?.type === 'other'
              ? (inClause.find((h) => isSpecific(h) && h.type !== 'other')?.type ?? 'other')
              : (trig?.type ?? 'other'),
          trigger: trig
            ? {
                key: trig.key,
                type: trig.type,
                kind: trig.kind,
                family: trig.family,
                generic: trig.generic,
              }
            : null,
          family:
            trig && isSpecific(trig)
              ? trig.family
              : (pickTrigger(inClause.filter(isSpecific), t)?.family ?? null),
          families: [...new Set(inClause.map((h) => h.family))].sort(),
          kinds: [
            ...new Set(inClause.filter((h) => isSpecific(h) && !h.generic).map((h) => h.kind)),
          ].sort(),
          terms: words.terms,
          numbers: words.numbers,
          agent: agentOf(norm, r, clause, trig, inClause, t, actorsByRegion[i]!, byId, lang.agents),
          places: [...new Set(placesByRegion[i]!.map((x) => x.id))].sort(),
          sentenceActors: [],
          expected:
            Boolean(t.after) ||
            (range.end >= (parseIsoDay(published ?? '') ?? Infinity) &&
              futureWithin(norm, tight, lang)),
          summary: summaryOf(p.text, orig(headline(r, clause, t))),
          informativeness: 0,
          published,
        };
        for (const a of spans) addActor(draft, a);
        const own = new Set(draft.actors.map((a) => a.id));
        for (const a of near(inSentence, r))
          if (!own.has(a.id) && byId(a.id)?.kind !== 'media')
            draft.sentenceActors.push({ id: a.id, ...orig(a) });
        for (const a of near(referredBySentence[si]!, r))
          if (!own.has(a.id) && !draft.sentenceActors.some((x) => x.id === a.id))
            draft.sentenceActors.push({ id: a.id, ...orig(a) });
        draft.informativeness =
          (trig && trig.type !== 'other' ? 2 : 0) +
          new Set(draft.actors.map((a) => a.id)).size +
          (/[\u0600-\u06FF]/.test(draft.summary) ? 1 : 0);
        drafts.push(draft);
        const countries = [...new Set(draft.actors.map((a) => a.id))].filter(
          (id) => byId(id)?.kind === 'country',
        );
        if (countries.length >= 2) lastCountries = countries.slice(0, 2);
        const before = mine.filter((a) => a.start < t.start);
        prevSubject = before.length
          ? before.slice(0, 2)
          : mine.length
            ? mine.slice(0, 1)
            : prevSubject;
      });
      lastPerson = people.at(-1)?.id ?? lastPerson;
    });
  }
  return {
    article,
    drafts,
    undated,
    discovered: [...discovered.values()],
    ...(inferred?.warning ? { warnings: [inferred.warning] } : {}),
  };
}

/**
 * The clause that holds a time expression: between clause punctuation inside its region,
 * widened to the neighbouring clauses when the expression stands alone («، اليوم الاثنين،»).
 */
function clauseOf(norm: string, r: Span, t: Span): Span {
  const cuts = [r.start];
  for (let k = r.start; k < r.end; k++) {
    const c = norm.charCodeAt(k);
    if (c === 0x60c || c === 0x2c || c === 0x61b || c === 0x3a) cuts.push(k + 1); // ، , ؛ :
  }
  cuts.push(r.end);
  let i = cuts.findIndex((c, k) => c <= t.start && (cuts[k + 1] ?? Infinity) > t.start);
  if (i < 0) i = 0;
  let start = cuts[i]!;
  let end = cuts[i + 1] ?? r.end;
  const wordsBeside = (a: number, b: number) =>
    (norm.slice(a, b).match(/\p{L}{2,}/gu) ?? []).length;
  if (wordsBeside(start, t.start) + wordsBeside(t.end, end) < 2) {
    start = cuts[Math.max(0, i - 1)]!;
    end = cuts[Math.min(cuts.length - 1, i + 2)]!;
  }
  return { start, end: Math.max(end, t.end) };
}

const LETTERS = /[\p{L}]+/gu;

const actorKeys = new WeakMap<Draft, Set<string>>();
/** How far past its own part a mention looks for the rest of its sentence's actors. */
const SENTENCE_REACH = 400;

/**
 * The actors (sorted by start) within SENTENCE_REACH of a region: the whole sentence of any
 * sentence news writes, and a bounded piece of one that never ends (a paragraph with no
 * punctuation would give every mention all of its actors).
 */
function near<T extends Span>(sorted: readonly T[], r: Span): readonly T[] {
  const from = r.start - SENTENCE_REACH;
  const to = r.end + SENTENCE_REACH;
  if (!sorted.length || (sorted[0]!.start >= from && sorted.at(-1)!.start < to)) return sorted;
  let lo = 0;
  for (let hi = sorted.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < sorted.length && sorted[end]!.start < to) end++;
  return sorted.slice(lo, end);
}

function addActor(d: Draft, a: ActorSpan): void {
  let keys = actorKeys.get(d);
  if (!keys) actorKeys.set(d, (keys = new Set()));
  const key = `${a.id}|${a.start}|${a.end}`;
  if (keys.has(key)) return;
  keys.add(key);
  d.actors.push(a);
}

/** A headline: the region from its start when the time expression is near it, else its clause. */
function headline(r: Span, clause: Span, t: Span): Span {
  const start = t.end - r.start <= SUMMARY_MAX - 10 ? r.start : clause.start;
  return { start, end: Math.max(t.end, Math.min(r.end, start + SUMMARY_MAX + 40)) };
}

const SUMMARY_MAX = 160;

/** The region's text without leading conjunctions and punctuation, cut at a word. */
function summaryOf(text: string, r: Span): string {
  let s = text.slice(r.start, r.end).trim();
  s = s.replace(/^[\s،,؛:.\-—"“”«»]+/u, '').replace(/[\s،,؛:\-—]+$/u, '');
  if (s.length <= SUMMARY_MAX) return s;
  const cut = s.lastIndexOf(' ', SUMMARY_MAX);
  return `${s.slice(0, cut > 80 ? cut : SUMMARY_MAX)}…`;
}
