// `npm run extract`: the extract command (src/cli/extract.ts) run from one JavaScript file.
// Through tsx's loader the command spends about 0.7 s compiling its modules before it reads
// the first article: more than a whole run on a few articles needs. esbuild bundles the same
// sources once, in about a second; the bundle is named by a hash of what it is made from and
// kept beside the cache, so later runs start in a tenth of that. Plain JavaScript: it runs
// before anything can compile TypeScript.
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

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'src', 'cli', 'extract.ts');
const home = join(root, 'node_modules', '.cache', 'arabic-news-timeline');
const NAME = /^cli-[0-9a-f]{16}\.mjs/;
/** A temporary bundle older than this was left by a run that died. */
const STALE_TMP_MS = 10 * 60 * 1000;

/** What the bundle is made of: the command's sources, the locked dependencies and this file. */
function sourcesHash() {
  const h = createHash('sha256');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|json)$/.test(e.name)) h.update(`${p}\0`).update(readFileSync(p)).update('\0');
    }
  };
  for (const d of ['cli', 'extract', 'model']) walk(join(root, 'src', d));
  h.update(readFileSync(join(root, 'package-lock.json')));
  h.update(readFileSync(fileURLToPath(import.meta.url))); // how it is bundled
  return h.digest('hex').slice(0, 16);
}

/** The bundle's path, made now if need be. The command bundles its worker threads' code the same
 * way (src/cli/workerBundle.ts): this file cannot share that TypeScript, it runs before it. */
async function bundle() {
  const file = join(home, `cli-${sourcesHash()}.mjs`);
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
    // loaded when the command bundles its worker (src/cli/workerBundle.ts): esbuild finds its
    // binary from its own module's place, so it stays in node_modules
    external: ['esbuild'],
    // The command finds its sources, its worker and the cache from its own module's URL
    // (src/cli/*.ts), not from where the bundle is kept.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
    // CommonJS dependencies call require(), which an ES module lacks
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  mkdirSync(home, { recursive: true });
  for (const name of readdirSync(home)) {
    // not this bundle: a run at the same time may have just written it, and be loading it
    if (!NAME.test(name) || name === basename(file)) continue;
    const p = join(home, name);
    const stale = !name.endsWith('.tmp') || Date.now() - statSync(p).mtimeMs > STALE_TMP_MS;
    if (stale) rmSync(p, { force: true }); // bundles of older sources
  }
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, out.outputFiles[0].contents);
  renameSync(tmp, file); // atomic: a run at the same time reads the whole file or none
  return file;
}

let file = null;
try {
  file = await bundle();
} catch {
  // no esbuild, a read-only node_modules …: the sources through tsx, as before, only slower
}
if (file) await import(pathToFileURL(file).href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
}
