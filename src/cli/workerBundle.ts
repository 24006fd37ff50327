// The worker thread's code as one JavaScript file (bundle.mjs): a worker started through
// tsx's loader spends 1.5–2 s compiling modules before its first article (more than a whole
// cached run of 10,000 articles needs); its bundle starts in a tenth of that.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleOnce } from './bundle.mjs';

const entry = fileURLToPath(new URL('./worker.ts', import.meta.url));

/** A URL to start workers from: the bundle, made now if need be; null if it cannot be made. */
export async function workerBundle(): Promise<URL | null> {
  try {
    return pathToFileURL(await bundleOnce('worker', entry));
  } catch {
    return null;
  }
}
