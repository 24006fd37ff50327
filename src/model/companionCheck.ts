// A companion file is held to the same contract as the JSON: the loading worker reads it with
// these checks before the page sees a byte of it. Reading (companion.ts) checks the structure:
// offsets, references, codes of the closed lists. Here, what the schema says of the values:
// UTF-8 text, non-empty ids, TimeML values, and the collection section through the schema's own
// parts. Then, once the timeline is drawn, `storeProblems` runs the schema on every event and
// article as the page will show it, and the integrity checks, as for a JSON file.
import {
  CompanionError,
  decodeBody,
  decodeHead,
  NONE,
  type BodyColumns,
  type CompanionHeader,
  type HeadColumns,
} from './companion';
import { sourceProblems } from './integrity';
import {
  actorSchema,
  articleSchema,
  eventSchema,
  localizedSchema,
  sideSchema,
  timelineDateSchema,
  undatedSchema,
} from './schema';
import type { TimelineStore } from './store';
import { z } from 'zod';

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid';
}

function check<T>(schema: z.ZodType<T>, value: unknown, where: string): void {
  const r = schema.safeParse(value);
  if (!r.success) throw new CompanionError(`${where}: ${describe(r.error)}`);
}

const valueSchema = timelineDateSchema.shape.value;
const relationsSchema = eventSchema.shape.relations;
const disagreementSchema = timelineDateSchema.shape.disagreement;

/** Pool strings used in a role, each checked once however often it is used. */
function eachRef(column: Uint32Array, poolSize: number, f: (ref: number) => void): void {
  const seen = new Uint8Array(poolSize);
  for (let i = 0; i < column.length; i++) {
    const r = column[i]!;
    if (r === NONE || seen[r]) continue;
    seen[r] = 1;
    f(r);
  }
}

/** The head, read with every check; throws CompanionError naming the first problem. */
export function strictHead(buffer: ArrayBuffer, header: CompanionHeader): HeadColumns {
  let c: HeadColumns;
  try {
    c = decodeHead(buffer, header, { fatal: true });
    // UTF-8 is checked as each string is decoded: decode them all once.
    c.pool.checkUtf8();
    c.summaries.checkUtf8();
  } catch (e) {
    if (e instanceof TypeError) throw new CompanionError('a text of the head is not UTF-8');
    throw e;
  }
  const m = c.meta;
  if (m.title !== undefined) check(localizedSchema, m.title, 'title');
  if (m.subtitle !== undefined) check(localizedSchema, m.subtitle, 'subtitle');
  if (m.sides !== undefined) check(z.array(sideSchema), m.sides, 'sides');
  check(z.array(actorSchema), m.actors, 'actors');
  check(z.array(undatedSchema), m.undated, 'undated');
  for (const [i, r] of m.relations) check(relationsSchema, r, `events[${i}].relations`);
  for (const [i, d] of m.disagreement)
    check(disagreementSchema, d, `events[${i}].date.disagreement`);
  // An empty string is one whose offsets are equal: no string decoded.
  const o = c.pool.offsets;
  eachRef(c.eventId, c.pool.size, (r) => {
    if (o[r] === o[r + 1]) throw new CompanionError('an event id is empty');
  });
  eachRef(c.eventValue, c.pool.size, (r) =>
    check(valueSchema, c.pool.get(r), 'an event date value'),
  );
  return c;
}

/** The body, read with every check. */
export function strictBody(
  buffer: ArrayBuffer,
  header: CompanionHeader,
  head: HeadColumns,
  base: number,
): BodyColumns {
  let c: BodyColumns;
  try {
    c = decodeBody(buffer, header, head, base, { fatal: true });
    c.pool.checkUtf8();
    c.texts.checkUtf8();
  } catch (e) {
    if (e instanceof TypeError) throw new CompanionError('a text of the body is not UTF-8');
    throw e;
  }
  const o = c.pool.offsets;
  eachRef(c.articleId, c.pool.size, (r) => {
    if (o[r] === o[r + 1]) throw new CompanionError('an article id is empty');
  });
  return c;
}

/** The integrity checks' view of a store, with the same lookups as for a Timeline. */
function integritySource(store: TimelineStore) {
  // As integrityProblems: the last article of an id, its paragraphs by position.
  const byId = new Map<string, number>();
  for (let k = 0; k < store.articleCount; k++) byId.set(store.article(k).id, k);
  return {
    articles: Array.from({ length: store.articleCount }, (_, k) => store.article(k)),
    paragraph: (id: string, i: number) => {
      const k = byId.get(id);
      if (k === undefined) return undefined;
      return store.paragraphAt(k, i)?.text;
    },
    actorIds: new Set(store.actors.map((a) => a.id)),
    eventCount: store.eventCount,
    event: (i: number) => store.event(i),
  };
}

/**
 * The schema on every event and article as the store gives them, then the integrity checks: a
 * companion that passed strictHead and strictBody has no schema problem (tests hold the two to
 * each other); the schema runs here all the same, on what the page shows.
 */
export function storeProblems(store: TimelineStore): string[] {
  const problems: string[] = [];
  for (let k = 0; k < store.articleCount; k++) {
    const r = articleSchema.safeParse(store.fullArticle(k));
    if (!r.success) problems.push(`articles[${k}]: ${describe(r.error)}`);
  }
  for (let i = 0; i < store.eventCount; i++) {
    const r = eventSchema.safeParse(store.event(i));
    if (!r.success) problems.push(`events[${i}]: ${describe(r.error)}`);
  }
  return [...problems, ...sourceProblems(integritySource(store))];
}
