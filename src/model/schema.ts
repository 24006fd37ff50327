// The data contract (docs: README "Data contract") as one runtime schema, used by the
// extractor's CLI before it writes and by the app after it fetches.
import { z } from 'zod';

import {
  actorKinds,
  eventTypes,
  mods,
  precisions,
  publishedSources,
  SCHEMA_VERSION,
} from './vocabulary';

export { actorKinds, eventTypes, mods, precisions, publishedSources, SCHEMA_VERSION };

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

export const paragraphSchema = z.object({ index: z.number().int().min(0), text: z.string() });

export const articleSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  outlet: z.string().nullable(),
  published: isoDay.nullable(),
  url: z.string().nullable(),
  publishedSource: z.enum(publishedSources).nullable(),
  paragraphs: z.array(paragraphSchema),
});

export const actorSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'actor ids are lowercase ascii'),
  name: z.object({ ar: z.string(), en: z.string() }),
  kind: z.enum(actorKinds),
  affiliation: z.string().optional(),
  /** The side the actor stands with: the id of the actor that names it; one lane per side. */
  side: z.string().optional(),
  aliases: z.array(z.string()),
});

const timemlValue = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/, 'expected a TimeML value');

export const timelineDateSchema = z.object({
  value: timemlValue,
  precision: z.enum(precisions),
  mod: z.enum(mods).nullable(),
  start: isoDay,
  end: isoDay,
  /** Optional: other days some sources give for the same happening, each with the indices
   * (into the event's mentions) of the mentions that give it. */
  disagreement: z
    .array(z.object({ value: timemlValue, mentions: z.array(z.number().int().min(0)).min(1) }))
    .optional(),
});

export const timexSchema = span.extend({ text: z.string(), value: z.string().optional() });

export const mentionSchema = z.object({
  articleId: z.string(),
  paragraph: z.number().int().min(0),
  sentence: span,
  timex: timexSchema,
  actors: z.array(span.extend({ id: z.string() })),
});

export const eventSchema = z.object({
  id: z.string().min(1),
  date: timelineDateSchema,
  type: z.enum(eventTypes),
  summary: z.object({ ar: z.string() }),
  actors: z.array(z.string()),
  mentions: z.array(mentionSchema).min(1),
  relations: z.array(z.object({ type: z.string(), event: z.string() })).optional(),
});

export const undatedSchema = z.object({
  articleId: z.string(),
  paragraph: z.number().int().min(0),
  timex: span.extend({ text: z.string() }),
  reason: z.string(),
});

/** A text in Arabic and/or English; the app shows the UI language's, else the other. */
export const localizedSchema = z.object({ ar: z.string().optional(), en: z.string().optional() });

/** A lane's name and its place: sides are drawn in the order listed, unlisted ones after. */
export const sideSchema = z.object({
  id: z.string(),
  name: z.object({ ar: z.string(), en: z.string() }),
});

export const timelineSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** What the collection is about (shown as the page title); absent: a neutral title. */
  title: localizedSchema.optional(),
  subtitle: localizedSchema.optional(),
  /** Names and order of the sides that actors' `side` refers to. */
  sides: z.array(sideSchema).optional(),
  articles: z.array(articleSchema),
  actors: z.array(actorSchema),
  events: z.array(eventSchema),
  undated: z.array(undatedSchema),
});

export type Paragraph = z.infer<typeof paragraphSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Localized = z.infer<typeof localizedSchema>;
export type Side = z.infer<typeof sideSchema>;
export type ActorKind = (typeof actorKinds)[number];
export type EventType = (typeof eventTypes)[number];
export type Precision = (typeof precisions)[number];
export type Mod = (typeof mods)[number];
export type TimelineDate = z.infer<typeof timelineDateSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Undated = z.infer<typeof undatedSchema>;
export type Timeline = z.infer<typeof timelineSchema>;
