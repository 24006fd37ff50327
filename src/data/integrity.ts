// The contract checks the schema cannot make (src/model/integrity.ts: offsets that slice to their
// text, references, real days), run on every file the app shows. They run in the loading worker
// after the timeline is posted (loader.ts), while the page is already usable.

/** Problems beyond this many are counted, not listed. */
export const LIST_LIMIT = 50;

export interface IntegrityReport {
  problems: string[];
  total: number;
}

export function report(problems: string[]): IntegrityReport {
  return { problems: problems.slice(0, LIST_LIMIT), total: problems.length };
}
