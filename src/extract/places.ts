// Places the news names (rules/ar/places.json): provinces, cities, districts, bases, crossings.
// They are not actors; they tell two happenings of one day apart (a bombing in Baghdad, a
// strike in Anbar) and tie two reports of one together. Matched like gazetteer aliases,
// through clitics, by the actor matcher's machinery.
import placesJson from './rules/ar/places.json';
import { createActorMatcher, type ActorMatcher } from './actors';
import type { GazetteerActor } from './types';

export interface Place {
  id: string;
  name: { ar: string; en: string };
  kind: 'province' | 'city' | 'district' | 'town' | 'base' | 'crossing' | 'region' | 'landmark';
  within?: string;
  aliases: string[];
}

// typed here; the file's shape is checked by tests/extract/rules/places.test.ts
export const places = (placesJson as unknown as { places: Place[] }).places;
const byId = new Map(places.map((p) => [p.id, p]));

let matcher: ActorMatcher | null = null;
/** The places matcher: each place as an entry of the actor matcher, with no stop phrases. */
export function placeMatcher(): ActorMatcher {
  matcher ??= createActorMatcher(
    places.map((p): GazetteerActor => ({
      id: p.id,
      name: p.name,
      kind: 'other',
      aliases: p.aliases,
      examples: [],
    })),
    [],
  );
  return matcher;
}

/** A place that pins a happening down: a city, a district, a base, not a whole province. */
export const isSpecificPlace = (id: string): boolean => {
  const k = byId.get(id)?.kind;
  return k !== undefined && k !== 'province' && k !== 'region';
};

/** The place and the places that hold it (Ramadi, Anbar), nearest first; one array per place,
 * worked out once (linking asks it for pairs of mentions, millions of times). */
export function placeChain(id: string): readonly string[] {
  let out = chains.get(id);
  if (!out) {
    const chain: string[] = [];
    for (
      let p = byId.get(id);
      p && !chain.includes(p.id);
      p = p.within ? byId.get(p.within) : undefined
    )
      chain.push(p.id);
    chains.set(id, (out = chain));
  }
  return out;
}
const chains = new Map<string, readonly string[]>();

/** Whether one of two places holds the other, or they are one. */
export const placesNest = (a: string, b: string): boolean =>
  placeChain(a).includes(b) || placeChain(b).includes(a);
