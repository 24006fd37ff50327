// Checks the schema cannot express: cross references and offsets that must slice
// to the reported text. Returns problems instead of throwing, so callers name them all.
import type { Timeline } from './schema';

export function integrityProblems(t: Timeline): string[] {
  const problems: string[] = [];
  const paragraphs = new Map<string, string[]>();
  for (const a of t.articles)
    paragraphs.set(
      a.id,
      a.paragraphs.map((p) => p.text),
    );
  const actorIds = new Set(t.actors.map((a) => a.id));
  const eventIds = new Set<string>();
  for (const e of t.events) {
    if (eventIds.has(e.id)) problems.push(`event ${e.id}: duplicate id`);
    eventIds.add(e.id);
    for (const id of e.actors)
      if (!actorIds.has(id)) problems.push(`event ${e.id}: unknown actor ${id}`);
    e.mentions.forEach((m, i) => {
      const where = `event ${e.id} mention ${i}`;
      const text = paragraphs.get(m.articleId)?.[m.paragraph];
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
  }
  for (const e of t.events)
    for (const r of e.relations ?? [])
      if (!eventIds.has(r.event))
        problems.push(`event ${e.id}: relation to unknown event ${r.event}`);
  return problems;
}
