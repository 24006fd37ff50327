// Builds the app once and serves dist/ for every e2e file, like a user's `npm start`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser';

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  chromiumPath(); // fail first, and clearly, when there is no browser
  // The app is tested on the seed data as the extractor makes it now.
  const extract = spawnSync('npm', ['run', '-s', 'extract'], { stdio: 'inherit' });
  if (extract.status !== 0) throw new Error('npm run extract failed on seeds/');
  // A private output folder, so concurrent runs and `npm start` never share a dist/.
  const outDir = mkdtempSync(join(tmpdir(), 'timeline-e2e-'));
  // vitest sets NODE_ENV=test, which would give React's development build: test what users get
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  server = await preview({
    build: { outDir },
    preview: { port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  return async () => {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
