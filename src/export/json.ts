// The view as the contract's JSON: the shown events with the articles and actors they cite,
// so the file loads in the app (or any reader of the contract) on its own.
import type { Actor, Timeline } from '../model/schema';
import type { TimelineStore } from '../model/store';

/** The shown events as a timeline of their own; the store's body must be in. */
export function viewTimeline(timeline: TimelineStore, ordered: ArrayLike<number>): Timeline {
  const events = Array.from({ length: ordered.length }, (_, k) => timeline.event(ordered[k]!));
  const shown = new Set(events.map((e) => e.id));
  const articleIds = new Set(events.flatMap((e) => e.mentions.map((m) => m.articleId)));
  const byId = new Map(timeline.actors.map((a) => [a.id, a]));
  const actorIds = new Set<string>();
  const visit = (id: string | undefined) => {
    const a: Actor | undefined = id === undefined ? undefined : byId.get(id);
    if (!a || actorIds.has(a.id)) return;
    actorIds.add(a.id);
    visit(a.affiliation);
    visit(a.side);
  };
  for (const e of events) {
    e.actors.forEach(visit);
    for (const m of e.mentions) m.actors.forEach((a) => visit(a.id));
  }
  const articles = [];
  for (let k = 0; k < timeline.articleCount; k++)
    if (articleIds.has(timeline.article(k).id)) articles.push(timeline.fullArticle(k));
  return {
    schemaVersion: timeline.schemaVersion,
    ...(timeline.title ? { title: timeline.title } : {}),
    ...(timeline.subtitle ? { subtitle: timeline.subtitle } : {}),
    ...(timeline.sides ? { sides: timeline.sides } : {}),
    articles,
    actors: timeline.actors.filter((a) => actorIds.has(a.id)),
    events: events.map((e) => {
      if (!e.relations) return e;
      // A relation to an event left out of the view would point nowhere.
      const { relations, ...rest } = e;
      const kept = relations.filter((r) => shown.has(r.event));
      return kept.length ? { ...rest, relations: kept } : rest;
    }),
    undated: timeline.undated.filter((u) => articleIds.has(u.articleId)),
  };
}

export const timelineJson = (t: Timeline) => `${JSON.stringify(t, null, 2)}\n`;
