// Links the user's articles with the loaded timeline's: every article (the loaded ones rebuilt
// from the file's paragraphs) is read by the extractor's pure core, and all of them linked
// together, so that a happening both report becomes one event. Runs in a worker
// (linkArticles.worker.ts); per-article results are cached there.
import type { ArticleInput } from '../extract';
import type { Timeline } from '../model';

export interface LinkRequest {
  base: ArticleInput[];
  added: ArticleInput[];
}

export type LinkMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; timeline: Timeline; problems: string[] };

/** The loaded timeline's articles as the extractor's input: title line, then the paragraphs. */
export function inputsFromTimeline(t: Timeline): ArticleInput[] {
  return t.articles.map((a) => {
    const paragraphs = [...a.paragraphs].sort((x, y) => x.index - y.index);
    const meta: ArticleInput['meta'] = {};
    // An inferred date is inferred again; only a given one is handed back as given.
    if (a.published && a.publishedSource === 'sidecar') meta.published = a.published;
    if (a.outlet) meta.outlet = a.outlet;
    if (a.url) meta.url = a.url;
    return { id: a.id, text: paragraphs.map((p) => p.text).join('\n'), meta };
  });
}

/** The linked timeline keeps what the loaded file says about the collection as a whole. */
export function withCollection(linked: Timeline, base: Timeline): Timeline {
  const { schemaVersion, ...rest } = linked;
  const about = {
    ...(base.title ? { title: base.title } : {}),
    ...(base.subtitle ? { subtitle: base.subtitle } : {}),
    ...(base.sides ? { sides: base.sides } : {}),
  };
  return { schemaVersion, ...about, ...rest };
}

let worker: Worker | null = null;
let next = 0;

/** Runs the linking in the worker (inline where there are no workers, as in unit tests). */
export async function linkInBackground(
  request: LinkRequest,
  onProgress: (done: number, total: number) => void,
): Promise<{ timeline: Timeline; problems: string[] }> {
  if (typeof Worker === 'undefined') {
    const { linkAll } = await import('./linkAll');
    return linkAll(request, onProgress);
  }
  worker ??= new Worker(new URL('./linkArticles.worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const id = ++next;
  return new Promise((resolve, reject) => {
    const onMessage = (e: MessageEvent<LinkMessage & { id: number }>) => {
      if (e.data.id !== id) return;
      if (e.data.type === 'progress') onProgress(e.data.done, e.data.total);
      else {
        w.removeEventListener('message', onMessage);
        resolve({ timeline: e.data.timeline, problems: e.data.problems });
      }
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', (e) => reject(new Error(e.message)), { once: true });
    w.postMessage({ id, ...request });
  });
}
