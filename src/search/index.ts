// The precomputed indexes of one data load, and the visible set they answer.
import type { Timeline } from '../model';
import { buildActorIndex, filterByActors, type ActorIndex, type ActorMatch } from './actorIndex';
import { intersectNullable } from './sortedSets';
import { buildTextIndex, searchText, type TextIndex } from './textIndex';

export interface SearchIndexes {
  actors: ActorIndex;
  text: TextIndex;
}

export function buildIndexes(timeline: Timeline): SearchIndexes {
  return { actors: buildActorIndex(timeline), text: buildTextIndex(timeline) };
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
    searchText(indexes.text, f.q),
  );
}

export { actorEventCount, type ActorMatch } from './actorIndex';
export { nameMatches } from './arabic';
