import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEMI_SPACE_MB, workerLimits } from '../../src/cli/youngGeneration';

// Prints the new space's size, in bytes, once the scavenger has had to grow it: in this
// thread, or in a worker thread started with the given resource limits.
const probe = (limits: unknown) => `
const v8 = require('node:v8');
const { Worker } = require('node:worker_threads');
const body = "let a = []; for (let i = 0; i < 4e6; i++) { a.push({ i }); if (a.length > 1e5) a = []; }" +
  "require('node:worker_threads').parentPort.postMessage(require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);";
const limits = ${JSON.stringify(limits)};
if (limits === 'main') {
  let a = []; for (let i = 0; i < 4e6; i++) { a.push({ i }); if (a.length > 1e5) a = []; }
  console.log(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);
} else {
  new Worker(body, { eval: true, resourceLimits: limits ?? undefined }).on('message', (m) => console.log(m));
}`;

const newSpace = (nodeArgs: string[], limits: unknown): number => {
  const r = spawnSync(process.execPath, [...nodeArgs, '-e', probe(limits)], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return Number(r.stdout.trim());
};

describe('the young generation the extractor runs with', () => {
  it('is what `npm run extract` asks of node', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: { extract: string };
    };
    expect(pkg.scripts.extract.split(' ')).toContain(`--max-semi-space-size=${SEMI_SPACE_MB}`);
  });

  it("gives the CLI's worker threads the new space of the flagged main thread", () => {
    const flagged = newSpace([`--max-semi-space-size=${SEMI_SPACE_MB}`], 'main');
    const byDefault = newSpace([], 'main');
    // the flag changes something, so the comparison below says something
    expect(flagged).toBeGreaterThan(byDefault);
    expect(newSpace([], workerLimits)).toBe(flagged);
    expect(newSpace([], null)).toBeLessThan(flagged);
  });
});
