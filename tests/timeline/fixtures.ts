// Hand-written fixtures, validated against the contract so they cannot drift from it.
import { timelineSchema, type Timeline, type TimelineEvent } from '../../src/model';
import small from './fixtures/small.json';

export const smallTimeline: Timeline = timelineSchema.parse(small);

/** A minimal event for generated tests: one mention, day precision unless told. */
export function makeEvent(
  id: string,
  start: string,
  end = start,
  precision: TimelineEvent['date']['precision'] = 'day',
  actors: string[] = ['us'],
  mod: TimelineEvent['date']['mod'] = null,
): TimelineEvent {
  return {
    id,
    date: { value: start, precision, mod, start, end },
    type: 'other',
    summary: { ar: `حدث ${id}` },
    actors,
    mentions: [
      {
        articleId: 'a1',
        paragraph: 1,
        sentence: { start: 0, end: 1 },
        timex: { text: 'x', start: 0, end: 1 },
        actors: [],
      },
    ],
  };
}

export function withEvents(events: TimelineEvent[]): Timeline {
  return { ...smallTimeline, events };
}
