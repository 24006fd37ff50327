// The rule data under test and the helpers both rule suites share.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import actorsJson from '../../../src/extract/rules/ar/actors.json';
import placesJson from '../../../src/extract/rules/ar/places.json';
import triggersJson from '../../../src/extract/rules/ar/triggers.json';
import { normalizeArabic } from '../../../src/extract/text';

export interface ActorExample {
  text: string;
  match: string;
  published?: string;
}

export interface ActorEntry {
  id: string;
  name: { ar: string; en: string };
  kind: string;
  affiliation?: string;
  side?: string;
  ledBy?: string;
  aliases: string[];
  adjectives?: string[];
  roles?: { phrase: string; from?: string; to?: string }[];
  examples: ActorExample[];
  notExamples?: { text: string; published?: string }[];
  note?: string;
}

export interface TriggerEntry {
  kind: string;
  type: string;
  family: string;
  generic?: boolean;
  note?: string;
  triggers: string[];
  examples: { text: string; trigger: string }[];
}

// Typed loosely on purpose: the data suite validates the real shape with zod.
export const actorsFile = actorsJson as unknown as {
  note?: string;
  stopPhrases?: string[];
  actors: ActorEntry[];
};
export const triggersFile = triggersJson as unknown as {
  note?: string;
  types: { type: string; label: { ar: string; en: string } }[];
  kinds: TriggerEntry[];
  families: {
    note: string;
    list: { id: string; weak?: boolean; note: string }[];
    compatible: [string, string, string][];
  };
};

export interface PlaceEntry {
  id: string;
  name: { ar: string; en: string };
  kind: string;
  within?: string;
  aliases: string[];
  examples: { text: string; match: string }[];
}
export const placesFile = placesJson as unknown as { note?: string; places: PlaceEntry[] };

const seedDir = join(import.meta.dirname, '../../../seeds');
/** The seed articles, normalised, with runs of spaces collapsed. */
export const seedText = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => squash(readFileSync(join(seedDir, f), 'utf8')))
  .join('\n');

export function squash(s: string): string {
  return normalizeArabic(s).replace(/\s+/g, ' ').trim();
}

/** Whether a span of `text` covers the expected surface `expected`, clitics aside. */
export function covers(
  text: string,
  span: { start: number; end: number },
  expected: string,
): boolean {
  const at = text.indexOf(expected);
  if (at < 0 || span.start >= at + expected.length || span.end <= at) return false;
  const got = normalizeArabic(text.slice(span.start, span.end));
  return coreForms(expected).some((f) => got.includes(f));
}

/** The expected surface and its forms without leading proclitics (و ف ب ل ك, لل -> ال). */
function coreForms(surface: string): string[] {
  const s = normalizeArabic(surface);
  const forms = [s];
  let rest = s;
  if (/^[وف]/.test(rest) && rest.length > 3) forms.push((rest = rest.slice(1)));
  if (rest.startsWith('لل') && rest.length > 4) forms.push(`ا${rest.slice(1)}`);
  if (/^[بلك]/.test(rest) && rest.length > 3) forms.push(rest.slice(1));
  return forms;
}
