// The Arabic rule files. Knowledge lives in the JSON beside this file; the time-expression
// files are parsed by their schemas (rules/schema.ts), the gazetteer and triggers typed here.
import calendarJson from './ar/calendar.json';
import lexiconJson from './ar/lexicon.json';
import rulesJson from './ar/timex-rules.json';
import markersJson from './ar/markers.json';
import actorsJson from './ar/actors.json';
import triggersJson from './ar/triggers.json';
import type { GazetteerActor } from '../types';
import type { EventType } from '../../model';
import { calendarFile, lexiconFile, markersFile, timexRulesFile } from './schema';

export type { LexiconList, TimexExample, TimexRule, CounterExample } from './schema';

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

export const calendar = calendarFile.parse(calendarJson);
export const lexicon = lexiconFile.parse(lexiconJson);
export const timexRulesData = timexRulesFile.parse(rulesJson);
export const timexRules = timexRulesData.rules;
export const markers = markersFile.parse(markersJson);

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

/** Everything a language bundle is compiled from (language.ts). */
export const arabicData = {
  code: 'ar',
  calendar,
  lexicon,
  timex: timexRulesData,
  markers,
  gazetteer,
  gazetteerStopPhrases,
  triggerTypes,
};
export type LanguageData = typeof arabicData;
