// The precomputed indexes of one data load, and the visible set they answer.
import type { Timeline } from '../model';
import { buildActorIndex, filterByActors, type ActorIndex, type ActorMatch } from './actorIndex';
import { intersectNullable } from './sortedSets';
import { buildTextIndex, searchText, type TextIndex } from './textIndex';

export interface SearchIndexes {
  actors: ActorIndex;
  /** Built on first use: the token index costs most, and many visits never search. */
  text: () => TextIndex;
}

export function buildIndexes(timeline: Timeline): SearchIndexes {
  let text: TextIndex | null = null;
  return {
    actors: buildActorIndex(timeline),
    text: () => (text ??= buildTextIndex(timeline)),
  };
}

export interface Filters {
  actors: readonly string[];
  match: ActorMatch;
  q: string;
}

/** Indices of events passing the filters, ascending; null when nothing filters. */
export function visibleEvents(indexes: SearchIndexes, f: Filters): Uint32Array | null {
  return intersectNullable(
    filterByActors(indexes.actors, f.actors, f.match),
    f.q.trim() === '' ? null : searchText(indexes.text(), f.q),
  );
}

export { actorEventCount, type ActorMatch } from './actorIndex';
export { nameMatches } from './arabic';
