// Links the user's articles with the loaded timeline's: every article (the loaded ones rebuilt
// from the file's paragraphs) is read by the extractor's pure core, and all of them linked
// together, so that a happening both report becomes one event. Runs in a worker
// (linkArticles.worker.ts); per-article results are cached there.
import type { ArticleInput } from '../extract';
import type { Timeline } from '../model/schema';
import type { TimelineStore } from '../model/store';

/** What the loaded file says about the collection as a whole: the linked timeline keeps it. */
export type About = Pick<Timeline, 'title' | 'subtitle' | 'sides'>;

export interface LinkRequest {
  base: ArticleInput[];
  added: ArticleInput[];
  about: About;
}

export type LinkMessage =
  | { type: 'progress'; done: number; total: number }
  /** The linked timeline as a companion file (model/companion.ts), ready for the page. */
  | { type: 'done'; bytes: ArrayBuffer; problems: string[] };

/** The loaded timeline's articles as the extractor's input (its body must be in). */
export function inputsFromStore(t: TimelineStore): ArticleInput[] {
  return Array.from({ length: t.articleCount }, (_, k) => t.fullArticle(k)).map((a) => {
    const paragraphs = [...a.paragraphs].sort((x, y) => x.index - y.index);
    const meta: ArticleInput['meta'] = {};
    // An inferred date is inferred again; only a given one is handed back as given.
    if (a.published && a.publishedSource === 'sidecar') meta.published = a.published;
    if (a.outlet) meta.outlet = a.outlet;
    if (a.url) meta.url = a.url;
    return { id: a.id, text: paragraphs.map((p) => p.text).join('\n'), meta };
  });
}

export function aboutOf(t: TimelineStore): About {
  return {
    ...(t.title ? { title: t.title } : {}),
    ...(t.subtitle ? { subtitle: t.subtitle } : {}),
    ...(t.sides ? { sides: t.sides } : {}),
  };
}

/** The linked timeline keeps what the loaded file says about the collection as a whole. */
export function withCollection(linked: Timeline, base: About): Timeline {
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
): Promise<{ bytes: ArrayBuffer; problems: string[] }> {
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
        resolve({ bytes: e.data.bytes, problems: e.data.problems });
      }
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', (e) => reject(new Error(e.message)), { once: true });
    w.postMessage({ id, ...request });
  });
}
