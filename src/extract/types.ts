// Types shared by the extractor's modules. The output types are the contract's (src/model).
import type { EventType, Mod, Precision } from '../model';

/** An article as the CLI hands it to the pure core. */
export interface ArticleInput {
  id: string;
  /** Raw file text (BOM and \r\n allowed). */
  text: string;
  meta: { published?: string; outlet?: string; url?: string; language?: string };
}

export type TimexKind = 'date' | 'duration' | 'present' | 'vague' | 'set';

/** A time expression found in one paragraph; offsets index that paragraph's text. */
export interface TimexMatch {
  start: number;
  end: number;
  text: string;
  kind: TimexKind;
  /** TimeML value when kind is 'date' and it could be anchored, else null. */
  value: string | null;
  precision: Precision | null;
  mod: Mod | null;
  /** Id of the rule that matched (rules/ar/*.json). */
  rule: string;
  /** Why value is null (no publication date to anchor a relative expression, …). */
  reason?: string;
  /** Inclusive day numbers (days since 1970-01-01) the value covers, when it has one. */
  range?: { start: number; end: number };
  /** The expression points after the publication day (an expectation). */
  after?: boolean;
}

/** What resolving relative expressions needs: the publication day, if known. */
export interface TimexContext {
  /** YYYY-MM-DD, or null when the article's date is unknown. */
  anchor: string | null;
  /** The last date named before this text (earlier paragraphs), for «العام نفسه». */
  previous?: { value: string; start: number; end: number } | null;
  /** The last date of month precision or finer, for «الشهر نفسه». */
  previousFine?: { value: string; start: number; end: number } | null;
  /**
   * The paragraphs read before this one (normalised text, time expressions with normalised
   * offsets), where «غداة الانتخابات» looks for the day of the elections.
   */
  earlier?: readonly { text: string; timexes: readonly TimexMatch[] }[];
}

/** A gazetteer entry (rules/ar/actors.json). */
export interface GazetteerActor {
  id: string;
  name: { ar: string; en: string };
  kind: 'person' | 'country' | 'organization' | 'armed-group' | 'media' | 'other';
  affiliation?: string;
  /** Takes part in nearly every event of the subject (the two countries): sharing it ties two
   * mentions together only weakly. */
  broad?: boolean;
  /**
   * The side this actor stands with, as the id of the actor that names it (us, iraq …): the
   * timeline draws one lane per side. Affiliates without one inherit their affiliation's.
   */
  side?: string;
  /** Who leads it (the US the coalition): the same agent of a happening (agents.ts). */
  ledBy?: string;
  /** Surface forms, matched after normalisation and through proclitics (و ف ب ل ك ال …). */
  aliases: string[];
  /** Nisba adjectives (أميركي): matched with optional ال and the suffixes ة ون ين ان. */
  adjectives?: string[];
  /** Role phrases that name this actor only while they held the role. */
  roles?: { phrase: string; from?: string; to?: string }[];
  /** At least two sentences (not from the seeds) and the alias each must match. */
  examples: { text: string; match: string }[];
}

export type { EventType, Mod, Precision };
