// The pure layers run in Node, in Workers and in the browser: they must not reach for
// React, the DOM-bound d3-selection, or Node's I/O.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const pure = ['src/extract', 'src/model', 'src/timeline'];
const forbidden = [
  /^react(-dom)?(\/|$)/,
  /^d3-selection$/,
  /^d3$/,
  /^node:/,
  /^(fs|path|os|child_process)$/,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

function imports(source: string): string[] {
  const re =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  return [...source.matchAll(re)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

describe.each(pure)('%s', (dir) => {
  test('imports neither React, d3-selection nor node modules', () => {
    const offenders = files(dir).flatMap((f) =>
      imports(readFileSync(f, 'utf8'))
        .filter((spec) => forbidden.some((re) => re.test(spec)))
        .map((spec) => `${f}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});

test('the import scanner sees every import form', () => {
  const src = `import a from 'react';\nimport { b } from "node:fs";\nexport * from 'd3-selection';\nimport 'fs';\nconst c = import('path');`;
  expect(imports(src)).toEqual(['react', 'node:fs', 'd3-selection', 'fs', 'path']);
});
