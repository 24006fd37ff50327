// Builds the app and the vis-timeline page into temporary folders, puts the synthetic
// data under data/, and serves each with vite preview (same origin as the data).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface Site {
  url: string;
  outDir: string;
  close(): Promise<void>;
}

let snapshot: string | undefined;

/**
 * The source tree to build: the last commit (git archive HEAD), so the numbers belong to
 * committed code and half-saved files of a shared checkout cannot break the build.
 * BENCH_TREE=worktree builds the working tree instead.
 */
export function sourceRoot(): string {
  if (process.env.BENCH_TREE === 'worktree') return ROOT;
  if (snapshot) return snapshot;
  const dir = mkdtempSync(join(tmpdir(), 'timeline-bench-src-'));
  execFileSync('sh', ['-c', `git -C "${ROOT}" archive HEAD | tar -x -C "${dir}"`]);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return (snapshot = dir);
}

/** `vite build` of the app (its own vite.config.ts) into a private folder. */
export async function buildApp(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'timeline-bench-app-'));
  const root = sourceRoot();
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    // Hidden maps: the JS is byte-identical to a normal build, and profiles can name sources.
    build: { outDir, emptyOutDir: true, sourcemap: 'hidden' },
  });
  return outDir;
}

/** The bench-only vis-timeline page, built without the app's config or entry. */
export async function buildVisPage(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'timeline-bench-vis-'));
  await build({
    root: join(sourceRoot(), 'bench/vis'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  return outDir;
}

export async function serve(outDir: string, dataFiles: string[]): Promise<Site> {
  mkdirSync(join(outDir, 'data'), { recursive: true });
  for (const f of dataFiles) copyFileSync(f, join(outDir, 'data', basename(f)));
  const server: PreviewServer = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return {
    url,
    outDir,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
