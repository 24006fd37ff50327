// The Arabic rule files, typed. Knowledge lives in the JSON beside this file; this module
// only gives it types and the normalised forms the engine matches on.
import calendarJson from './ar/calendar.json';
import lexiconJson from './ar/lexicon.json';
import rulesJson from './ar/timex-rules.json';
import markersJson from './ar/markers.json';
import actorsJson from './ar/actors.json';
import triggersJson from './ar/triggers.json';
import type { GazetteerActor, TimexKind } from '../types';
import type { EventType } from '../../model';

/** [sentence, publication day or null, expected value or kind]. */
export type TimexExample = [string, string | null, string];

export interface TimexRule {
  id: string;
  kind: TimexKind;
  pattern: string;
  /** A fixed value for expressions that name one day («هجمات 11 سبتمبر»). */
  value?: string;
  examples: TimexExample[];
}

export interface LexiconList {
  words: string[];
  mod?: string | null;
  unit?: string;
  offset?: number;
  note?: string;
}

/** A contract event type and its labels. */
export interface TriggerType {
  type: EventType;
  label: { ar: string; en: string };
}

/** One kind of happening (a bombing, a visit …): its triggers, type and family. */
export interface TriggerKind {
  kind: string;
  type: EventType;
  family: string;
  /** Fits every kind of its family (an attack, a clash, a killing). */
  generic?: boolean;
  note?: string;
  triggers: string[];
  examples: { text: string; trigger: string }[];
}

export interface TriggerFamilies {
  note: string;
  list: { id: string; weak?: boolean; note: string }[];
  /** Pairs of families one happening may be reported under, with why. */
  compatible: [string, string, string][];
}

export const calendar = calendarJson as unknown as {
  months: { month: number; names: string[]; ambiguous?: string[]; examples: TimexExample[] }[];
  englishMonths: { month: number; names: string[] }[];
  englishExamples: TimexExample[];
  hijriMonths: { month: number; names: string[] }[];
  hijriExamples: TimexExample[];
  weekdays: { day: number; names: string[]; ambiguous?: boolean; examples: TimexExample[] }[];
};

export const lexicon = lexiconJson as unknown as {
  lists: Record<string, LexiconList>;
  numbers: {
    cardinals: Record<string, number>;
    ordinals: Record<string, number>;
    duals: Record<string, number>;
    decadeWords: Record<string, number>;
  };
};

export const timexRules = (rulesJson as unknown as { rules: TimexRule[] }).rules;

export const markers = markersJson as unknown as {
  future: { words: string[]; prefixVerb: string; notVerbs: string[]; examples: TimexExample[] };
  past: { words: string[]; examples: TimexExample[] };
  regionBreaks: { strong: string[]; weak: string[] };
  continuations: { words: string[] };
  dualAnaphors: { words: string[] };
  deixisBlockers: { words: string[] };
  yearBlockers: { words: string[] };
  roleNouns: { words: string[]; examples: [string, string][] };
  nameStops: { words: string[] };
};

const actorsFile = actorsJson as unknown as { actors: GazetteerActor[]; stopPhrases?: string[] };
export const gazetteer = actorsFile.actors;
/** Phrases that contain an alias but name no actor («مدينة الصدر»، «على المدى البعيد»). */
export const gazetteerStopPhrases = actorsFile.stopPhrases ?? [];
const triggersFile = triggersJson as unknown as {
  types: TriggerType[];
  kinds: TriggerKind[];
  families: TriggerFamilies;
};
export const triggerTypes = triggersFile.types;
export const triggerKinds = triggersFile.kinds;
export const triggerFamilies = triggersFile.families;
