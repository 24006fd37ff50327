// Arabic-aware matching forms: the extractor's folding (hamza, alef, taa marbuta, harakat)
// plus proclitic stripping, so «للسوداني» and «السوداني» both find «سوداني».
import { normalizeArabic } from '../extract/text';

const WITH_ARTICLE = /^[وف]?[بك]?ال(.{2,})$/u;
const LIL = /^[وف]?لل(.{2,})$/u;
const SINGLE = /^[وفبل](.{3,})$/u;

/** The token without its leading proclitics (و ف ب ل ك + ال), or the token itself. */
export function stripProclitics(token: string): string {
  const m = WITH_ARTICLE.exec(token) ?? LIL.exec(token) ?? SINGLE.exec(token);
  return m?.[1] ?? token;
}

/** Normalised word tokens of a text. */
export function tokenize(text: string): string[] {
  return normalizeArabic(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** The forms a token is indexed and looked up under: as written and without proclitics. */
export function matchForms(token: string): string[] {
  const stripped = stripProclitics(token);
  return stripped === token ? [token] : [token, stripped];
}

/** Does a name (or alias) match what the user typed? Substring match on matching forms. */
export function nameMatches(name: string, query: string): boolean {
  const q = tokenize(query);
  if (q.length === 0) return true;
  const hay = tokenize(name).flatMap(matchForms).join(' ');
  return q.every((t) => matchForms(t).some((f) => hay.includes(f)));
}
