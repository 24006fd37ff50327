// Inverted actor -> events index, built once per data load: counts for the filter panel
// and any/all filtering without scanning the events again.
import type { TimelineStore } from '../model/store';
import { intersect, union } from './sortedSets';

export type ActorMatch = 'any' | 'all';

export interface ActorIndex {
  eventCount: number;
  /** Slot of each actor id in offsets. */
  slot: Map<string, number>;
  /** postings of slot s = events.subarray(offsets[s], offsets[s + 1]), ascending. */
  offsets: Uint32Array;
  events: Uint32Array;
}

export function buildActorIndex(timeline: TimelineStore): ActorIndex {
  const slot = new Map<string, number>();
  for (const a of timeline.actors) if (!slot.has(a.id)) slot.set(a.id, slot.size);
  // Events may name actors the actor list lacks; give them a slot too. Each actor reference
  // of the file is looked up once.
  const slotOfRef = new Map<number, number>();
  const slotOf = (ref: number) => {
    let s = slotOfRef.get(ref);
    if (s === undefined) {
      const id = timeline.poolString(ref);
      s = slot.get(id);
      if (s === undefined) slot.set(id, (s = slot.size));
      slotOfRef.set(ref, s);
    }
    return s;
  };
  const n = timeline.eventCount;
  for (let i = 0; i < n; i++) for (const ref of timeline.actorRefs(i)) slotOf(ref);
  // Two passes (count, then fill); a stamp per actor skips an actor named twice in one event.
  const seen = new Int32Array(slot.size).fill(-1);
  const slotsOf = (i: number, each: (s: number) => void) => {
    for (const ref of timeline.actorRefs(i)) {
      const s = slotOf(ref);
      if (seen[s] === i) continue;
      seen[s] = i;
      each(s);
    }
  };
  const counts = new Uint32Array(slot.size + 1);
  for (let i = 0; i < n; i++) slotsOf(i, (s) => counts[s + 1]!++);
  const offsets = new Uint32Array(slot.size + 1);
  for (let s = 1; s <= slot.size; s++) offsets[s] = offsets[s - 1]! + counts[s]!;
  const events = new Uint32Array(offsets[slot.size]!);
  const fill = offsets.slice(0, slot.size);
  seen.fill(-1);
  for (let i = 0; i < n; i++) slotsOf(i, (s) => (events[fill[s]!++] = i));
  return { eventCount: n, slot, offsets, events };
}

export function postings(index: ActorIndex, actorId: string): Uint32Array {
  const s = index.slot.get(actorId);
  if (s === undefined) return new Uint32Array(0);
  return index.events.subarray(index.offsets[s]!, index.offsets[s + 1]!);
}

export function actorEventCount(index: ActorIndex, actorId: string): number {
  return postings(index, actorId).length;
}

/** Events with any (or all) of the actors; null when no actor is selected. */
export function filterByActors(
  index: ActorIndex,
  actorIds: readonly string[],
  match: ActorMatch,
): Uint32Array | null {
  if (actorIds.length === 0) return null;
  const lists = actorIds.map((id) => postings(index, id));
  if (match === 'any') return union(lists, index.eventCount);
  lists.sort((a, b) => a.length - b.length);
  return lists.reduce((acc, l) => intersect(acc, l));
}
