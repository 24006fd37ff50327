// Checks the schema cannot express: cross references and offsets that must slice
// to the reported text. Returns problems instead of throwing, so callers name them all.
import type { Timeline } from './schema';

/** YYYY-MM-DD names a day of the calendar (not 2024-02-30). */
function realDay(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d); // setUTCFullYear, unlike Date.UTC, keeps years 0-99
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function dateProblems(e: Timeline['events'][number]): string[] {
  const { start, end } = e.date;
  const out: string[] = [];
  for (const [name, day] of [
    ['start', start],
    ['end', end],
  ] as const)
    if (!realDay(day)) out.push(`event ${e.id}: date ${name} ${day} is not a day of the calendar`);
  if (start > end) out.push(`event ${e.id}: date starts ${start}, after its end ${end}`);
  return out;
}

/** What the checks read: the timeline's parts one at a time, so that a file held as columns
 * (the companion, model/store.ts) is checked without building all of it as objects. */
export interface IntegritySource {
  articles: Iterable<{ id: string; published: string | null }>;
  /** A paragraph's text, or undefined when the article or the paragraph is not there. */
  paragraph(articleId: string, index: number): string | undefined;
  actorIds: ReadonlySet<string>;
  eventCount: number;
  event(i: number): Timeline['events'][number];
}

export function integrityProblems(t: Timeline): string[] {
  const paragraphs = new Map<string, string[]>();
  for (const a of t.articles)
    paragraphs.set(
      a.id,
      a.paragraphs.map((p) => p.text),
    );
  return sourceProblems({
    articles: t.articles,
    paragraph: (id, i) => paragraphs.get(id)?.[i],
    actorIds: new Set(t.actors.map((a) => a.id)),
    eventCount: t.events.length,
    event: (i) => t.events[i]!,
  });
}

export function sourceProblems(t: IntegritySource): string[] {
  const problems: string[] = [];
  for (const a of t.articles)
    if (a.published !== null && !realDay(a.published))
      problems.push(`article ${a.id}: published ${a.published} is not a day of the calendar`);
  const { actorIds } = t;
  const eventIds = new Set<string>();
  const relations: [string, string][] = [];
  for (let i = 0; i < t.eventCount; i++) {
    const e = t.event(i);
    if (eventIds.has(e.id)) problems.push(`event ${e.id}: duplicate id`);
    for (const p of dateProblems(e)) problems.push(p);
    eventIds.add(e.id);
    for (const id of e.actors)
      if (!actorIds.has(id)) problems.push(`event ${e.id}: unknown actor ${id}`);
    e.mentions.forEach((m, i) => {
      const where = `event ${e.id} mention ${i}`;
      const text = t.paragraph(m.articleId, m.paragraph);
      if (text === undefined) {
        problems.push(`${where}: no paragraph ${m.articleId}#${m.paragraph}`);
        return;
      }
      const within = (s: { start: number; end: number }) =>
        s.start <= s.end && s.end <= text.length;
      if (!within(m.sentence)) problems.push(`${where}: sentence span out of range`);
      if (!within(m.timex) || text.slice(m.timex.start, m.timex.end) !== m.timex.text)
        problems.push(`${where}: timex text does not match its offsets`);
      for (const a of m.actors) {
        if (!within(a)) problems.push(`${where}: actor span ${a.id} out of range`);
        if (!actorIds.has(a.id)) problems.push(`${where}: unknown actor ${a.id}`);
      }
    });
    for (const r of e.relations ?? []) relations.push([e.id, r.event]);
  }
  for (const [from, to] of relations)
    if (!eventIds.has(to)) problems.push(`event ${from}: relation to unknown event ${to}`);
  return problems;
}
