// `npm run fuzz:extract [-- --articles N --seed S]`: generated articles (src/synthetic), each
// mutated by a seeded generator with hostile pieces, through the CLI's per-article stages.
// Fails on a throw, on an article that takes over 2 s, or on any output the contract check
// refuses (an offset that does not slice, a date it cannot write, an empty id …); every
// 500 articles are also linked together and the whole is checked. Prints what it ran.
import { parseArgs } from 'node:util';
import { extractArticle, type ArticleExtraction } from '../src/extract';
import type { ArticleInput } from '../src/extract/types';
import { assemble, contractProblems } from '../src/cli/assemble';
import { articleProblems } from '../src/cli/check';
import { generateCorpus } from '../src/synthetic';
import { createRandom, type Random } from '../src/synthetic/random';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '1' },
  },
});
const wanted = Number(values.articles);
const firstSeed = Number(values.seed);
const HANG_MS = 2000;
const BATCH = 500;

// What the mutator inserts: triggers of issue 13 and the marks the normaliser must map back.
const hostile = [
  'İ',
  'İİ',
  'غدا',
  'العام المقبل',
  'أمس',
  'اليوم',
  'في 2024 ',
  'قال العراق اليوم، ',
  '؟؟؟؟',
  '.....',
  '\u064e\u0651',
  'ـــ',
  '\u200f',
  '\u202e',
  '\ufeff',
  '😀',
  '\ud800',
  '\udc00',
  'e\u0301',
  '\t',
  '\r',
  'وقال عضو البرلمان العراقي، Ωμέγα Δέλτα، ',
  'وقال مستشار الأمن القومي، 漢字 名前، ',
  '0001',
  '9999',
  '31/12/9999',
  '1 محرم 99999 هـ',
  'قبل 100000 عام',
  'بعد 5000 سنة',
  '\u0000',
  '<script>',
  '"\\u0000"',
];
const publishedEdges = ['0001-01-01', '0000-01-01', '9999-12-31', '2024-02-29', '1900-03-01'];

function mutate(a: ArticleInput, random: Random): ArticleInput {
  let text = a.text;
  const edits = random.int(0, 12);
  for (let i = 0; i < edits; i++) {
    const at = random.int(0, text.length);
    const kind = random.int(0, 9);
    if (kind <= 5) text = text.slice(0, at) + random.pick(hostile) + text.slice(at);
    else if (kind === 6)
      text = text.slice(0, at) + text.slice(at + random.int(1, 40)); // cut
    else if (kind === 7)
      text = text.slice(0, at) + random.pick(hostile).repeat(random.int(2, 400)) + text.slice(at);
    else if (kind === 8) text = text.slice(0, at) + '\n'.repeat(random.int(1, 3)) + text.slice(at);
    else {
      const from = random.int(0, text.length);
      text = text.slice(0, at) + text.slice(from, from + random.int(1, 200)) + text.slice(at); // a repeat
    }
  }
  const meta = { ...a.meta };
  const m = random.int(0, 9);
  if (m === 0) delete meta.published;
  else if (m === 1) meta.published = random.pick(publishedEdges);
  return { id: a.id, text, meta };
}

const seeds: number[] = [];
let articles = 0;
let bytes = 0;
let slowest = { ms: 0, id: '' };
const failures: string[] = [];
let batch: ArticleExtraction[] = [];
let linked = 0;
// the rules compile on first use: that is not any fuzzed article's cost
extractArticle({ id: 'warm-up', text: 'عنوان\nوصل الوفد أمس.', meta: { published: '2024-03-05' } });
const started = performance.now();

function linkBatch(): void {
  if (!batch.length) return;
  try {
    const { timeline, setAside } = assemble(batch);
    const problems = contractProblems(timeline);
    for (const p of problems) failures.push(`linking ${batch.length} articles: ${p}`);
    for (const a of setAside)
      failures.push(`linking ${batch.length} articles set ${a.id} aside: ${a.problem}`);
    linked += batch.length;
  } catch (e) {
    failures.push(`linking ${batch.length} articles threw: ${(e as Error).message}`);
  }
  batch = [];
}

for (let seed = firstSeed; articles < wanted; seed++) {
  seeds.push(seed);
  const random = createRandom(seed * 7919);
  for (const original of generateCorpus({ bytes: 2_000_000, seed }).articles) {
    if (articles >= wanted) break;
    const input = mutate({ ...original, id: `s${seed}-${original.id}` }, random);
    articles++;
    bytes += Buffer.byteLength(input.text);
    // CPU time, not wall time: on a shared machine a busy neighbour is not a hang
    const t0 = process.cpuUsage();
    let r: ArticleExtraction;
    try {
      r = extractArticle(input);
    } catch (e) {
      failures.push(
        `${input.id}: threw ${(e as Error).stack?.split('\n').slice(0, 3).join(' ') ?? String(e)}`,
      );
      continue;
    }
    const used = process.cpuUsage(t0);
    const ms = (used.user + used.system) / 1000;
    if (ms > slowest.ms) slowest = { ms, id: input.id };
    if (ms > HANG_MS) failures.push(`${input.id}: took ${ms.toFixed(0)} ms`);
    const problems = articleProblems(r, input.id);
    if (problems.length) failures.push(`${input.id}: ${problems[0]}`);
    else batch.push(r);
    if (batch.length >= BATCH) linkBatch();
  }
}
linkBatch();

const seconds = (performance.now() - started) / 1000;
console.log(
  `fuzz: ${articles} articles (${(bytes / 1e6).toFixed(1)} MB) from generator seeds ${seeds[0]}–${seeds.at(-1)} ` +
    `(mutations seeded seed × 7919), ${linked} linked in batches of ${BATCH}, in ${seconds.toFixed(0)} s`,
);
console.log(
  `slowest article: ${slowest.ms.toFixed(0)} ms of CPU (${slowest.id}); limit ${HANG_MS} ms`,
);
console.log(`failures: ${failures.length}`);
for (const f of failures.slice(0, 20)) console.log(`  ${f}`);
process.exitCode = failures.length ? 1 : 0;
