// The contract checks the schema cannot make (src/model/integrity.ts: offsets that slice to their
// text, references, real days), run on every file the app shows. At 100k events they take about
// half a second, so big files are checked in a worker, from a copy of their bytes (cheaper to
// hand over than the parsed objects), while the page is already usable.
import { integrityProblems, type Timeline } from '../model';

/** Problems beyond this many are counted, not listed. */
export const LIST_LIMIT = 50;
const WORKER_BYTES = 1 << 20;

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
  if (bytes && bytes.byteLength > WORKER_BYTES && typeof Worker !== 'undefined')
    return new Promise((resolve) => {
      const worker = new Worker(new URL('./integrity.worker.ts', import.meta.url), {
        type: 'module',
      });
      const done = (r: IntegrityReport) => {
        worker.terminate();
        resolve(r);
      };
      worker.onmessage = (e: MessageEvent<IntegrityReport>) => done(e.data);
      // A worker that cannot start (no module workers): check here instead.
      worker.onerror = () => done(report(integrityProblems(timeline)));
      const copy = bytes.slice(0);
      worker.postMessage(copy, [copy]);
    });
  return Promise.resolve(report(integrityProblems(timeline)));
}
