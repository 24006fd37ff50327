// Writes the synthetic timelines the UI benchmarks load: bench/.data/synthetic-{1k,10k,100k}.json,
// each with its companion (.bin, as `npm run extract` writes it), and synthetic-1m.bin alone:
// a million events as JSON (about 1.2 GB) is past what one JavaScript string can hold, so
// neither JSON.stringify here nor JSON.parse in a browser can handle it; the companion can.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeCompanion } from '../src/model/companion';
import { generateTimeline } from '../src/synthetic';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '.data');
export const SIZES = { '1k': 1_000, '10k': 10_000, '100k': 100_000, '1m': 1_000_000 } as const;
export type SizeLabel = keyof typeof SIZES;

/** Sizes written as the companion alone (see above). */
const COMPANION_ONLY: ReadonlySet<SizeLabel> = new Set(['1m']);

/** The file the page is pointed at: the JSON (its companion beside it), or the companion. */
export const syntheticFile = (label: SizeLabel) =>
  join(DATA_DIR, `synthetic-${label}.${COMPANION_ONLY.has(label) ? 'bin' : 'json'}`);

/** Every file of one size: what the server must hold. */
export const syntheticFiles = (label: SizeLabel) =>
  COMPANION_ONLY.has(label)
    ? [syntheticFile(label)]
    : [syntheticFile(label), syntheticFile(label).replace(/\.json$/, '.bin')];

function writeAtomic(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** Writes the JSON and returns its length; its text is let go before the companion is built. */
function writeJson(file: string, timeline: unknown): number {
  const json = JSON.stringify(timeline);
  writeAtomic(file, json);
  return Buffer.byteLength(json);
}

/** Generates one size (seed 1) and returns its files; atomic, so a killed run leaves no half file. */
export function writeSynthetic(label: SizeLabel): string[] {
  mkdirSync(DATA_DIR, { recursive: true });
  const timeline = generateTimeline({ events: SIZES[label], seed: 1 });
  if (COMPANION_ONLY.has(label)) writeAtomic(syntheticFile(label), encodeCompanion(timeline));
  else {
    const jsonBytes = writeJson(syntheticFile(label), timeline);
    const bin = syntheticFiles(label)[1]!;
    writeAtomic(bin, encodeCompanion(timeline, { jsonBytes }));
  }
  return syntheticFiles(label);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const labels = (process.argv.slice(2) as SizeLabel[]).filter((l) => l in SIZES);
  for (const label of labels.length ? labels : (Object.keys(SIZES) as SizeLabel[])) {
    const t0 = performance.now();
    const files = writeSynthetic(label);
    console.log(`${files.join(', ')} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
}
