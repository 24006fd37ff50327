// Writes the synthetic timelines the UI benchmarks load: bench/.data/synthetic-{1k,10k,100k}.json.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTimeline } from '../src/synthetic';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '.data');
export const SIZES = { '1k': 1_000, '10k': 10_000, '100k': 100_000 } as const;
export type SizeLabel = keyof typeof SIZES;

export const syntheticFile = (label: SizeLabel) => join(DATA_DIR, `synthetic-${label}.json`);

/** Generates one file (seed 1) and returns its path; atomic, so a killed run leaves no half file. */
export function writeSynthetic(label: SizeLabel): string {
  mkdirSync(DATA_DIR, { recursive: true });
  const file = syntheticFile(label);
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(generateTimeline({ events: SIZES[label], seed: 1 })));
  renameSync(tmp, file);
  return file;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const labels = (process.argv.slice(2) as SizeLabel[]).filter((l) => l in SIZES);
  for (const label of labels.length ? labels : (Object.keys(SIZES) as SizeLabel[])) {
    const t0 = performance.now();
    const file = writeSynthetic(label);
    console.log(`${file} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
}
