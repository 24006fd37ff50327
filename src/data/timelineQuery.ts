// react-query options for the timeline file: fetch, then validate against the contract.
// Failures become DataLoadError with a kind the UI can name in the user's language.
import { queryOptions } from '@tanstack/react-query';
import { timelineSchema, type Timeline } from '../model';
import { DataLoadError, describeSchemaError } from './dataError';

export const DEFAULT_DATA_URL = `${import.meta.env.BASE_URL}data/timeline.json`;

/** User Timing marks, so benchmarks and the profiler see where loading time goes. */
function measure(name: string, start: number): void {
  globalThis.performance?.measure?.(name, { start, end: performance.now() });
}

export async function loadTimeline(url: string, signal?: AbortSignal): Promise<Timeline> {
  const t0 = performance.now();
  let res: Response;
  try {
    res = await fetch(url, { signal: signal ?? null });
  } catch (e) {
    throw new DataLoadError('network', url, e instanceof Error ? e.message : String(e));
  }
  if (res.status === 404) throw new DataLoadError('missing', url, '404');
  if (!res.ok) throw new DataLoadError('http', url, String(res.status));
  const text = await res.text();
  measure('timeline:fetch', t0);
  // Single-page servers answer a missing file with the app's own HTML page.
  if (/text\/html/.test(res.headers.get('content-type') ?? '') && /^\s*</.test(text))
    throw new DataLoadError('missing', url, 'text/html');
  let json: unknown;
  const t1 = performance.now();
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DataLoadError('not-json', url, e instanceof Error ? e.message : String(e));
  }
  measure('timeline:json', t1);
  const t2 = performance.now();
  const parsed = timelineSchema.safeParse(json);
  measure('timeline:validate', t2);
  if (!parsed.success) throw new DataLoadError('schema', url, describeSchemaError(parsed.error));
  return parsed.data;
}

export function timelineQuery(url: string = DEFAULT_DATA_URL) {
  return queryOptions({
    queryKey: ['timeline', url],
    queryFn: ({ signal }): Promise<Timeline> => loadTimeline(url, signal),
    staleTime: Infinity,
    retry: false,
  });
}
