// react-query options for the timeline file: fetch, then validate against the contract.
// Failures become DataLoadError with a kind the UI can name in the user's language.
import { queryOptions } from '@tanstack/react-query';
import type { Timeline } from '../model';
import { DataLoadError } from './dataError';
import { checkIntegrity, type IntegrityReport } from './integrity';
import { measure, parseTimeline } from './parseTimeline';

export const DEFAULT_DATA_URL = `${import.meta.env.BASE_URL}data/timeline.json`;

/** A timeline ready to show, and the report of the checks still running on it. */
export interface LoadedTimeline {
  timeline: Timeline;
  integrity: Promise<IntegrityReport>;
  /** Where it came from: a URL, or the name of a file opened from disk. */
  source: string;
}

export async function loadTimeline(url: string, signal?: AbortSignal): Promise<LoadedTimeline> {
  const t0 = performance.now();
  let res: Response;
  try {
    res = await fetch(url, { signal: signal ?? null });
  } catch (e) {
    throw new DataLoadError('network', url, e instanceof Error ? e.message : String(e));
  }
  if (res.status === 404) throw new DataLoadError('missing', url, '404');
  if (!res.ok) throw new DataLoadError('http', url, String(res.status));
  const bytes = await res.arrayBuffer();
  measure('timeline:fetch', t0);
  // Single-page servers answer a missing file with the app's own HTML page.
  if (
    /text\/html/.test(res.headers.get('content-type') ?? '') &&
    /^\s*</.test(new TextDecoder().decode(bytes.slice(0, 256)))
  )
    throw new DataLoadError('missing', url, 'text/html');
  const timeline = parseTimeline(bytes, url);
  return { timeline, integrity: checkIntegrity(timeline, bytes), source: url };
}

export function timelineQuery(url: string = DEFAULT_DATA_URL) {
  return queryOptions({
    queryKey: ['timeline', url],
    queryFn: ({ signal }): Promise<LoadedTimeline> => loadTimeline(url, signal),
    staleTime: Infinity,
    retry: false,
  });
}
