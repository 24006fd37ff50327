// What went wrong loading the data file, as a kind plus details, so the UI can say it
// in the user's language instead of showing an English exception message.
import type { z } from 'zod';

export type DataErrorKind =
  'bad-url' | 'network' | 'missing' | 'http' | 'not-json' | 'schema' | 'companion';

export class DataLoadError extends Error {
  constructor(
    readonly kind: DataErrorKind,
    readonly url: string,
    /** HTTP status, JSON parser message, or schema path + message. */
    readonly detail: string = '',
  ) {
    super(`${url}: ${kind}${detail ? ` (${detail})` : ''}`);
    this.name = 'DataLoadError';
  }
}

/** `events[3].date.value` from zod's path array. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : `${out ? '.' : ''}${String(k)}`;
  return out || '(root)';
}

/** The first schema problem, as "path: message". */
export function describeSchemaError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '';
  return `${formatPath(issue.path)}: ${issue.message}`;
}
