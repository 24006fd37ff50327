// Which data file to load: ?data= may point elsewhere on this site (synthetic bench data),
// never to another host: the app makes no requests to other origins.
import { DataLoadError } from './dataError';

export const DEFAULT_DATA_PATH = 'data/timeline.json';

/** The data URL for a page location; throws DataLoadError('bad-url') for foreign ones. */
export function dataUrlFor(location: { href: string; search: string }, base = '/'): string {
  const param = new URLSearchParams(location.search).get('data');
  if (param === null || param === '') return `${base}${DEFAULT_DATA_PATH}`;
  // Relative paths only: no scheme, no protocol-relative //host, no backslash tricks.
  if (/^[a-z][a-z0-9+.-]*:/i.test(param) || param.startsWith('//') || param.includes('\\'))
    throw new DataLoadError('bad-url', param);
  const resolved = new URL(param, location.href);
  const here = new URL(location.href);
  if (resolved.origin !== here.origin) throw new DataLoadError('bad-url', param);
  return `${resolved.pathname}${resolved.search}`;
}
