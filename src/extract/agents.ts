// Who carried out a happening, as Arabic news attaches it to the noun or verb of its kind: an
// actor right after the trigger («الضربات الجوية التركية»، «قصف جوي للقوات العراقية»، «غارات
// التحالف») or, when the trigger is the clause's own predicate, its subject before it («نفذت
// قوات التحالف … 41 ضربة جوية»). Two reports of one kind of happening by different agents are
// two happenings (link.ts weighs it); a strike by Turkey and one by the coalition on the same
// day share their kind, their trigger and a country, and nothing else. A bare genitive («غزو
// العراق») is as often the object as the agent, so only a nisba, «لـ»/«من», or a genitive headed
// by a word of forces («قوات»، «طائرات») names the agent.
import type { ActorSpan } from './actors';
import { isSpecific, pickTrigger, type TriggerHit } from './events';
import type { Span } from './sentences';
import { normalizeArabic } from './text';
import { adjacent, firstTokenFrom, readings, tokensOf } from './tokens';
import type { GazetteerActor } from './types';

/** The agent words of a language (markers.json `agents`), normalised. */
export interface AgentWords {
  /** The family of happenings whose agent the text attaches to the trigger. */
  family: string;
  /** Heads of a genitive that carries out the happening («ضربات قوات التحالف»). */
  forces: ReadonlySet<string>;
  /** Words ending like a nisba that are not adjectives («على» normalised, «التي»). */
  notAdjectives: ReadonlySet<string>;
}

export function compileAgentWords(m: {
  family: string;
  forces: string[];
  notAdjectives: string[];
}): AgentWords {
  return {
    family: m.family,
    forces: new Set(m.forces.map(normalizeArabic)),
    notAdjectives: new Set(m.notAdjectives.map(normalizeArabic)),
  };
}

/** The top of an actor's affiliations, or whoever leads it («ledBy»: the coalition, the US). */
export function agentKey(
  id: string,
  byId: (id: string) => GazetteerActor | undefined,
): string | null {
  const seen = new Set<string>();
  let a = byId(id);
  if (!a || a.kind === 'media' || a.kind === 'person') return null;
  while (a.affiliation && !seen.has(a.id)) {
    seen.add(a.id);
    const up = byId(a.affiliation);
    if (!up) break;
    a = up;
  }
  return a.ledBy ?? a.id;
}

export function agentOf(
  norm: string,
  region: Span,
  clause: Span,
  predicate: TriggerHit | null,
  inClause: TriggerHit[],
  timex: Span,
  actors: readonly ActorSpan[],
  byId: (id: string) => GazetteerActor | undefined,
  words: AgentWords,
): string | null {
  const adjective = (w: string) => /(?:ي|يه|ية)$/.test(w) && !words.notAdjectives.has(w);
  const own = predicate && isSpecific(predicate) && !predicate.generic;
  const trigger = own
    ? predicate
    : pickTrigger(
        inClause.filter((h) => isSpecific(h) && !h.generic),
        timex,
      );
  if (!trigger || trigger.family !== words.family) return null;
  // an actor that begins within the next words, only adjectives of the kind between
  const tokens = tokensOf(norm);
  let k = firstTokenFrom(tokens, trigger.end);
  for (let n = 0; k < tokens.length && n < 3; k++, n++) {
    const t = tokens[k]!;
    if (t.start >= region.end || !adjacent(norm, tokens[k - 1]!, t)) break;
    // a nisba («التركية»، «عراقي») or «لـ»/«من» with the name («للقوات العراقية»، «من التحالف»);
    // a bare genitive is as often the object («غزو العراق») as the agent, so it says nothing
    const held = actors.find((a) => a.start < t.end && a.end > t.start);
    const marked =
      t.text.startsWith('لل') ||
      tokens[k - 1]!.text === 'من' ||
      readings(t.word).some((r) => words.forces.has(r.form));
    if (held && (marked || (adjective(t.text) && held.end <= t.end)))
      return agentKey(held.id, byId);
    if (held || (!adjective(t.text) && t.text !== 'من')) break;
  }
  // the predicate's subject, in verb-subject order: an actor that begins with the clause's
  // second word («نفذت قوات التحالف …»، «وكانت القوات الأميركية قد غزت …»)
  if (own) {
    const first = firstTokenFrom(tokens, clause.start);
    // a verb opens it: no «ال» («والحكومات العراقية …» opens on a noun)
    const verb =
      first < tokens.length && !readings(tokens[first]!.word).some((r) => r.form.startsWith('ال'));
    const second = verb ? tokens[first + 1] : undefined;
    const subject =
      second && second.end <= trigger.start
        ? actors.find((a) => a.start < second.end && a.end > second.start)
        : undefined;
    if (subject) return agentKey(subject.id, byId);
  }
  return null;
}
