// The view as CSV with its citations: one row per mention (an event reported by two articles is
// two rows), so every row can be checked against its source.
import type { Timeline } from '../model';

export interface CsvLabels {
  /** Column names in the UI language. */
  columns: [string, string, string, string, string, string, string, string, string, string];
  type: (t: string) => string;
  precision: (p: string) => string;
  actor: (id: string) => string;
}

const COLUMNS = [
  'date',
  'precision',
  'type',
  'actors',
  'summary',
  'outlet',
  'title',
  'url',
  'paragraph',
  'sentence',
] as const;

/** The labels in the UI language, from its strings (`t`). */
export function csvLabels(
  timeline: Timeline,
  lang: 'ar' | 'en',
  t: (key: string) => string,
): CsvLabels {
  const names = new Map(timeline.actors.map((a) => [a.id, a.name]));
  return {
    columns: COLUMNS.map((c) => t(`export.col.${c}`)) as CsvLabels['columns'],
    type: (k) => t(`types.${k}`),
    precision: (k) => t(`export.precision.${k}`),
    actor: (id) => names.get(id)?.[lang] ?? id,
  };
}

/** Spreadsheets run cells that start with = + - @ as formulas: article text must stay text. */
function cell(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function eventsCsv(timeline: Timeline, ordered: ArrayLike<number>, l: CsvLabels): string {
  const articles = new Map(timeline.articles.map((a) => [a.id, a]));
  const rows: (string | number)[][] = [l.columns];
  for (let k = 0; k < ordered.length; k++) {
    const e = timeline.events[ordered[k]!]!;
    const actors = e.actors.map(l.actor).join('؛ ');
    for (const m of e.mentions) {
      const a = articles.get(m.articleId);
      const text = a?.paragraphs.find((p) => p.index === m.paragraph)?.text ?? '';
      rows.push([
        e.date.value,
        l.precision(e.date.precision),
        l.type(e.type),
        actors,
        e.summary.ar,
        a?.outlet ?? '',
        a?.title ?? '',
        a?.url ?? '',
        m.paragraph,
        text.slice(m.sentence.start, m.sentence.end),
      ]);
    }
  }
  // The BOM tells spreadsheets the file is UTF-8 (Arabic otherwise comes out as mojibake).
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
