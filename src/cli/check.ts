// One article's extraction checked against the contract on its own, before it may join the
// others: each of its mentions is checked as the event it could become, with the same schema
// and offset checks as the whole output. What passes here cannot make the linker's output
// fail them (the linker only groups mentions), so one odd article costs only itself.
import type { ArticleExtraction } from '../extract';
import { isoDay, representable } from '../extract/calendar';
import { gazetteer } from '../extract/rules';
import type { GazetteerActor } from '../extract/types';
import {
  actorSchema,
  eventTypes,
  integrityProblems,
  timelineSchema,
  SCHEMA_VERSION,
  type Actor,
  type Timeline,
} from '../model';

const gazetteerById = new Map<string, GazetteerActor>(gazetteer.map((a) => [a.id, a]));
const types = new Set<string>(eventTypes);
const isInt = (n: unknown) => Number.isInteger(n);

const toActor = (a: GazetteerActor): Actor => ({
  id: a.id,
  name: a.name,
  kind: a.kind,
  aliases: a.aliases,
});

const known = (id: string): Actor => ({ id, name: { ar: '', en: '' }, kind: 'other', aliases: [] });

/** Why `r` cannot join the output (empty when it can). `id` is the article it must be. */
export function articleProblems(r: ArticleExtraction, id: string): string[] {
  const problems: string[] = [];
  if (id === '') return ['the article id is empty'];
  if (r?.article?.id !== id) return [`the result is for article ${JSON.stringify(r?.article?.id)}`];
  const own = new Map<string, GazetteerActor>();
  for (const a of r.discovered) {
    const p = actorSchema.safeParse(toActor(a));
    if (!p.success)
      problems.push(`discovered actor ${JSON.stringify(a.id)}: ${p.error.issues[0]?.message}`);
    else if (gazetteerById.has(a.id))
      problems.push(`discovered actor ${a.id} takes a gazetteer id`);
    else if (own.has(a.id) && own.get(a.id)!.name.ar !== a.name.ar)
      problems.push(`two discovered actors share the id ${a.id}`);
    own.set(a.id, a);
  }
  const used = new Map<string, Actor>();
  const events: Timeline['events'] = [];
  r.drafts.forEach((d, i) => {
    const where = `mention ${i} (paragraph ${d.paragraph}, «${String(d.timex?.text).slice(0, 40)}»)`;
    if (d.articleId !== id) problems.push(`${where}: names article ${JSON.stringify(d.articleId)}`);
    const { start, end } = d.date;
    if (!isInt(start) || !isInt(end) || start > end || !representable(d.date))
      problems.push(`${where}: date range ${start}–${end} is not a period of years 0000–9999`);
    if (!types.has(d.type)) problems.push(`${where}: unknown event type ${JSON.stringify(d.type)}`);
    if (!Number.isFinite(d.informativeness) || typeof d.expected !== 'boolean')
      problems.push(`${where}: malformed linking fields`);
    for (const a of d.actors) {
      const mine = own.get(a.id);
      // a gazetteer entry is checked by the rules' tests: only its id matters here
      if (mine) used.set(a.id, toActor(mine));
      else if (gazetteerById.has(a.id)) used.set(a.id, known(a.id));
    }
    events.push({
      id: `mention-${i}`,
      date: {
        value: d.date.value,
        precision: d.date.precision,
        mod: d.date.mod,
        start: isoDay(start),
        end: isoDay(end),
      },
      type: d.type,
      summary: { ar: d.summary },
      actors: [...new Set(d.actors.map((a) => a.id))],
      mentions: [
        {
          articleId: d.articleId,
          paragraph: d.paragraph,
          sentence: d.sentence,
          timex: d.timex,
          actors: d.actors,
        },
      ],
    });
  });
  for (const u of r.undated)
    if (u.articleId !== id)
      problems.push(`undated ${JSON.stringify(u.timex?.text)}: names another article`);
  const alone: Timeline = {
    schemaVersion: SCHEMA_VERSION,
    articles: [r.article],
    actors: [...used.values()],
    events,
    undated: r.undated,
  };
  const parsed = timelineSchema.safeParse(alone);
  if (!parsed.success)
    for (const issue of parsed.error.issues.slice(0, 5))
      problems.push(`${describe(issue.path, r)}: ${issue.message}`);
  else {
    problems.push(
      ...integrityProblems(parsed.data).map((p) => p.replace(/^event mention-(\d+)/, 'mention $1')),
    );
    // undated offsets are not among the whole output's checks; they must slice all the same
    for (const u of r.undated) {
      const text = r.article.paragraphs[u.paragraph]?.text;
      if (text === undefined || text.slice(u.timex.start, u.timex.end) !== u.timex.text)
        problems.push(`undated ${JSON.stringify(u.timex.text)}: its offsets do not slice to it`);
    }
  }
  return problems;
}

/** A schema issue's path in words: which mention, and where in it. */
function describe(path: PropertyKey[], r: ArticleExtraction): string {
  const [top, i, ...rest] = path;
  if (top === 'events' && typeof i === 'number') {
    const d = r.drafts[i];
    const field = (rest[0] === 'mentions' ? rest.slice(2) : rest).map(String).join('.');
    return `mention ${i} (paragraph ${d?.paragraph}, «${String(d?.timex?.text).slice(0, 40)}») ${field}`;
  }
  return path.map(String).join('.');
}
