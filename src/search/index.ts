// The precomputed indexes of one data load, and the visible set they answer.
import type { TimelineStore } from '../model/store';
import { buildActorIndex, filterByActors, type ActorIndex, type ActorMatch } from './actorIndex';
import { intersectNullable } from './sortedSets';
import { searchText, TextIndexBuilder, type TextIndex } from './textIndex';

export interface SearchIndexes {
  actors: ActorIndex;
  /** The token index, finished on first use if idle time has not finished it already; needs
   * the store's body (the sentences are searched too). */
  text: () => TextIndex;
  /** Advances the token index for about budgetMs; true once it is complete. */
  warm: (budgetMs: number) => boolean;
}

export function buildIndexes(timeline: TimelineStore): SearchIndexes {
  const builder = new TextIndexBuilder(timeline);
  let done = false;
  return {
    actors: buildActorIndex(timeline),
    text: () => {
      const start = performance.now();
      const index = builder.finish();
      if (!done)
        performance.measure?.('search:text-index-finish', { start, end: performance.now() });
      done = true;
      return index;
    },
    warm: (budgetMs) => {
      if (!done && builder.step(budgetMs)) done = true;
      return done;
    },
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
