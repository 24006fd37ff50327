// Whether the store's body (mentions, articles, paragraph texts) is in: the timeline is drawn
// from the head, and what reads a source re-renders when the body arrives.
import { useSyncExternalStore } from 'react';
import type { TimelineStore } from '../model/store';

const never = () => () => {};

export function useSources(store: TimelineStore | null): boolean {
  return useSyncExternalStore(store?.subscribe ?? never, () => store?.hasSources ?? false);
}
