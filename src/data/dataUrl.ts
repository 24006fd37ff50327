// Which data file to load: ?data= may point elsewhere on this site (synthetic bench data),
// never to another host: the app makes no requests to other origins. The check is on the
// resolved URL, and the URL handed to fetch is that absolute one: a path that only looks
// relative («/.//evil.example/x.json») must not come back protocol-relative.
import { DataLoadError } from './dataError';

export const DEFAULT_DATA_PATH = 'data/timeline.json';

/** The data URL for a page location; throws DataLoadError('bad-url') for foreign ones. */
export function dataUrlFor(location: { href: string; search: string }, base = '/'): string {
  const param = new URLSearchParams(location.search).get('data');
  const here = new URL(location.href);
  const wanted = param === null || param === '' ? `${base}${DEFAULT_DATA_PATH}` : param;
  let resolved: URL;
  try {
    resolved = new URL(wanted, here);
  } catch {
    throw new DataLoadError('bad-url', wanted);
  }
  if (resolved.origin !== here.origin || !/^https?:$/.test(resolved.protocol))
    throw new DataLoadError('bad-url', wanted);
  resolved.hash = '';
  return resolved.href;
}
