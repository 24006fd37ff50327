// `npm run eval -- DIR GOLD [--json FILE] [--brief]`: extracts DIR, scores the timeline against a
// reference annotation GOLD (the conventions of ../shared/seed-gold.json) and lists what went
// wrong, by kind: missed and spurious mentions; split and merged events, with a pair of mentions
// and the evidence the linker saw between them; missed and extra actors. The numbers are checked
// against ../shared/tools/score.py when python3 and the script are there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readArticles } from '../src/cli/articles';
import { extractArticle, linkArticles } from '../src/extract';
import { explainPair, type LinkTrace } from '../src/extract/link';
import type { Draft } from '../src/extract/article';
import type { Timeline } from '../src/model';
import { score, summaryLine, type Gold, type ScoreDetail } from './eval/score';

const usage = 'usage: npm run eval -- DIR GOLD [--json FILE] [--brief] [--scorer score.py]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'string' },
    brief: { type: 'boolean', default: false },
    scorer: {
      type: 'string',
      default: resolve(import.meta.dirname, '../../shared/tools/score.py'),
    },
  },
});
const [dir, goldPath] = positionals;
if (!dir || !goldPath) {
  console.error(usage);
  process.exit(2);
}

const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
const { articles, problems } = readArticles(dir);
for (const p of problems) console.error(p);
const results = articles.map(extractArticle);
const trace: LinkTrace = { joins: new Map() };
const { timeline } = linkArticles(results, trace);
const drafts = results.flatMap((r) => r.drafts);
const detail = score(timeline, gold);

/** The draft behind a system mention (article, paragraph, timex offset). */
const draftAt = new Map(drafts.map((d) => [`${d.articleId}:${d.paragraph}:${d.timex.start}`, d]));
const draftOf = (si: number): Draft | undefined => {
  const s = detail.system[si]!;
  return draftAt.get(`${s.article}:${s.paragraph}:${s.start}`);
};

const paragraphs = new Map(
  timeline.articles.flatMap((a) => a.paragraphs.map((p) => [`${a.id}:${p.index}`, p.text])),
);
/** Up to `width` characters of the paragraph around a span, on one line. */
function context(article: string, paragraph: number, text: string, start?: number): string {
  const p = paragraphs.get(`${article}:${paragraph}`) ?? '';
  const at = start ?? p.indexOf(text);
  if (at < 0) return '';
  const width = 70;
  const from = Math.max(0, at - width);
  const to = Math.min(p.length, at + text.length + width);
  return `${from > 0 ? '…' : ''}${p.slice(from, to)}${to < p.length ? '…' : ''}`.replace(
    /\s+/g,
    ' ',
  );
}

const short = (id: string) => id.replace(/^(\d+_[^_]+)_.*$/, '$1');
const goldLine = (gi: number) => {
  const g = detail.gold[gi]!;
  return `${short(g.article)}:${g.paragraph} «${g.timex}» ${g.value}`;
};
const systemLine = (si: number) => {
  const s = detail.system[si]!;
  return `${short(s.article)}:${s.paragraph} «${s.timex}» ${s.value}`;
};
const eventType = new Map(timeline.events.map((e) => [e.id, e.type]));

function mentionsSection(d: ScoreDetail): string[] {
  const out = [
    `\n== Mentions: F1 ${d.scores.f1.toFixed(3)} (P ${d.scores.precision.toFixed(3)}, R ${d.scores.recall.toFixed(3)})`,
  ];
  out.push(`missed (${d.missed.length}):`);
  for (const gi of d.missed) {
    const g = d.gold[gi]!;
    out.push(
      `  ${goldLine(gi)}  [${g.event}]`,
      `      ${context(g.article, g.paragraph, g.timex)}`,
    );
  }
  out.push(`spurious (${d.spurious.length}):`);
  for (const si of d.spurious) {
    const s = d.system[si]!;
    out.push(`  ${systemLine(si)}`, `      ${context(s.article, s.paragraph, s.timex, s.start)}`);
  }
  return out;
}

/** Why two drafts were or were not linked, as the linker sees them. */
function why(a: Draft | undefined, b: Draft | undefined): string {
  if (!a || !b) return '(no draft behind a mention)';
  const e = explainPair(a, b, trace.context!);
  return `${e.linked ? 'would link' : 'would not link'} (score ${e.score.toFixed(1)}): ${e.evidence.join('; ')}`;
}

/** The chain of joins that put a draft into its event: each step's evidence. */
function joinPath(d: Draft | undefined): string[] {
  const out: string[] = [];
  for (let cur = d; cur;) {
    const j = trace.joins.get(cur);
    if (!j) break;
    out.push(
      `${short(cur.articleId)}:${cur.paragraph} «${cur.timex.text}» joined ${short(j.to.articleId)}:${j.to.paragraph} «${j.to.timex.text}»: ${j.evidence.join('; ')}`,
    );
    cur = j.to;
  }
  return out;
}

function eventsSection(d: ScoreDetail): string[] {
  const s = d.scores;
  const out = [
    `\n== Events: clusters F1 ${s.clusterF1.toFixed(3)} (P ${s.clusterPrecision.toFixed(3)}, R ${s.clusterRecall.toFixed(3)}); ${d.splitPairs.length} split pairs, ${d.mergedPairs.length} merged pairs`,
  ];
  // split: one gold event spread over several system events, one pair shown per two parts
  const splitByEvent = new Map<string, [number, number][]>();
  for (const p of d.splitPairs) {
    const k = d.gold[p[0]]!.event;
    splitByEvent.set(k, [...(splitByEvent.get(k) ?? []), p]);
  }
  out.push(`split (${splitByEvent.size} gold events):`);
  for (const [key, pairs] of splitByEvent) {
    out.push(`  ${key}: ${pairs.length} pairs`);
    const shown = new Set<string>();
    for (const [g1, g2] of pairs) {
      const s1 = d.match.get(g1)!;
      const s2 = d.match.get(g2)!;
      const parts = [d.system[s1]!.event, d.system[s2]!.event].sort().join('|');
      if (shown.has(parts)) continue;
      shown.add(parts);
      out.push(
        `    ${systemLine(s1)} [${eventType.get(d.system[s1]!.event)}] / ${systemLine(s2)} [${eventType.get(d.system[s2]!.event)}]`,
        `      ${why(draftOf(s1), draftOf(s2))}`,
      );
    }
  }
  // merged: one system event holding several gold events
  const mergedByEvent = new Map<string, [number, number][]>();
  for (const p of d.mergedPairs) {
    const k = d.system[d.match.get(p[0])!]!.event;
    mergedByEvent.set(k, [...(mergedByEvent.get(k) ?? []), p]);
  }
  out.push(`merged (${mergedByEvent.size} system events):`);
  for (const [id, pairs] of mergedByEvent) {
    const keys = new Set(pairs.flatMap(([a, b]) => [d.gold[a]!.event, d.gold[b]!.event]));
    out.push(
      `  ${id} [${eventType.get(id)}] holds ${keys.size} gold events (${pairs.length} pairs): ${[...keys].join(', ')}`,
    );
    const shown = new Set<string>();
    for (const [g1, g2] of pairs) {
      const parts = [d.gold[g1]!.event, d.gold[g2]!.event].sort().join('|');
      if (shown.has(parts)) continue;
      shown.add(parts);
      const s1 = d.match.get(g1)!;
      const s2 = d.match.get(g2)!;
      out.push(
        `    ${goldLine(g1)} [${d.gold[g1]!.event}] / ${goldLine(g2)} [${d.gold[g2]!.event}]`,
      );
      for (const step of [...joinPath(draftOf(s1)), ...joinPath(draftOf(s2))])
        out.push(`      ${step}`);
    }
  }
  return out;
}

function actorsSection(d: ScoreDetail): string[] {
  const s = d.scores;
  const out = [
    `\n== Actors: recall ${s.actorRecall.toFixed(3)}, precision ${s.actorPrecision.toFixed(3)}`,
  ];
  const tally = (pick: (e: ScoreDetail['actorErrors'][number]) => string[]) => {
    const by = new Map<string, number[]>();
    for (const e of d.actorErrors)
      for (const k of pick(e)) by.set(k, [...(by.get(k) ?? []), e.gold]);
    return [...by].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  };
  for (const [label, rows] of [
    ['missed', tally((e) => e.missed)],
    ['extra', tally((e) => e.extra)],
  ] as const) {
    out.push(`${label}:`);
    for (const [k, gis] of rows)
      out.push(
        `  ${k} ×${gis.length}: ${gis.slice(0, 6).map(goldLine).join(', ')}${gis.length > 6 ? ', …' : ''}`,
      );
  }
  return out;
}

/** score.py's own last line for the same output, or why it could not be run. */
function referenceLine(t: Timeline): string | null {
  if (!existsSync(values.scorer)) return null;
  const tmp = mkdtempSync(join(tmpdir(), 'eval-'));
  try {
    const out = join(tmp, 'timeline.json');
    writeFileSync(out, JSON.stringify(t));
    const r = spawnSync('python3', [values.scorer, out, goldPath!], { encoding: 'utf8' });
    if (r.status !== 0) return `score.py failed: ${r.stderr.trim().split('\n').at(-1)}`;
    return r.stdout.trim().split('\n').at(-1) ?? '';
  } catch (e) {
    return `score.py could not be run: ${(e as Error).message}`;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const lines = [`${articles.length} articles from ${dir}, against ${goldPath}`];
if (!values.brief)
  lines.push(...mentionsSection(detail), ...eventsSection(detail), ...actorsSection(detail));
const mine = summaryLine(detail.scores);
lines.push('', mine);
const theirs = referenceLine(timeline);
let agrees = true;
if (theirs !== null) {
  agrees = theirs === mine;
  lines.push(agrees ? 'score.py agrees.' : `score.py disagrees:\n${theirs}`);
}
console.log(lines.join('\n'));
if (values.json) writeFileSync(values.json, `${JSON.stringify(detail.scores, null, 2)}\n`);
process.exitCode = agrees ? 0 : 1;
