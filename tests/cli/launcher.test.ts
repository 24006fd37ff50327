// `npm run extract` runs the command from one bundled file (scripts/extract.mjs), built from
// the TypeScript sources; and the pool starts threads only for work that pays for them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BYTES_PER_THREAD, threadsFor } from '../../src/cli/pool';
import { BUNDLE_HOME as home, sourcesHash } from '../../src/cli/bundle.mjs';
import { SEMI_SPACE_MB } from '../../src/cli/youngGeneration';
import { repo, tempRoot } from './helpers';

const { root, remove } = tempRoot('extract-launcher-');
afterAll(() => remove());

describe('the launcher', () => {
  it('is what `npm run extract` runs, as the CLI tests run it', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
      scripts: { extract: string };
    };
    expect(pkg.scripts.extract).toBe(
      `node --max-semi-space-size=${SEMI_SPACE_MB} scripts/extract.mjs`,
    );
    expect(readFileSync(join(repo, 'tests/cli/helpers.ts'), 'utf8')).toContain(
      "'scripts/extract.mjs'",
    );
  });

  const run = (out: string, command: string[], ...args: string[]) => {
    const r = spawnSync(
      process.execPath,
      [...command, '--input', 'seeds', '--output', join(root, out), '--no-cache', ...args],
      { cwd: repo, encoding: 'utf8', timeout: 300_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    return readFileSync(join(root, out));
  };

  it('writes what the TypeScript sources write through tsx, from a bundle named by their hash', () => {
    const bundled = run('bundled.json', ['scripts/extract.mjs'], '--jobs', '1');
    const sources = run('sources.json', ['--import', 'tsx', 'src/cli/extract.ts'], '--jobs', '1');
    expect(bundled.equals(sources)).toBe(true);
    expect(readdirSync(home).filter((n) => /^cli-[0-9a-f]{16}\.mjs$/.test(n)).length).toBe(1);
  });

  it('starts its worker threads from their own bundle of the current sources', () => {
    // Without one they would compile the sources through tsx: the same output, slower to start
    // by seconds. The bundled command must still find esbuild to make it.
    const single = run('single.json', ['scripts/extract.mjs'], '--jobs', '1');
    expect(run('threads.json', ['scripts/extract.mjs'], '--jobs', '2').equals(single)).toBe(true);
    expect(existsSync(join(home, `worker-${sourcesHash()}.mjs`))).toBe(true);
  });
});

describe('threads for the articles to extract', () => {
  it('by default, as many as the text pays for, never more than asked or than articles', () => {
    expect(threadsFor(2, true, 500, BYTES_PER_THREAD / 2)).toBe(1);
    expect(threadsFor(2, true, 500, BYTES_PER_THREAD * 1.5)).toBe(2);
    expect(threadsFor(8, true, 500, BYTES_PER_THREAD * 3)).toBe(3);
    expect(threadsFor(2, true, 1, BYTES_PER_THREAD * 50)).toBe(1);
    expect(threadsFor(2, true, 0, 0)).toBe(1);
  });

  it('with --jobs N, N however little there is (but not more than articles)', () => {
    expect(threadsFor(2, false, 500, 100)).toBe(2);
    expect(threadsFor(3, false, 2, 100)).toBe(2);
  });
});
