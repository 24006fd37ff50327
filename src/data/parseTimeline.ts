// A timeline file's bytes -> a Timeline checked against the contract. The same for a file
// fetched from the site and one opened from disk; failures are DataLoadErrors naming the file.
import { timelineSchema, type Timeline } from '../model';
import { DataLoadError, describeSchemaError } from './dataError';

/** User Timing marks, so benchmarks and the profiler see where loading time goes. */
export function measure(name: string, start: number): void {
  globalThis.performance?.measure?.(name, { start, end: performance.now() });
}

export function parseTimeline(data: ArrayBuffer | string, source: string): Timeline {
  const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
  let json: unknown;
  const t1 = performance.now();
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DataLoadError('not-json', source, e instanceof Error ? e.message : String(e));
  }
  measure('timeline:json', t1);
  const t2 = performance.now();
  const parsed = timelineSchema.safeParse(json);
  measure('timeline:validate', t2);
  if (!parsed.success) throw new DataLoadError('schema', source, describeSchemaError(parsed.error));
  return parsed.data;
}
