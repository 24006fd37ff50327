// Stories give the data its shape: bursts of related events around a date, with a
// dominant event type and a core of actors, over a quieter background.
import type { EventType } from '../model';
import type { CastMember, Side } from './actors';
import { dayOf } from './calendar';
import type { Random } from './random';

export const FIRST_DAY = dayOf('2003-01-01');
export const LAST_DAY = dayOf('2024-12-31');

/** Dates the coverage clusters around (invasion, withdrawal, Mosul, Soleimani, …). */
const KEY_DATES = [
  '2003-03-20',
  '2003-04-09',
  '2004-04-04',
  '2007-01-10',
  '2008-11-17',
  '2011-12-18',
  '2014-06-10',
  '2014-08-08',
  '2017-07-10',
  '2020-01-03',
  '2020-01-05',
  '2021-07-26',
  '2024-01-28',
  '2024-07-22',
  '2024-09-27',
].map(dayOf);

export interface Story {
  centre: number;
  /** Standard deviation of event days around the centre. */
  spread: number;
  weight: number;
  type: EventType;
  core: string[];
}

/** Which sides lead and answer an event of each type. */
const ROLES_BY_TYPE: Record<EventType, [Side[], Side[]]> = {
  talks: [
    ['us', 'iraq', 'coalition'],
    ['iraq', 'us'],
  ],
  statement: [
    ['us', 'iraq', 'faction', 'coalition', 'other'],
    ['us', 'iraq', 'coalition'],
  ],
  visit: [['us', 'coalition', 'other'], ['iraq']],
  agreement: [['iraq'], ['us', 'coalition']],
  'military-deployment': [['us', 'coalition', 'iraq'], ['iraq']],
  withdrawal: [['us', 'coalition'], ['iraq']],
  attack: [
    ['faction', 'faction', 'faction', 'us'],
    ['us', 'coalition', 'faction'],
  ],
  invasion: [
    ['us', 'coalition', 'faction'],
    ['iraq', 'faction'],
  ],
  report: [['other'], ['us', 'iraq', 'faction']],
  threat: [
    ['faction', 'other'],
    ['us', 'coalition'],
  ],
  other: [
    ['iraq', 'other'],
    ['us', 'iraq'],
  ],
};

const TYPE_WEIGHTS: [EventType, number][] = [
  ['statement', 22],
  ['talks', 14],
  ['attack', 14],
  ['visit', 9],
  ['report', 9],
  ['threat', 8],
  ['military-deployment', 7],
  ['agreement', 5],
  ['withdrawal', 5],
  ['other', 5],
  ['invasion', 2],
];

export class Casting {
  private bySide = new Map<Side, string[]>();
  private media: string[];

  constructor(cast: CastMember[]) {
    for (const { actor, side } of cast) {
      if (actor.kind === 'media') continue;
      const list = this.bySide.get(side) ?? [];
      list.push(actor.id);
      this.bySide.set(side, list);
    }
    this.media = cast.filter((c) => c.actor.kind === 'media').map((c) => c.actor.id);
  }

  private fromSides(random: Random, sides: Side[]): string {
    const list = this.bySide.get(random.pick(sides)) ?? this.bySide.get('iraq') ?? [];
    return random.pick(list);
  }

  /** A lead actor and one or two others fitting the event type. */
  actorsFor(random: Random, type: EventType): string[] {
    const [lead, answer] = ROLES_BY_TYPE[type];
    const first = type === 'report' ? random.pick(this.media) : this.fromSides(random, lead);
    const ids = [first, this.fromSides(random, answer)];
    if (random.chance(0.25)) ids.push(this.fromSides(random, answer));
    return [...new Set(ids)];
  }

  randomType(random: Random): EventType {
    return random.weighted(TYPE_WEIGHTS);
  }
}

export function createStories(random: Random, count: number, casting: Casting): Story[] {
  const stories: Story[] = [];
  for (let i = 0; i < count; i++) {
    const keyed = random.chance(0.3);
    const centre = keyed
      ? random.pick(KEY_DATES) + random.int(-20, 20)
      : random.int(FIRST_DAY, LAST_DAY);
    const type = casting.randomType(random);
    stories.push({
      centre,
      spread: random.pick([1, 3, 7, 20, 45]),
      // Heavy-tailed: a few stories dominate the coverage, as in a real archive.
      weight: (keyed ? 3 : 1) / Math.pow(1 - random.next() * 0.97, 0.9),
      type,
      core: casting.actorsFor(random, type),
    });
  }
  return stories;
}

/** Picks stories by weight in O(log n), which matters at 100k events. */
export function storyPicker(stories: Story[]): (random: Random) => Story {
  const cumulative: number[] = [];
  let total = 0;
  for (const s of stories) cumulative.push((total += s.weight));
  return (random) => {
    const r = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > r) hi = mid;
      else lo = mid + 1;
    }
    const story = stories[lo];
    if (!story) throw new Error('no stories');
    return story;
  };
}
