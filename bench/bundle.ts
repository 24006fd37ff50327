// JS the browser downloads for the app, gzipped (fonts apart), against the budget.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp } from './servers';
import { isMain, table } from './table';

export const BUDGET_KB = 150;

export interface BundleResult {
  files: { file: string; raw: number; gzip: number }[];
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

/** Every .js file of a vite build output (the data/ folder, if any, holds no JS). */
export function measureBundle(outDir: string): BundleResult {
  const files = walk(outDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const bytes = readFileSync(f);
      return {
        file: relative(outDir, f),
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const totalGzip = files.reduce((s, f) => s + f.gzip, 0);
  return {
    files,
    totalGzip,
    totalRaw: files.reduce((s, f) => s + f.raw, 0),
    withinBudget: totalGzip <= BUDGET_KB * 1024,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function bundleTable(r: BundleResult): string {
  return table(
    ['file', 'raw', 'gzip'],
    [
      ...r.files.map((f) => [f.file, kb(f.raw), kb(f.gzip)]),
      [
        '**total**',
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
