// The timeline's lanes come from the data. When actors carry a side, one lane per side, named
// and ordered by the file's `sides` (data contract); when none does, one lane per actor kind.
// Actors with no lane (and events with no actor) share the last one, «others».
import type { Actor, ActorKind } from '../model/schema';
import type { TimelineStore } from '../model/store';
import { actorKinds } from '../model/vocabulary';

/** Lanes are bits of a byte in the layout; sides past the first seven join «others». */
export const MAX_LANES = 8;
export const OTHER_LANE = 'other';

export interface LaneDef {
  /** `side:ID`, `kind:KIND` or `other`. */
  id: string;
  /** The name the data gives it (a side); null when the app names it (a kind, «others»). */
  name: { ar: string; en: string } | null;
  /** The actor kind a kind lane holds. */
  kind: ActorKind | null;
}

export interface Lanes {
  list: LaneDef[];
  /** Lane index of every actor that has one (the rest are «others»). */
  byActor: Map<string, number>;
  /** Index of the «others» lane in `list`, or -1 when no event needs it. */
  other: number;
}

type LaneSource = Pick<
  TimelineStore,
  'actors' | 'sides' | 'eventCount' | 'actorRefs' | 'poolString'
>;

/** An actor's side: its own, else the nearest one up its affiliation chain. */
function sideOf(actor: Actor, byId: Map<string, Actor>): string | null {
  const seen = new Set<string>();
  for (let a: Actor | undefined = actor; a && !seen.has(a.id);) {
    if (a.side) return a.side;
    seen.add(a.id);
    a = a.affiliation === undefined ? undefined : byId.get(a.affiliation);
  }
  return null;
}

export function timelineLanes(t: LaneSource): Lanes {
  const byId = new Map(t.actors.map((a) => [a.id, a]));
  const bySides = t.actors.some((a) => a.side !== undefined);
  const keyOf = new Map<string, string>();
  for (const a of t.actors) {
    const side = bySides ? sideOf(a, byId) : null;
    if (side !== null) keyOf.set(a.id, `side:${side}`);
    else if (!bySides && a.kind !== 'other') keyOf.set(a.id, `kind:${a.kind}`);
  }
  // Only lanes some event is drawn in; «others» when an event has an actor without a lane.
  const used = new Map<string, number>();
  let others = false;
  const keyOfRef = new Map<number, string | undefined>();
  // An actor named twice in one event counts once: the last event each ref was counted for.
  const counted = new Map<number, number>();
  for (let i = 0; i < t.eventCount; i++) {
    const refs = t.actorRefs(i);
    if (refs.length === 0) others = true;
    for (let j = 0; j < refs.length; j++) {
      const ref = refs[j]!;
      if (counted.get(ref) === i) continue;
      counted.set(ref, i);
      if (!keyOfRef.has(ref)) keyOfRef.set(ref, keyOf.get(t.poolString(ref)));
      const k = keyOfRef.get(ref);
      if (k === undefined) others = true;
      else used.set(k, (used.get(k) ?? 0) + 1);
    }
  }
  const rank = new Map<string, number>();
  if (bySides) (t.sides ?? []).forEach((s, i) => rank.set(`side:${s.id}`, i));
  else actorKinds.forEach((k, i) => rank.set(`kind:${k}`, i));
  const keys = [...used.keys()].sort((a, b) => {
    const ra = rank.get(a) ?? Infinity;
    const rb = rank.get(b) ?? Infinity;
    if (ra !== rb) return ra - rb;
    return used.get(b)! - used.get(a)! || (a < b ? -1 : a > b ? 1 : 0);
  });
  const room = MAX_LANES - (others || keys.length > MAX_LANES ? 1 : 0);
  if (keys.length > room) others = true;
  const kept = keys.slice(0, room);
  const list: LaneDef[] = kept.map((key) => {
    if (key.startsWith('kind:')) return { id: key, name: null, kind: key.slice(5) as ActorKind };
    const side = key.slice(5);
    const named = t.sides?.find((s) => s.id === side)?.name ?? byId.get(side)?.name;
    return { id: key, name: named ?? { ar: side, en: side }, kind: null };
  });
  const index = new Map(kept.map((k, i) => [k, i]));
  const byActor = new Map<string, number>();
  for (const [actor, key] of keyOf) {
    const l = index.get(key);
    if (l !== undefined) byActor.set(actor, l);
  }
  if (others || list.length === 0) list.push({ id: OTHER_LANE, name: null, kind: null });
  return { list, byActor, other: list[list.length - 1]!.id === OTHER_LANE ? list.length - 1 : -1 };
}

/** The lanes an event is drawn in, as a bit mask over `lanes.list`. */
export function eventLaneMask(actorIds: readonly string[], lanes: Lanes): number {
  const other = 1 << Math.max(lanes.other, 0);
  let mask = actorIds.length === 0 ? other : 0;
  for (const id of actorIds) mask |= 1 << (lanes.byActor.get(id) ?? Math.max(lanes.other, 0));
  return mask;
}

/** The same masks for every event of a store, with each actor looked up once. */
export function laneMasks(t: LaneSource, lanes: Lanes): Uint8Array {
  const other = Math.max(lanes.other, 0);
  const laneOfRef = new Map<number, number>();
  const out = new Uint8Array(t.eventCount);
  for (let i = 0; i < t.eventCount; i++) {
    const refs = t.actorRefs(i);
    let mask = refs.length === 0 ? 1 << other : 0;
    for (let k = 0; k < refs.length; k++) {
      const ref = refs[k]!;
      let lane = laneOfRef.get(ref);
      if (lane === undefined)
        laneOfRef.set(ref, (lane = lanes.byActor.get(t.poolString(ref)) ?? other));
      mask |= 1 << lane;
    }
    out[i] = mask;
  }
  return out;
}
