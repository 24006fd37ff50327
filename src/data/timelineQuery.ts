// Loading the timeline file: in a worker (load.worker.ts, loader.ts), which posts the companion's
// head as soon as it is in, then the body, then the integrity report. The page holds only the
// columns (model/store.ts). Failures become DataLoadError with a kind the UI names in the
// user's language.
import { queryOptions } from '@tanstack/react-query';
import { decodeHead, MAX_HEADER_BYTES, readHeader } from '../model/companion';
import { TimelineStore } from '../model/store';
import { DataLoadError } from './dataError';
import type { IntegrityReport } from './integrity';
import type { LoaderMessage, LoadRequest } from './loader';

export const DEFAULT_DATA_URL = `${import.meta.env.BASE_URL}data/timeline.json`;

/** A timeline ready to show, and the report of the checks still running on it. */
export interface LoadedTimeline {
  store: TimelineStore;
  integrity: Promise<IntegrityReport>;
  /** Where it came from: a URL, or the name of a file opened from disk. */
  source: string;
  /** What was read: the companion file, or the JSON (turned into the same columns). */
  format: 'companion' | 'json';
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** A damaged companion found after its head was shown: the JSON's timeline replaces it. */
  onReplace?: (loaded: LoadedTimeline) => void;
}

type Handler = (m: LoaderMessage) => void;

/** Starts the load in a worker (inline where there are none, as in unit tests). */
function start(req: LoadRequest, handle: Handler, signal: AbortSignal): void {
  if (typeof Worker === 'undefined') {
    void import('./loader').then((l) => l.runLoad(req, handle, signal));
    return;
  }
  const worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<LoaderMessage>) => handle(e.data);
  worker.onerror = (e) =>
    handle({
      type: 'error',
      kind: 'network',
      url: 'url' in req ? req.url : req.file.name,
      detail: `the loading worker failed: ${e.message}`,
    });
  signal.addEventListener('abort', () => worker.terminate());
  worker.postMessage(req);
}

/** The body in: marked for the benchmarks (the details and the reader can show sources). */
function sourcesIn(store: TimelineStore, buffer: ArrayBuffer, base?: number): void {
  store.attachBody(buffer, base);
  performance.mark?.('timeline-sources');
}

export function loadTimeline(req: LoadRequest, options: LoadOptions = {}): Promise<LoadedTimeline> {
  const source = 'url' in req ? req.url : req.file.name;
  const signal = options.signal ?? new AbortController().signal;
  return new Promise((resolve, reject) => {
    let current: (LoadedTimeline & { report: (r: IntegrityReport) => void }) | null = null;
    let notes: string[] = [];
    start(
      req,
      (m) => {
        if (signal.aborted) return;
        if (m.type === 'measure')
          performance.measure?.(m.name, {
            start: m.start - performance.timeOrigin,
            duration: m.duration,
          });
        else if (m.type === 'head') {
          const t0 = performance.now();
          const header = readHeader(
            new Uint8Array(m.buffer, 0, Math.min(m.buffer.byteLength, MAX_HEADER_BYTES)),
          );
          const store = new TimelineStore(header, decodeHead(m.buffer, header));
          if (m.whole) sourcesIn(store, m.buffer, 0);
          performance.measure?.('timeline:columns-page', { start: t0, end: performance.now() });
          let report!: (r: IntegrityReport) => void;
          const integrity = new Promise<IntegrityReport>((r) => (report = r));
          const first = current === null;
          current = { store, integrity, source, format: m.format, report };
          if (first) resolve(current);
          else options.onReplace?.(current);
        } else if (m.type === 'body' && current) sourcesIn(current.store, m.buffer);
        else if (m.type === 'fallback') notes = [`${m.reason}; the JSON file is shown instead`];
        else if (m.type === 'checked') {
          // The benchmarks measure the heap once the load is over, checks included.
          performance.mark?.('timeline-checked');
          const problems = [...notes, ...m.report.problems];
          current?.report({ problems, total: m.report.total + notes.length });
        } else if (m.type === 'error') {
          const error = new DataLoadError(m.kind, m.url, m.detail);
          if (current) current.report({ problems: [error.message], total: 1 });
          else reject(error);
        }
      },
      signal,
    );
  });
}

export function timelineQuery(url: string = DEFAULT_DATA_URL) {
  return queryOptions({
    queryKey: ['timeline', url],
    queryFn: ({ signal, client, queryKey }): Promise<LoadedTimeline> =>
      loadTimeline({ url }, { signal, onReplace: (l) => client.setQueryData(queryKey, l) }),
    staleTime: Infinity,
    retry: false,
  });
}
