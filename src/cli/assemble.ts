// Links the checked articles into one timeline and checks the whole against the contract.
// Each article passed its own check, so the whole should too; if a fault in the linker
// breaks it anyway, the articles of the events at fault are set aside (and named) and the
// rest are linked again, so one article can never cost the others their output.
import { linkArticles, type ArticleExtraction } from '../extract';
import { eventSchema, integrityProblems, timelineSchema, type Timeline } from '../model';

export interface Assembled {
  timeline: Timeline;
  /** The articles' own warnings (no publication date …). */
  warnings: string[];
  /** Articles set aside because the linked output broke the contract at their events. */
  setAside: { id: string; problem: string }[];
}

type Link = typeof linkArticles;

export function contractProblems(t: Timeline): string[] {
  const parsed = timelineSchema.safeParse(t);
  return parsed.success
    ? integrityProblems(parsed.data)
    : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/**
 * The articles behind each problem of a timeline that fails the contract. The whole is
 * checked once and each problem is blamed on the articles of the event it names (checking
 * each event alone took every relation for a dangling one, and read every article per event).
 */
function culprits(t: Timeline): Map<string, string> {
  const out = new Map<string, string>();
  const blame = (ids: Iterable<string>, problem: string) => {
    for (const id of ids) if (!out.has(id)) out.set(id, problem);
  };
  const articlesOf = new Map<string, Set<string>>();
  const wellFormed: Timeline['events'] = [];
  for (const e of t.events) {
    const articles = new Set(e.mentions?.map((m) => m.articleId) ?? []);
    if (!eventSchema.safeParse(e).success) {
      blame(articles, `event ${e.id}: malformed event`);
      continue;
    }
    wellFormed.push(e);
    const known = articlesOf.get(e.id);
    if (known) for (const id of articles) known.add(id);
    else articlesOf.set(e.id, articles);
  }
  for (const problem of integrityProblems({ ...t, events: wellFormed })) {
    const event = /^event (\S+?)[: ]/.exec(problem)?.[1];
    if (event !== undefined) blame(articlesOf.get(event) ?? [], problem);
    else {
      const article = t.articles.find((a) => problem.startsWith(`article ${a.id}: `));
      if (article) blame([article.id], problem);
    }
  }
  return out;
}

export function assemble(
  results: readonly ArticleExtraction[],
  link: Link = linkArticles,
): Assembled {
  const setAside: Assembled['setAside'] = [];
  let kept = results;
  for (;;) {
    const { timeline, problems } = link(kept);
    const broken = contractProblems(timeline);
    if (!broken.length) return { timeline, warnings: problems, setAside };
    const bad = culprits(timeline);
    // a fault no event accounts for (articles, actors): nothing to set aside, so say so
    if (!bad.size) throw new Error(`the linked output breaks the data contract: ${broken[0]}`);
    for (const [id, problem] of bad) setAside.push({ id, problem });
    kept = kept.filter((r) => !bad.has(r.article.id));
  }
}
