// The extract command's code as one JavaScript file per entry (the command, its worker
// threads), made by esbuild. Through tsx's loader the command spends about 0.7 s and each
// worker 1.5–2 s compiling modules before the first article; a bundle starts in a tenth of
// that. A bundle is named by a hash of what it is made from and kept beside the cache.
// Plain JavaScript: scripts/extract.mjs runs it before anything can compile TypeScript.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** node_modules/.cache/… of this checkout, where tools keep caches (git ignores it). */
export const BUNDLE_HOME = join(root, 'node_modules', '.cache', 'arabic-news-timeline');

/** A temporary bundle older than this was left by a run that died (writing one takes a second). */
const STALE_TMP_MS = 10 * 60 * 1000;

/**
 * What a bundle is made of, as 16 hex digits: the sources (src/cli, src/extract, src/model),
 * the locked dependencies and the `extra` files.
 */
export function sourcesHash(extra = []) {
  const h = createHash('sha256');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|mjs|json)$/.test(e.name))
        h.update(`${p}\0`).update(readFileSync(p)).update('\0');
    }
  };
  for (const d of ['cli', 'extract', 'model']) walk(join(root, 'src', d));
  for (const f of ['package-lock.json', ...extra]) h.update(readFileSync(join(root, f)));
  return h.digest('hex').slice(0, 16);
}

/**
 * The path of `<name>-<hash>.mjs`, the bundle of `entry` (a file under src/cli), made now if
 * need be; throws when it cannot be made (no esbuild, a read-only node_modules …).
 */
export async function bundleOnce(name, entry, extra = []) {
  const file = join(BUNDLE_HOME, `${name}-${sourcesHash(extra)}.mjs`);
  if (existsSync(file)) return file;
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    // the command bundles its worker when it runs: esbuild finds its binary from its own
    // module's place, so it stays in node_modules
    external: ['esbuild'],
    // The code finds its sources, its worker and the cache from its module's URL (a file of
    // src/cli), not from where the bundle is kept.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
    // CommonJS dependencies call require(), which an ES module lacks
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  mkdirSync(BUNDLE_HOME, { recursive: true });
  const ours = new RegExp(`^${name}-[0-9a-f]{16}\\.mjs`);
  for (const other of readdirSync(BUNDLE_HOME)) {
    // not this bundle: a run at the same time may have just written it, and be loading it
    if (!ours.test(other) || other === basename(file)) continue;
    const p = join(BUNDLE_HOME, other);
    try {
      if (!other.endsWith('.tmp') || Date.now() - statSync(p).mtimeMs > STALE_TMP_MS)
        rmSync(p, { force: true }); // bundles of older sources
    } catch {
      // removed meanwhile by another run
    }
  }
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, out.outputFiles[0].contents);
  renameSync(tmp, file); // atomic: a run at the same time reads the whole file or none
  return file;
}
