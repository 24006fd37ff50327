// The view as CSV with its citations: one row per mention (an event reported by two articles is
// two rows), so every row can be checked against its source.
import type { TimelineStore } from '../model/store';

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
  timeline: Pick<TimelineStore, 'actors'>,
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

/** The rows of the shown events; the store's body must be in (ExportMenu waits for it). */
export function eventsCsv(
  timeline: TimelineStore,
  ordered: ArrayLike<number>,
  l: CsvLabels,
): string {
  const rows: (string | number)[][] = [l.columns];
  for (let k = 0; k < ordered.length; k++) {
    const i = ordered[k]!;
    const e = timeline.event(i);
    const actors = e.actors.map(l.actor).join('؛ ');
    for (const [n, m] of e.mentions.entries()) {
      const ak = timeline.articleOfMention(i, n);
      const a = ak >= 0 ? timeline.article(ak) : undefined;
      const text = timeline.paragraphText(ak, m.paragraph) ?? '';
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
