// JS the browser downloads to show the app, gzipped (fonts apart), against the budget: the
// scripts index.html loads and preloads. Chunks loaded on demand (the extractor's worker, the
// import dialog, export) are listed apart and do not count.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp } from './servers';
import { isMain, table } from './table';

export const BUDGET_KB = 150;

export interface BundleResult {
  files: { file: string; raw: number; gzip: number; lazy: boolean }[];
  totalGzip: number;
  totalRaw: number;
  withinBudget: boolean;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** The scripts index.html loads or preloads, as paths relative to the output folder. */
export function initialScripts(html: string): Set<string> {
  const found = new Set<string>();
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const tag = m[0];
    const url = /\b(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
    if (url && (tag.startsWith('<script') || /rel="modulepreload"/.test(tag)))
      found.add(url.replace(/^\//, ''));
  }
  return found;
}

/** Every .js file of a vite build output (the data/ folder, if any, holds no JS). */
export function measureBundle(outDir: string): BundleResult {
  const initial = initialScripts(readFileSync(join(outDir, 'index.html'), 'utf8'));
  const files = walk(outDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const bytes = readFileSync(f);
      const file = relative(outDir, f);
      return {
        file,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        lazy: !initial.has(file),
      };
    })
    .sort((a, b) => Number(a.lazy) - Number(b.lazy) || b.gzip - a.gzip);
  const counted = files.filter((f) => !f.lazy);
  const totalGzip = counted.reduce((s, f) => s + f.gzip, 0);
  return {
    files,
    totalGzip,
    totalRaw: counted.reduce((s, f) => s + f.raw, 0),
    withinBudget: totalGzip <= BUDGET_KB * 1024,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function bundleTable(r: BundleResult): string {
  return table(
    ['file', 'raw', 'gzip'],
    [
      ...r.files.map((f) => [f.lazy ? `${f.file} (on demand)` : f.file, kb(f.raw), kb(f.gzip)]),
      [
        '**initial download**',
        kb(r.totalRaw),
        `**${kb(r.totalGzip)}** (budget ${BUDGET_KB} KB: ${r.withinBudget ? 'within' : 'OVER'})`,
      ],
    ],
  );
}

if (isMain(import.meta.url)) {
  const outDir = await buildApp();
  const result = measureBundle(outDir);
  console.log(bundleTable(result));
  process.exitCode = result.withinBudget ? 0 : 1;
}
