// `npm run bench:search`: the explorer's filter and search indexes on generated timelines
// (1k, 10k, 100k events): build cost once per data load, and the cost of each query.
// CPU time (process.cpuUsage), so other work on the machine inflates it less than wall time.
import { fileURLToPath } from 'node:url';
import type { Timeline } from '../src/model';
import { buildIndexes, visibleEvents, type Filters } from '../src/search';
import { buildActorIndex } from '../src/search/actorIndex';
import { eventTimes, orderedVisible } from '../src/search/order';
import { buildTextIndex } from '../src/search/textIndex';
import { generateTimeline } from '../src/synthetic';
import { storeOf } from '../src/model/store';

const SIZES = [1_000, 10_000, 100_000];

function cpuMs<T>(f: () => T, repeat = 1): { ms: number; value: T } {
  const before = process.cpuUsage();
  let value = f();
  for (let i = 1; i < repeat; i++) value = f();
  const d = process.cpuUsage(before);
  return { ms: (d.user + d.system) / 1000 / repeat, value };
}

export function benchSearch(events: number) {
  // Through JSON, so strings are flat as the browser's JSON.parse makes them.
  const t = storeOf(JSON.parse(JSON.stringify(generateTimeline({ events, seed: 1 }))) as Timeline);
  const rows: [string, number, string][] = [];
  rows.push(['build actor index', cpuMs(() => buildActorIndex(t)).ms, '']);
  rows.push(['build event order', cpuMs(() => eventTimes(t)).ms, '']);
  rows.push(['build text index (first search)', cpuMs(() => buildTextIndex(t)).ms, '']);
  const indexes = buildIndexes(t);
  indexes.text();
  const times = eventTimes(t);
  const busiest = [...indexes.actors.slot.keys()]
    .map((id) => ({
      id,
      n:
        indexes.actors.offsets[indexes.actors.slot.get(id)! + 1]! -
        indexes.actors.offsets[indexes.actors.slot.get(id)!]!,
    }))
    .sort((a, b) => b.n - a.n)
    .slice(0, 3)
    .map((a) => a.id);
  const queries: [string, Filters][] = [
    ['1 actor', { actors: busiest.slice(0, 1), match: 'any', q: '' }],
    ['3 actors, any', { actors: busiest, match: 'any', q: '' }],
    ['3 actors, all', { actors: busiest, match: 'all', q: '' }],
    ['search «ا» (one letter)', { actors: [], match: 'any', q: 'ا' }],
    ['search «العراق»', { actors: [], match: 'any', q: 'العراق' }],
    ['search «الحوار الأمني»', { actors: [], match: 'any', q: 'الحوار الأمني' }],
    ['1 actor + «واشنطن»', { actors: busiest.slice(0, 1), match: 'any', q: 'واشنطن' }],
  ];
  for (const [name, f] of queries) {
    const r = cpuMs(() => orderedVisible(times, visibleEvents(indexes, f)), 20);
    rows.push([`query: ${name} + order`, r.ms, `${r.value.length} events`]);
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const n of SIZES) {
    console.log(`\n${n.toLocaleString('en')} events`);
    for (const [name, ms, note] of benchSearch(n))
      console.log(`  ${name.padEnd(40)} ${ms.toFixed(2).padStart(9)} ms  ${note}`);
  }
}
