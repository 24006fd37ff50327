// Running the extract command as a user does, on temp folders, for the CLI tests.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SEMI_SPACE_MB } from '../../src/cli/youngGeneration';
import type { ArticleInput } from '../../src/extract/types';
import { timelineSchema, type Timeline } from '../../src/model';

export const repo = resolve(import.meta.dirname, '../..');
export const seedIds = readdirSync(join(repo, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

export function tempRoot(prefix: string): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface RunResult {
  status: number | null;
  stderr: string;
  lines: string[];
}

/**
 * `npm run extract -- ARGS`. Runs use a cache of their own (in `cacheDir`, or none with
 * --no-cache) so they neither see nor fill the checkout's.
 */
export function runExtract(
  cacheDir: string,
  args: string[],
  options: SpawnSyncOptions = {},
): RunResult {
  const cache = args.some((a) => a === '--cache' || a === '--no-cache')
    ? []
    : ['--cache', cacheDir];
  const r = spawnSync(
    process.execPath,
    [`--max-semi-space-size=${SEMI_SPACE_MB}`, 'scripts/extract.mjs', ...cache, ...args],
    {
      cwd: repo,
      encoding: 'utf8',
      // A bound so a hang fails the test, far above what a slow, busy machine needs; speed
      // itself is measured by npm run bench:extract.
      timeout: 300_000,
      ...options,
    },
  );
  const stderr = String(r.stderr ?? '');
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  return { status: r.status, stderr, lines };
}

/** A folder under `root`, with the seed articles in it unless told otherwise. */
export function articleFolder(root: string, name: string, withSeeds = true): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  if (withSeeds)
    for (const f of readdirSync(join(repo, 'seeds')))
      copyFileSync(join(repo, 'seeds', f), join(dir, f));
  return dir;
}

/** Writes articles as NAME.txt and NAME.meta.json files. */
export function writeArticles(dir: string, articles: readonly ArticleInput[]): void {
  mkdirSync(dir, { recursive: true });
  for (const a of articles) {
    writeFileSync(join(dir, `${a.id}.txt`), a.text);
    if (Object.keys(a.meta).length)
      writeFileSync(join(dir, `${a.id}.meta.json`), JSON.stringify(a.meta));
  }
}

export function readTimeline(file: string): Timeline {
  return timelineSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export const noStackTraces = (r: RunResult) =>
  r.lines.filter((l) => /^\s+at |Error:.*\n\s+at /.test(l));

/** Arabic text in windows-1256 bytes (invalid as UTF-8), built from the platform's decoder. */
export function windows1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const byChar = new Map<string, number>();
  for (let b = 0x80; b < 0x100; b++) byChar.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array(
    [...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : (byChar.get(ch) ?? 0x3f))),
  );
}
