// A seeded generator of realistic timelines in the data contract, for benchmarks and
// for loading the app with 1k–100k events. Pure: no I/O, so the browser can run it too.
import {
  SCHEMA_VERSION,
  type Mention,
  type Mod,
  type Precision,
  type Timeline,
  type TimelineEvent,
} from '../model';
import { createCast, syntheticSides } from './actors';
import { ArticleDesk } from './articles';
import { dateAt, timexText } from './calendar';
import { createRandom, type Random } from './random';
import { eventSentence } from './sentences';
import { Casting, createStories, FIRST_DAY, LAST_DAY, storyPicker } from './stories';

export interface GenerateOptions {
  /** Number of events in the output. */
  events: number;
  seed?: number;
  /** Chance of an event-free sentence after each report (background, quotes, durations). */
  fillerRate?: number;
}

interface Plan {
  day: number;
  precision: Precision;
  mod: Mod | null;
  type: TimelineEvent['type'];
  actors: string[];
  mentions: number;
}

const PRECISIONS: [Precision, number][] = [
  ['day', 65],
  ['month', 18],
  ['year', 9],
  ['week', 8],
];

const MENTION_COUNTS: [number, number][] = [
  [1, 62],
  [2, 23],
  [3, 9],
  [4, 4],
  [5, 2],
];

function planEvents(random: Random, count: number, casting: Casting): Plan[] {
  const stories = createStories(random, Math.max(8, Math.round(count / 60)), casting);
  const pickStory = storyPicker(stories);
  const plans: Plan[] = [];
  for (let i = 0; i < count; i++) {
    const background = random.chance(0.12);
    const story = pickStory(random);
    const day = background
      ? random.int(FIRST_DAY, LAST_DAY)
      : Math.min(
          LAST_DAY,
          Math.max(FIRST_DAY, story.centre + Math.round(random.normal() * story.spread)),
        );
    const type = !background && random.chance(0.7) ? story.type : casting.randomType(random);
    const actors =
      !background && type === story.type && random.chance(0.7)
        ? story.core.slice(0, random.int(1, story.core.length))
        : casting.actorsFor(random, type);
    const precision = random.weighted(PRECISIONS);
    const mod: Mod | null =
      (precision === 'month' || precision === 'year') && random.chance(0.25)
        ? random.weighted<Mod>([
            ['START', 3],
            ['MID', 2],
            ['END', 3],
            ['APPROX', 1],
          ])
        : null;
    plans.push({ day, precision, mod, type, actors, mentions: random.weighted(MENTION_COUNTS) });
  }
  // Articles are written in date order; the index breaks ties deterministically.
  return plans
    .map((p, i) => [p, i] as const)
    .sort((a, b) => a[0].day - b[0].day || a[1] - b[1])
    .map(([p]) => p);
}

/** A coarser wording another source may use for the same happening. */
function coarser(precision: Precision): Precision {
  return precision === 'day' || precision === 'week' ? 'month' : 'year';
}

export function generateTimeline({
  events,
  seed = 1,
  fillerRate = 0.3,
}: GenerateOptions): Timeline {
  const random = createRandom(seed);
  const cast = createCast(random, Math.min(400, Math.max(100, Math.round(events / 20))));
  const actorById = new Map(cast.map((c) => [c.actor.id, c.actor]));
  const casting = new Casting(cast);
  const desk = new ArticleDesk(random, fillerRate);
  const out: TimelineEvent[] = [];

  planEvents(random, events, casting).forEach((plan, n) => {
    const date = dateAt(plan.day, plan.precision, plan.mod);
    const mentions: Mention[] = [];
    let summary = '';
    for (let j = 0; j < plan.mentions; j++) {
      const article = desk.articleFor(plan.day);
      const published = desk.publishedOf(article);
      const wording =
        j > 0 && plan.precision !== 'year' && random.chance(0.25)
          ? dateAt(plan.day, coarser(plan.precision), null)
          : date;
      const ids = j === 0 ? plan.actors : plan.actors.filter(() => random.chance(0.6));
      const actors = (ids.length ? ids : plan.actors.slice(0, 1)).map((id) => {
        const actor = actorById.get(id);
        if (!actor) throw new Error(`unknown actor ${id}`);
        return actor;
      });
      const timex = timexText(random, wording, plan.day, published);
      const sentence = eventSentence(random, plan.type, actors, timex);
      const at = desk.place(article, sentence);
      if (j === 0) summary = sentence.text.replace(/\.$/, '');
      const shift = (s: { start: number; end: number }) => ({
        start: s.start + at.offset,
        end: s.end + at.offset,
      });
      mentions.push({
        articleId: at.articleId,
        paragraph: at.paragraph,
        sentence: { start: at.offset, end: at.offset + sentence.text.length },
        timex: { ...shift(sentence.timex), text: sentence.timex.text, value: wording.value },
        actors: sentence.actors.map((a) => ({ id: a.id, ...shift(a) })),
      });
    }
    out.push({
      id: `ev-${String(n + 1).padStart(6, '0')}`,
      date,
      type: plan.type,
      summary: { ar: summary },
      actors: [...new Set(mentions.flatMap((m) => m.actors.map((a) => a.id)))],
      mentions,
    });
  });

  linkAnticipations(random, out);
  return {
    schemaVersion: SCHEMA_VERSION,
    sides: syntheticSides,
    articles: desk.articles(),
    actors: cast.map((c) => c.actor),
    events: out,
    undated: desk.undated,
  };
}

/** A few threats and statements anticipate a later event of the same year. */
function linkAnticipations(random: Random, events: TimelineEvent[]): void {
  events.forEach((e, i) => {
    if ((e.type !== 'threat' && e.type !== 'statement') || !random.chance(0.05)) return;
    const later = events[i + random.int(1, 40)];
    if (later && later.date.start.slice(0, 4) === e.date.start.slice(0, 4))
      e.relations = [{ type: 'anticipates', event: later.id }];
  });
}
