// The contract checks the schema cannot make (src/model/integrity.ts: offsets that slice to their
// text, references, real days), run on every file the app shows. At 100k events they take about
// half a second, so they run in a worker, from a copy of the file's bytes (cheaper to hand over
// than the parsed objects), while the page is already usable; the checks are not part of the
// page's own download either.
import type { Timeline } from '../model';

/** Problems beyond this many are counted, not listed. */
export const LIST_LIMIT = 50;

export interface IntegrityReport {
  problems: string[];
  total: number;
}

export function report(problems: string[]): IntegrityReport {
  return { problems: problems.slice(0, LIST_LIMIT), total: problems.length };
}

export function checkIntegrity(
  timeline: Timeline,
  bytes: ArrayBuffer | null = null,
): Promise<IntegrityReport> {
  // Where there are no workers (unit tests under happy-dom) the checks are skipped.
  if (typeof Worker === 'undefined') return Promise.resolve({ problems: [], total: 0 });
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./integrity.worker.ts', import.meta.url), {
      type: 'module',
    });
    const done = (r: IntegrityReport) => {
      worker.terminate();
      resolve(r);
    };
    worker.onmessage = (e: MessageEvent<IntegrityReport>) => done(e.data);
    worker.onerror = (e) => done(report([`the checks could not run: ${e.message}`]));
    if (bytes) {
      const copy = bytes.slice(0);
      worker.postMessage(copy, [copy]);
    } else worker.postMessage(timeline);
  });
}
