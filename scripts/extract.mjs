// `npm run extract`: the extract command (src/cli/extract.ts) run from its bundle
// (src/cli/bundle.mjs), made on the first run after the sources change: through tsx's loader
// the command spends about 0.7 s compiling modules before it reads the first article, more
// than a whole run on a few articles needs. Plain JavaScript: it runs before anything can
// compile TypeScript.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleOnce } from '../src/cli/bundle.mjs';

const entry = fileURLToPath(new URL('../src/cli/extract.ts', import.meta.url));

let file = null;
try {
  file = await bundleOnce('cli', entry, ['scripts/extract.mjs']);
} catch {
  // no esbuild, a read-only node_modules …: the sources through tsx, as before, only slower
}
if (file) await import(pathToFileURL(file).href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
}
