// The worker thread's code as one JavaScript file. A worker started through tsx's loader
// spends 1.5–2 s compiling modules before its first article (more than a whole cached run
// of 10,000 articles needs); the same code bundled once by esbuild starts in a tenth of that.
// The bundle is named by a hash of the sources it is made from and kept beside the cache.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isOurStaleTemp } from './output';

const src = fileURLToPath(new URL('..', import.meta.url));
const entry = fileURLToPath(new URL('./worker.ts', import.meta.url));
export const home = fileURLToPath(
  new URL('../../node_modules/.cache/arabic-news-timeline', import.meta.url),
);

/** What the worker bundle is made of (the sources and the locked dependencies), as the name
 * of its file. */
export function sourcesHash(): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|json)$/.test(e.name)) h.update(`${p}\0`).update(readFileSync(p)).update('\0');
    }
  };
  for (const d of ['cli', 'extract', 'model']) walk(join(src, d));
  // a dependency upgraded (zod …) is bundled too
  h.update(readFileSync(join(src, '..', 'package-lock.json')));
  return h.digest('hex').slice(0, 16);
}

/** A URL to start workers from: the bundle, made now if need be; null if it cannot be made. */
export async function workerBundle(): Promise<URL | null> {
  try {
    const file = join(home, `worker-${sourcesHash()}.mjs`);
    if (!existsSync(file)) {
      const esbuild = await import('esbuild');
      const out = await esbuild.build({
        entryPoints: [entry],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        write: false,
        logLevel: 'silent',
      });
      mkdirSync(home, { recursive: true });
      for (const name of readdirSync(home))
        if (
          /^worker-[0-9a-f]{16}\.mjs/.test(name) &&
          // not this bundle: a run at the same time may have just written it, and start from it
          name !== basename(file) &&
          (!name.endsWith('.tmp') || isOurStaleTemp(name))
        )
          rmSync(join(home, name), { force: true }); // bundles of older sources
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, out.outputFiles[0]!.contents);
      renameSync(tmp, file);
    }
    return pathToFileURL(file);
  } catch {
    return null;
  }
}
