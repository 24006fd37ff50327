// How much it says that two mentions name the same actor: a person or a named group ties two
// reports together, a country that takes part in nearly every event of the subject barely does
// (the gazetteer marks such actors `broad`), and a news agency credited at the end of a
// dispatch says nothing about the happening.
import type { GazetteerActor } from './types';

export function actorWeight(a: GazetteerActor | undefined): number {
  if (!a) return 1;
  if (a.broad) return 0.25;
  switch (a.kind) {
    case 'person':
      return 2;
    case 'armed-group':
    case 'organization':
      return 1.5;
    case 'country':
      return 0.5;
    case 'media':
      return 0;
    default:
      return 1;
  }
}
