// One lane per side of the relationship; an actor's side comes from its id, affiliation and kind.
import type { Actor } from '../model';

export const lanes = ['us', 'iraq', 'coalition', 'factions', 'other'] as const;
export type Lane = (typeof lanes)[number];
export const laneIndex: Record<Lane, number> = {
  us: 0,
  iraq: 1,
  coalition: 2,
  factions: 3,
  other: 4,
};

// Known roots of affiliation chains; ids are the contract's lowercase ascii.
const roots: [RegExp, Lane][] = [
  [/^(us|usa|united-states|america|pentagon|us-.+)$/, 'us'],
  [/^(iraq|iraqi-.+|iraq-.+|kurdistan.*|krg)$/, 'iraq'],
  [/^(coalition|.*-coalition|coalition-.+|nato|international-coalition)$/, 'coalition'],
];

const FACTION_ROOT = /(^|-)(factions?|pmf|resistance|militias?)(-|$)/;

function sideOf(id: string): Lane | null {
  for (const [re, lane] of roots) if (re.test(id)) return lane;
  return null;
}

/** Follows each actor's affiliation chain to a known side; allied armed groups go to the factions lane. */
export function actorLanes(actors: Actor[]): Map<string, Lane> {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const out = new Map<string, Lane>();
  for (const a of actors) {
    let lane: Lane | null = null;
    let id: string | undefined = a.id;
    const seen = new Set<string>();
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const cur = byId.get(id);
      // An armed group allied to a side is still a faction, not the side's government;
      // a group allied to no one (the Islamic State, al-Qaeda) is the others' enemy, not a faction.
      if (
        cur?.kind === 'armed-group' &&
        (cur.affiliation !== undefined || FACTION_ROOT.test(cur.id))
      ) {
        lane = 'factions';
        break;
      }
      lane = sideOf(id);
      if (lane) break;
      id = cur?.affiliation;
    }
    out.set(a.id, lane ?? 'other');
  }
  return out;
}

/** The lanes an event appears in, in lane order; events with no known actor go to "other". */
export function eventLanes(actorIds: string[], byActor: Map<string, Lane>): Lane[] {
  const hit = new Array<boolean>(lanes.length).fill(false);
  for (const id of actorIds) hit[laneIndex[byActor.get(id) ?? sideOf(id) ?? 'other']] = true;
  const out = lanes.filter((_, i) => hit[i]);
  return out.length ? out : ['other'];
}
