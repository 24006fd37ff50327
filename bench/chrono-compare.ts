// `npm run bench:chrono [-- --misses]`: our findTimexes against chrono-node's Arabic parser
// on the suite's dated cases. A system is right on a case when one of its results overlapping
// the expected span carries the expected value at the expected precision (mods not compared).
import * as chrono from 'chrono-node';
import { findTimexes } from '../src/extract/timex';
import { loadSuite, type SuiteCase } from '../tests/extract/suite/load';

type Precision = 'day' | 'week' | 'month' | 'year';
interface Ymd {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function isoWeek({ year, month, day }: Ymd): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  d.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7)); // the week's Thursday
  const y = d.getUTCFullYear();
  const week = 1 + Math.floor((d.getTime() - Date.UTC(y, 0, 1)) / 864e5 / 7);
  return `${y}-W${pad(week)}`;
}

/** A calendar day as a TimeML value at the given precision; decades keep their X. */
function atPrecision(d: Ymd, precision: Precision, expected: string): string {
  if (/^\d{3}X$/.test(expected)) return `${String(d.year).slice(0, 3)}X`;
  if (precision === 'year') return String(d.year);
  if (precision === 'month') return `${d.year}-${pad(d.month)}`;
  if (precision === 'week') return isoWeek(d);
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** Our value, coarsened when it is finer than expected (a day where a month was asked). */
function ourValue(value: string, precision: Precision, expected: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day && precision !== 'day')
    return atPrecision({ year: +day[1]!, month: +day[2]!, day: +day[3]! }, precision, expected);
  if (/^\d{4}-\d{2}$/.test(value) && precision === 'year') return value.slice(0, 4);
  return value;
}

const span = (c: SuiteCase) => {
  const start = c.sentence.indexOf(c.expect.text);
  return { start, end: start + c.expect.text.length };
};
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function oursRight(c: SuiteCase, expected: string, precision: Precision): boolean {
  const s = span(c);
  return findTimexes(c.sentence, { anchor: c.anchor }).some(
    (m) =>
      m.kind === 'date' &&
      m.value !== null &&
      overlaps(m, s) &&
      ourValue(m.value, precision, expected) === expected,
  );
}

// Noon UTC on the anchor; without one, a fixed day (only absolute dates are scored then).
const reference = (c: SuiteCase) => ({
  instant: new Date(`${c.anchor ?? '2000-01-01'}T12:00:00Z`),
  timezone: 'UTC',
});

function chronoRight(
  parsers: chrono.Chrono[],
  c: SuiteCase,
  expected: string,
  precision: Precision,
): boolean {
  const s = span(c);
  return parsers.some((p) =>
    p.parse(c.sentence, reference(c)).some((r) => {
      const at = { start: r.index, end: r.index + r.text.length };
      const d = { year: r.start.get('year'), month: r.start.get('month'), day: r.start.get('day') };
      if (d.year === null || d.month === null || d.day === null) return false;
      return overlaps(at, s) && atPrecision(d as Ymd, precision, expected) === expected;
    }),
  );
}

const arOnly = [chrono.ar.casual];
const arEn = [chrono.ar.casual, chrono.en.casual];

const rows = new Map<string, { cases: number; ours: number; ar: number; arEn: number }>();
const misses: string[] = [];
for (const c of loadSuite().cases) {
  const { kind, value, precision } = c.expect;
  if (kind !== 'date' || value === null || value === undefined || precision == null) continue;
  const row = rows.get(c.tag) ?? { cases: 0, ours: 0, ar: 0, arEn: 0 };
  const ours = oursRight(c, value, precision);
  row.cases++;
  row.ours += Number(ours);
  row.ar += Number(chronoRight(arOnly, c, value, precision));
  row.arEn += Number(chronoRight(arEn, c, value, precision));
  rows.set(c.tag, row);
  if (!ours) misses.push(`${c.tag}: «${c.expect.text}» -> ${value} (anchor ${c.anchor})`);
}

const pct = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(0)}%`.padStart(5);
const cell = (n: number, of: number) => `${String(n).padStart(4)} ${pct(n, of)}`;
const header = `${'category'.padEnd(18)} cases   ours        chrono ar   chrono ar+en`;
console.log('Dated cases of tests/extract/suite/timex-suite.json: right value at the expected');
console.log('precision from a result overlapping the expected span (mods not compared).\n');
console.log(header);
console.log('-'.repeat(header.length));
const total = { cases: 0, ours: 0, ar: 0, arEn: 0 };
for (const [tag, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(
    `${tag.padEnd(18)} ${String(r.cases).padStart(5)}   ${cell(r.ours, r.cases)}   ${cell(r.ar, r.cases)}   ${cell(r.arEn, r.cases)}`,
  );
  for (const k of ['cases', 'ours', 'ar', 'arEn'] as const) total[k] += r[k];
}
console.log('-'.repeat(header.length));
console.log(
  `${'total'.padEnd(18)} ${String(total.cases).padStart(5)}   ${cell(total.ours, total.cases)}   ${cell(total.ar, total.cases)}   ${cell(total.arEn, total.cases)}`,
);
if (process.argv.includes('--misses')) console.log(`\nOur misses:\n${misses.join('\n')}`);
