// The extractor's pure core: articles in, the contract's timeline out. No I/O here.
// Two stages, so that a caller can run the first in parallel or cache it: `extractArticle`
// reads one article on its own (its result depends on nothing else and survives JSON), and
// `linkArticles` merges the mentions of all of them into events.
import { SCHEMA_VERSION, type Actor, type Article, type Timeline, type Undated } from '../model';
import { extractArticle as readArticle, type Draft } from './article';
import { parseIsoDay } from './calendar';
import { arabic, type Language } from './language';
import { link, type Feature, type LinkTrace } from './link';
import { actorWeight } from './weights';
import type { ArticleInput, GazetteerActor } from './types';

export { findTimexes } from './timex';
export { arabic, compileLanguage, type Language } from './language';
export type { ArticleInput, TimexMatch, TimexContext } from './types';

/** One article's reading: plain data (JSON round-trips it), independent of other articles. */
export interface ArticleExtraction {
  article: Article;
  drafts: Draft[];
  undated: Undated[];
  /** People this article introduces (a role phrase and a name). */
  discovered: GazetteerActor[];
  /** Warnings about this article (they do not stop it). */
  problems: string[];
}

/** The three entry points for a language bundle (compiled once; the exports below use Arabic). */
export function extractor(lang: Language) {
  return {
    extractArticle: (input: ArticleInput) => readOne(lang, input),
    linkArticles: (results: readonly ArticleExtraction[], trace?: LinkTrace, tuning?: Tuning) =>
      linkAll(lang, results, trace, tuning),
    extract: (inputs: readonly ArticleInput[]) =>
      linkAll(
        lang,
        [...inputs].sort(byId).map((a) => readOne(lang, a)),
        undefined,
        undefined,
      ),
  };
}

type Tuning = { weights: Record<Feature, number>; threshold: number };

/** One article's reading. */
export const extractArticle = (input: ArticleInput): ArticleExtraction => readOne(arabic(), input);

/** Merges the articles' mentions into events; the order the results come in does not matter. */
export const linkArticles = (
  results: readonly ArticleExtraction[],
  trace?: LinkTrace,
  /** Other weights for the linker's evidence (scripts/eval/tune.ts). */
  tuning?: Tuning,
): { timeline: Timeline; problems: string[] } => linkAll(arabic(), results, trace, tuning);

/** Both stages in one call. */
export const extract = (
  inputs: readonly ArticleInput[],
): { timeline: Timeline; problems: string[] } => extractor(arabic()).extract(inputs);

function readOne(lang: Language, input: ArticleInput): ArticleExtraction {
  const problems: string[] = [];
  const given = input.meta.published;
  if (given !== undefined && parseIsoDay(given) === null)
    problems.push(
      `${input.id}: published "${given}" is not a real day in YYYY-MM-DD form; ignored`,
    );
  const { warnings, ...r } = readArticle(input, lang.actors, lang.actorById, lang);
  for (const w of warnings ?? []) problems.push(`${input.id}: ${w}`);
  if (!r.article.published && r.undated.length)
    problems.push(
      `${input.id}: no publication date (no sidecar, none inferred); ${r.undated.length} relative expressions left undated`,
    );
  return { ...r, problems };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byArticle = (a: ArticleExtraction, b: ArticleExtraction) => byId(a.article, b.article);

function linkAll(
  lang: Language,
  results: readonly ArticleExtraction[],
  trace: LinkTrace | undefined,
  tuning: Tuning | undefined,
): {
  timeline: Timeline;
  problems: string[];
} {
  const ordered = [...results].sort(byArticle);
  const drafts: Draft[] = [];
  const undated: Undated[] = [];
  const discovered = new Map<string, GazetteerActor>();
  const problems: string[] = [];
  for (const r of ordered) {
    for (const a of r.discovered) if (!discovered.has(a.id)) discovered.set(a.id, a);
    for (const d of r.drafts) drafts.push(d);
    for (const u of r.undated) undated.push(u);
    for (const p of r.problems) problems.push(p);
  }
  const actorOf = (id: string) => lang.actorById(id) ?? discovered.get(id);
  const events = link(drafts, (id) => actorWeight(actorOf(id)), trace, tuning);
  return {
    timeline: {
      schemaVersion: SCHEMA_VERSION,
      articles: ordered.map((r) => r.article),
      actors: usedActors(events, discovered, lang),
      events,
      undated,
    },
    problems,
  };
}

/**
 * The actors events refer to, with the ones they belong to (lanes group by affiliation) and the
 * ones that name their side. Each carries its side, its own or the nearest affiliation's.
 */
function usedActors(
  events: { actors: string[]; mentions: { actors: { id: string }[] }[] }[],
  discovered: Map<string, GazetteerActor>,
  lang: Language,
): Actor[] {
  const byId = (id: string) => lang.actorById(id) ?? discovered.get(id);
  const sideOf = (id: string): string | undefined => {
    const seen = new Set<string>();
    let a = byId(id);
    while (a && !seen.has(a.id)) {
      if (a.side) return a.side;
      seen.add(a.id);
      a = a.affiliation ? byId(a.affiliation) : undefined;
    }
    return undefined;
  };
  const ids = new Set<string>();
  const visit = (id: string) => {
    if (ids.has(id)) return;
    const a = byId(id);
    if (!a) return;
    ids.add(id);
    if (a.affiliation) visit(a.affiliation);
    if (a.side) visit(a.side);
  };
  for (const e of events) {
    for (const id of e.actors) visit(id);
    // a mention also shows the actors of the rest of its sentence, which its event may not list
    for (const m of e.mentions) for (const a of m.actors) visit(a.id);
  }
  return [...ids].sort().map((id) => {
    const a = byId(id)!;
    const side = sideOf(id);
    return {
      id: a.id,
      name: a.name,
      kind: a.kind,
      ...(a.affiliation && ids.has(a.affiliation) ? { affiliation: a.affiliation } : {}),
      ...(side ? { side } : {}),
      aliases: a.aliases,
    };
  });
}
