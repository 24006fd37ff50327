// The extractor's pure core: articles in, the contract's timeline out. No I/O here.
import { SCHEMA_VERSION, type Actor, type Timeline, type Undated } from '../model';
import { createActorMatcher, type ActorMatcher } from './actors';
import { extractArticle, type Draft } from './article';
import { parseIsoDay } from './calendar';
import { link } from './link';
import { gazetteer } from './rules';
import type { ArticleInput, GazetteerActor } from './types';

export { findTimexes } from './timex';
export type { ArticleInput, TimexMatch, TimexContext } from './types';

let defaultMatcher: ActorMatcher | null = null;
const gazetteerById = new Map(gazetteer.map((a) => [a.id, a]));

export function extract(inputs: ArticleInput[]): { timeline: Timeline; problems: string[] } {
  defaultMatcher ??= createActorMatcher(gazetteer);
  const ordered = [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const drafts: Draft[] = [];
  const undated: Undated[] = [];
  const discovered = new Map<string, GazetteerActor>();
  const problems: string[] = [];
  const articles = ordered.map((input, order) => {
    const given = input.meta.published;
    if (given !== undefined && parseIsoDay(given) === null)
      problems.push(
        `${input.id}: published "${given}" is not a real day in YYYY-MM-DD form; ignored`,
      );
    const r = extractArticle(
      input,
      order,
      defaultMatcher!,
      (id) => gazetteerById.get(id) ?? discovered.get(id),
    );
    for (const a of r.discovered) if (!discovered.has(a.id)) discovered.set(a.id, a);
    for (const d of r.drafts) drafts.push(d);
    for (const u of r.undated) undated.push(u);
    if (!r.article.published && r.undated.length)
      problems.push(
        `${input.id}: no publication date (no sidecar, none inferred); ${r.undated.length} relative expressions left undated`,
      );
    return r.article;
  });
  const events = link(drafts);
  return {
    timeline: {
      schemaVersion: SCHEMA_VERSION,
      articles,
      actors: usedActors(events, discovered),
      events,
      undated,
    },
    problems,
  };
}

/** The actors events refer to, with the ones they belong to (lanes group by affiliation). */
function usedActors(
  events: { actors: string[] }[],
  discovered: Map<string, GazetteerActor>,
): Actor[] {
  const byId = (id: string) => gazetteerById.get(id) ?? discovered.get(id);
  const ids = new Set<string>();
  const visit = (id: string) => {
    if (ids.has(id)) return;
    const a = byId(id);
    if (!a) return;
    ids.add(id);
    if (a.affiliation) visit(a.affiliation);
  };
  for (const e of events) for (const id of e.actors) visit(id);
  return [...ids].sort().map((id) => {
    const a = byId(id)!;
    return {
      id: a.id,
      name: a.name,
      kind: a.kind,
      ...(a.affiliation && ids.has(a.affiliation) ? { affiliation: a.affiliation } : {}),
      aliases: a.aliases,
    };
  });
}
